package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Everything about one call that is not its input: the principal (absent = anonymous), the feature
 * flags the surface switched on, trace id, idempotency key, channel and the clock the call runs on.
 *
 * <p>Automated work (a timer, a workflow action step) is a call by the system on behalf of a named
 * human: {@link Builder#onBehalfOf(String, Principal)} makes that human the principal, so the
 * policy check uses their roles and nothing else, and records the system as the {@link #actor()}.
 */
@PublicApi
public final class CallContext {

    private static final HexFormat HEX = HexFormat.of();

    private final Principal principal;
    private final Set<String> flags;
    private final String traceId;
    private final String idempotencyKey;
    private final Channel channel;
    private final Clock clock;
    private final String systemActor;

    private CallContext(Builder builder) {
        this.principal = builder.principal;
        this.flags = Set.copyOf(builder.flags);
        this.traceId = builder.traceId != null ? builder.traceId : newTraceId();
        this.idempotencyKey = builder.idempotencyKey;
        this.channel = builder.channel;
        this.clock = builder.clock;
        this.systemActor = builder.systemActor;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An anonymous call on the system clock. */
    public static CallContext anonymous() {
        return builder().build();
    }

    /** A call by the given principal on the system clock. */
    public static CallContext of(Principal principal) {
        return builder().principal(principal).build();
    }

    public Builder toBuilder() {
        return new Builder()
                .principal(principal)
                .flags(flags)
                .traceId(traceId)
                .idempotencyKey(idempotencyKey)
                .channel(channel)
                .clock(clock)
                .systemActor(systemActor);
    }

    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    public boolean isAuthenticated() {
        return principal != null;
    }

    public Set<String> flags() {
        return flags;
    }

    /** W3C-style 32 hex digit trace id; generated when the surface supplied none. */
    public String traceId() {
        return traceId;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Who performs the call: the system actor for automated work, else the principal's user id. */
    public Optional<String> actor() {
        return systemActor != null ? Optional.of(systemActor) : principal().map(Principal::userId);
    }

    /** For automated work, the human on whose authority (and with whose roles) it runs. */
    public Optional<String> onBehalfOf() {
        return systemActor == null ? Optional.empty() : principal().map(Principal::userId);
    }

    public Channel channel() {
        return channel;
    }

    public Clock clock() {
        return clock;
    }

    private static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    public static final class Builder {
        private Principal principal;
        private Set<String> flags = Set.of();
        private String traceId;
        private String idempotencyKey;
        private Channel channel = Channel.INTERNAL;
        private Clock clock = Clock.systemUTC();
        private String systemActor;

        private Builder() {}

        /**
         * Automated work: {@code systemActor} (e.g. {@code "system"}) performs the call with the
         * authority of {@code human}, who becomes the principal: the policy check sees their roles
         * only, and audit records name both.
         */
        public Builder onBehalfOf(String systemActor, Principal human) {
            if (systemActor == null || systemActor.isBlank()) {
                throw new IllegalArgumentException("the system actor of automated work must not be blank");
            }
            this.principal = Objects.requireNonNull(human, "human");
            this.systemActor = systemActor;
            return this;
        }

        private Builder systemActor(String systemActor) {
            this.systemActor = systemActor;
            return this;
        }

        public Builder principal(Principal principal) {
            this.principal = principal;
            return this;
        }

        public Builder flags(Set<String> flags) {
            this.flags = Objects.requireNonNull(flags, "flags");
            return this;
        }

        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public Builder channel(Channel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public CallContext build() {
            return new CallContext(this);
        }
    }
}
