package io.contractspec.runtime;

import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.Policy;
import io.contractspec.runtime.spi.FlagProvider;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a call may proceed under an operation's policy. Checks run in a fixed order:
 * authentication, admin, roles (all), anyRole, permissions (all), anyPermission, feature flags.
 *
 * <p>{@link AuthLevel#ADMIN} means: an authenticated principal whose roles include
 * {@value #ADMIN_ROLE}. Nothing else (no permission, no organization) makes a caller an admin.
 *
 * <p>A denial names the requirement that failed (which is public in the contract anyway) and never
 * what the caller holds.
 */
public final class PolicyEngine {

    /** The role that satisfies {@code auth: admin}. */
    public static final String ADMIN_ROLE = "admin";

    /** Why a call was refused: UNAUTHENTICATED or FORBIDDEN, and the requirement not met. */
    public record Denial(StandardCode code, String requirement) {
        public Denial {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(requirement, "requirement");
        }
    }

    private final FlagProvider flags;

    public PolicyEngine(FlagProvider flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
    }

    /** @return {@code null} when the call is allowed, else the first requirement it fails */
    public Denial check(Policy policy, CallContext context) {
        Principal principal = context.principal().orElse(null);
        if (principal == null) {
            return policy.auth() == AuthLevel.ANONYMOUS && !needsPrincipal(policy)
                    ? checkFlags(policy, context)
                    : new Denial(StandardCode.UNAUTHENTICATED, "authentication is required");
        }
        if (policy.auth() == AuthLevel.ADMIN && !principal.hasRole(ADMIN_ROLE)) {
            return forbidden("the '" + ADMIN_ROLE + "' role is required");
        }
        for (String role : policy.roles()) {
            if (!principal.hasRole(role)) {
                return forbidden("the role '" + role + "' is required");
            }
        }
        if (!policy.anyRole().isEmpty() && !holdsAny(principal.roles(), policy.anyRole())) {
            return forbidden("one of the roles " + policy.anyRole() + " is required");
        }
        for (String permission : policy.permissions()) {
            if (!principal.hasPermission(permission)) {
                return forbidden("the permission '" + permission + "' is required");
            }
        }
        if (!policy.anyPermission().isEmpty() && !holdsAny(principal.permissions(), policy.anyPermission())) {
            return forbidden("one of the permissions " + policy.anyPermission() + " is required");
        }
        return checkFlags(policy, context);
    }

    private Denial checkFlags(Policy policy, CallContext context) {
        for (String flag : policy.flags()) {
            if (!flags.isEnabled(flag, context)) {
                return forbidden("the feature '" + flag + "' is not enabled");
            }
        }
        return null;
    }

    private static boolean needsPrincipal(Policy policy) {
        return !policy.roles().isEmpty()
                || !policy.anyRole().isEmpty()
                || !policy.permissions().isEmpty()
                || !policy.anyPermission().isEmpty();
    }

    private static boolean holdsAny(java.util.Set<String> held, List<String> wanted) {
        for (String candidate : wanted) {
            if (held.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static Denial forbidden(String requirement) {
        return new Denial(StandardCode.FORBIDDEN, requirement);
    }
}
