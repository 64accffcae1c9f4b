package io.contractspec.runtime.authorization;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.Policy;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.spi.FlagProvider;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The contract's policy as an {@link Authorizer}, the one every executor starts with. Checks run
 * in a fixed order: authentication, admin, roles (all), anyRole, permissions (all), anyPermission,
 * feature flags; the first unmet requirement is the decision.
 *
 * <p>{@link AuthLevel#ADMIN} means: an authenticated principal whose roles include
 * {@value #ADMIN_ROLE}. Nothing else (no permission, no organization) makes a caller an admin.
 *
 * <p>A denial names the requirement that failed (which is public in the contract anyway) and never
 * what the caller holds. Record-level requests are allowed here: the operation-level check already
 * ran, and record rules decide on records.
 */
@PublicApi
public final class PolicyAuthorizer implements Authorizer {

    /** The role that satisfies {@code auth: admin}. */
    public static final String ADMIN_ROLE = "admin";

    private final FlagProvider flags;

    public PolicyAuthorizer(FlagProvider flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
    }

    /** Whether a policy lets anonymous callers through at all (the pipeline's authentication stage). */
    public static boolean requiresPrincipal(Policy policy) {
        return policy.auth() != AuthLevel.ANONYMOUS
                || !policy.roles().isEmpty()
                || !policy.anyRole().isEmpty()
                || !policy.permissions().isEmpty()
                || !policy.anyPermission().isEmpty();
    }

    @Override
    public AuthorizationDecision authorize(AuthorizationRequest request) {
        return request.record().isPresent() ? AuthorizationDecision.allowed() : check(request.operation().policy(), request.context());
    }

    /** The decision for a policy alone (for checks outside a call, such as reading an event stream). */
    public AuthorizationDecision check(Policy policy, CallContext context) {
        Principal principal = context.principal().orElse(null);
        if (principal == null) {
            return requiresPrincipal(policy)
                    ? AuthorizationDecision.unauthenticated("authentication is required")
                    : checkFlags(policy, context);
        }
        if (policy.auth() == AuthLevel.ADMIN && !principal.hasRole(ADMIN_ROLE)) {
            return AuthorizationDecision.forbidden("the '" + ADMIN_ROLE + "' role is required");
        }
        for (String role : policy.roles()) {
            if (!principal.hasRole(role)) {
                return AuthorizationDecision.forbidden("the role '" + role + "' is required");
            }
        }
        if (!policy.anyRole().isEmpty() && !holdsAny(principal.roles(), policy.anyRole())) {
            return AuthorizationDecision.forbidden("one of the roles " + policy.anyRole() + " is required");
        }
        for (String permission : policy.permissions()) {
            if (!principal.hasPermission(permission)) {
                return AuthorizationDecision.forbidden("the permission '" + permission + "' is required");
            }
        }
        if (!policy.anyPermission().isEmpty() && !holdsAny(principal.permissions(), policy.anyPermission())) {
            return AuthorizationDecision.forbidden("one of the permissions " + policy.anyPermission() + " is required");
        }
        return checkFlags(policy, context);
    }

    private AuthorizationDecision checkFlags(Policy policy, CallContext context) {
        for (String flag : policy.flags()) {
            if (!flags.isEnabled(flag, context)) {
                return AuthorizationDecision.forbidden("the feature '" + flag + "' is not enabled");
            }
        }
        return AuthorizationDecision.allowed();
    }

    private static boolean holdsAny(Set<String> held, List<String> wanted) {
        for (String candidate : wanted) {
            if (held.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
