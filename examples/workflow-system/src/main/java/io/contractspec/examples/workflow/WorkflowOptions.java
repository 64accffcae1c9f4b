package io.contractspec.examples.workflow;

import io.contractspec.core.spec.Spec;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.HandlerBindings;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Settings of a {@link WorkflowRuntime}. Every setting has a default, so
 * {@code WorkflowOptions.defaults()} runs the workflow system alone.
 */
public final class WorkflowOptions {

    private final List<Spec> extraSpecs;
    private final List<Consumer<HandlerBindings.Builder>> extraHandlers;
    private final List<ExecutionListener> listeners;
    private final String nodeId;
    private final Duration actionLease;
    private final Set<String> actionOperations;
    private final byte[] cursorSecret;
    private final OpenTelemetry openTelemetry;

    private WorkflowOptions(Builder builder) {
        this.extraSpecs = List.copyOf(builder.extraSpecs);
        this.extraHandlers = List.copyOf(builder.extraHandlers);
        this.listeners = List.copyOf(builder.listeners);
        this.openTelemetry = builder.openTelemetry;
        this.nodeId = builder.nodeId;
        this.actionLease = builder.actionLease;
        this.actionOperations = Set.copyOf(builder.actionOperations);
        this.cursorSecret = builder.cursorSecret.clone();
    }

    public static WorkflowOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Contracts registered beside the workflow system's, e.g. the operations that action steps run. */
    public List<Spec> extraSpecs() {
        return extraSpecs;
    }

    public List<Consumer<HandlerBindings.Builder>> extraHandlers() {
        return extraHandlers;
    }

    public List<ExecutionListener> listeners() {
        return listeners;
    }

    /** Where spans and call durations go; empty uses the global OpenTelemetry (a no-op without an SDK). */
    public Optional<OpenTelemetry> openTelemetry() {
        return Optional.ofNullable(openTelemetry);
    }

    /** Names this node in timer leases; a random id unless set. */
    public String nodeId() {
        return nodeId;
    }

    /** How long an action-step run may take before another node may take its timer over. */
    public Duration actionLease() {
        return actionLease;
    }

    /**
     * The operations (keys) action steps may call; none unless listed. Publishing a definition whose
     * action step calls anything else fails with ACTION_NOT_ALLOWED.
     */
    public Set<String> actionOperations() {
        return actionOperations;
    }

    /**
     * Signs list cursors; nodes serving one API share it so a cursor from one works on the next.
     * A random secret per runtime unless set (cursors then end with the process).
     */
    public byte[] cursorSecret() {
        return cursorSecret.clone();
    }

    public static final class Builder {
        private final List<Spec> extraSpecs = new ArrayList<>();
        private final List<Consumer<HandlerBindings.Builder>> extraHandlers = new ArrayList<>();
        private final List<ExecutionListener> listeners = new ArrayList<>();
        private String nodeId = "node-" + UUID.randomUUID();
        private Duration actionLease = Duration.ofMinutes(5);
        private final Set<String> actionOperations = new TreeSet<>();
        private byte[] cursorSecret = randomSecret();
        private OpenTelemetry openTelemetry;

        private Builder() {}

        public Builder extraSpecs(Spec... specs) {
            extraSpecs.addAll(List.of(specs));
            return this;
        }

        /** Binds handlers of the extra specs: {@code .extraHandlers(h -> h.bind(SPEC, handler))}. */
        public Builder extraHandlers(Consumer<HandlerBindings.Builder> binder) {
            extraHandlers.add(Objects.requireNonNull(binder, "binder"));
            return this;
        }

        public Builder listener(ExecutionListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public Builder openTelemetry(OpenTelemetry openTelemetry) {
            this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
            return this;
        }

        public Builder nodeId(String nodeId) {
            this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
            return this;
        }

        public Builder actionLease(Duration lease) {
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("the action lease must be positive, got " + lease);
            }
            this.actionLease = lease;
            return this;
        }

        /** Allows action steps to call these operations (by key), on their publisher's authority. */
        public Builder actionOperations(String... keys) {
            actionOperations.addAll(List.of(keys));
            return this;
        }

        public Builder cursorSecret(byte[] secret) {
            if (secret.length < 16) {
                throw new IllegalArgumentException("the cursor secret needs at least 16 bytes, got " + secret.length);
            }
            this.cursorSecret = secret.clone();
            return this;
        }

        private static byte[] randomSecret() {
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            return secret;
        }

        public WorkflowOptions build() {
            return new WorkflowOptions(this);
        }
    }
}
