package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may call an operation and how: auth level, roles (all required), anyRole (one required),
 * permissions (all), anyPermission (one), feature flags (all on), rate limit, idempotency and the
 * input paths that hold personal data (redacted in audit records and logs).
 */
@PublicApi
public final class Policy {

    public static final Policy DEFAULT = auth(AuthLevel.USER).build();

    private final AuthLevel auth;
    private final List<String> roles;
    private final List<String> anyRole;
    private final List<String> permissions;
    private final List<String> anyPermission;
    private final List<String> flags;
    private final RateLimit rateLimit;
    private final boolean idempotent;
    private final List<String> pii;

    private Policy(Builder builder) {
        this.auth = Objects.requireNonNull(builder.auth, "auth");
        this.roles = List.copyOf(builder.roles);
        this.anyRole = List.copyOf(builder.anyRole);
        this.permissions = List.copyOf(builder.permissions);
        this.anyPermission = List.copyOf(builder.anyPermission);
        this.flags = List.copyOf(builder.flags);
        this.rateLimit = builder.rateLimit;
        this.idempotent = builder.idempotent;
        this.pii = List.copyOf(builder.pii);
    }

    /** Starts a policy at the given auth level. */
    public static Builder auth(AuthLevel level) {
        return new Builder().authLevel(level);
    }

    public Builder toBuilder() {
        Builder builder = new Builder().authLevel(auth);
        builder.roles.addAll(roles);
        builder.anyRole.addAll(anyRole);
        builder.permissions.addAll(permissions);
        builder.anyPermission.addAll(anyPermission);
        builder.flags.addAll(flags);
        builder.rateLimit = rateLimit;
        builder.idempotent = idempotent;
        builder.pii.addAll(pii);
        return builder;
    }

    public AuthLevel auth() {
        return auth;
    }

    public List<String> roles() {
        return roles;
    }

    public List<String> anyRole() {
        return anyRole;
    }

    public List<String> permissions() {
        return permissions;
    }

    public List<String> anyPermission() {
        return anyPermission;
    }

    public List<String> flags() {
        return flags;
    }

    public Optional<RateLimit> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    public boolean idempotent() {
        return idempotent;
    }

    /** Dotted input paths holding personal data, e.g. {@code applicant.email}. */
    public List<String> pii() {
        return pii;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy other
                && auth == other.auth
                && roles.equals(other.roles)
                && anyRole.equals(other.anyRole)
                && permissions.equals(other.permissions)
                && anyPermission.equals(other.anyPermission)
                && flags.equals(other.flags)
                && Objects.equals(rateLimit, other.rateLimit)
                && idempotent == other.idempotent
                && pii.equals(other.pii);
    }

    @Override
    public int hashCode() {
        return Objects.hash(auth, roles, anyRole, permissions, anyPermission, flags, rateLimit, idempotent, pii);
    }

    @Override
    public String toString() {
        return "Policy[auth=" + auth.wireName() + ", roles=" + roles + ", anyRole=" + anyRole + "]";
    }

    public static final class Builder {
        private AuthLevel auth = AuthLevel.USER;
        private final List<String> roles = new ArrayList<>();
        private final List<String> anyRole = new ArrayList<>();
        private final List<String> permissions = new ArrayList<>();
        private final List<String> anyPermission = new ArrayList<>();
        private final List<String> flags = new ArrayList<>();
        private RateLimit rateLimit;
        private boolean idempotent;
        private final List<String> pii = new ArrayList<>();

        private Builder() {}

        public Builder authLevel(AuthLevel level) {
            this.auth = Objects.requireNonNull(level, "auth level");
            return this;
        }

        /** Every one of these roles is required. */
        public Builder roles(String... roles) {
            this.roles.addAll(Arrays.asList(roles));
            return this;
        }

        /** At least one of these roles is required. */
        public Builder anyRole(String... roles) {
            this.anyRole.addAll(Arrays.asList(roles));
            return this;
        }

        public Builder permissions(String... permissions) {
            this.permissions.addAll(Arrays.asList(permissions));
            return this;
        }

        public Builder anyPermission(String... permissions) {
            this.anyPermission.addAll(Arrays.asList(permissions));
            return this;
        }

        /** Feature flags that must all be on for the caller. */
        public Builder flags(String... flags) {
            this.flags.addAll(Arrays.asList(flags));
            return this;
        }

        public Builder rateLimit(RateLimit rateLimit) {
            this.rateLimit = Objects.requireNonNull(rateLimit, "rate limit");
            return this;
        }

        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        public Builder pii(String... paths) {
            this.pii.addAll(Arrays.asList(paths));
            return this;
        }

        public Policy build() {
            return new Policy(this);
        }
    }
}
