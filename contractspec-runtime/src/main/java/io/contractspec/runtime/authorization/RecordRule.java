package io.contractspec.runtime.authorization;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.Principal;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A record-level rule, declared once per operation with {@code ExecutorBuilder.recordRule(rule,
 * operations...)} and enforced by the runtime: the operation's handler must call
 * {@code context.authorize(record)} with the record it acts on (a handler that returns without
 * doing so fails the call), and a record the rule refuses ends the call with 403, rolled back.
 *
 * <pre>{@code
 * RecordRule starterOrAdmin = RecordRule.of(InstanceRow.class, "only the instance's starter or an admin",
 *         (principal, instance) -> principal.userId().equals(instance.triggeredBy()) || principal.hasRole("admin"));
 * }</pre>
 */
@PublicApi
public final class RecordRule {

    private final Class<?> recordType;
    private final String requirement;
    private final BiPredicate<Principal, Object> allows;

    private RecordRule(Class<?> recordType, String requirement, BiPredicate<Principal, Object> allows) {
        this.recordType = recordType;
        this.requirement = requirement;
        this.allows = allows;
    }

    /**
     * A rule over records of {@code recordType}; {@code requirement} is shown to a refused caller
     * ("only the instance's starter or an admin"), so it states the rule, never what they hold.
     */
    public static <R> RecordRule of(Class<R> recordType, String requirement, BiPredicate<Principal, ? super R> allows) {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(allows, "allows");
        return new RecordRule(recordType, requirement, (principal, record) -> allows.test(principal, recordType.cast(record)));
    }

    public Class<?> recordType() {
        return recordType;
    }

    public String requirement() {
        return requirement;
    }

    /**
     * Checks a record for a principal (absent for anonymous calls, which a record rule refuses).
     *
     * @throws IllegalArgumentException when the handler authorized a record of another type
     */
    public AuthorizationDecision check(Principal principal, Object record) {
        if (!recordType.isInstance(record)) {
            throw new IllegalArgumentException("the record rule '" + requirement + "' checks " + recordType.getName()
                    + " records, but the handler authorized a " + record.getClass().getName());
        }
        if (principal == null) {
            return AuthorizationDecision.unauthenticated("authentication is required");
        }
        return allows.test(principal, record) ? AuthorizationDecision.allowed() : AuthorizationDecision.forbidden(requirement);
    }
}
