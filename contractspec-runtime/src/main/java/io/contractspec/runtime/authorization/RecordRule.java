package io.contractspec.runtime.authorization;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.runtime.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A record-level rule, declared once per operation with {@code ExecutorBuilder.recordRule(rule,
 * operations...)} and enforced by the runtime: the operation's handler must call
 * {@code context.authorize(record)} with the record it acts on (a handler that returns without
 * doing so fails the call), and a record the rule refuses ends the call with 403, rolled back.
 *
 * <pre>{@code
 * ErrorSpec NOT_STARTER_OR_ADMIN = ErrorSpec.of(FORBIDDEN, "the caller is neither the instance's starter nor an admin");
 * RecordRule starterOrAdmin = RecordRule.of(InstanceRow.class, NOT_STARTER_OR_ADMIN,
 *         (principal, instance) -> principal.userId().equals(instance.triggeredBy()) || principal.hasRole("admin"));
 * }</pre>
 *
 * <p>A rule made from the declared error its refusal is (as above) states the requirement once: the
 * contracts list that error, a refused caller gets its text, and the executor refuses to build when
 * an operation the rule guards does not declare it.
 */
@PublicApi
public final class RecordRule {

    private final Class<?> recordType;
    private final String requirement;
    private final BiPredicate<Principal, Object> allows;
    private final ErrorSpec refusal;

    private RecordRule(Class<?> recordType, String requirement, BiPredicate<Principal, Object> allows,
            ErrorSpec refusal) {
        this.recordType = recordType;
        this.requirement = requirement;
        this.allows = allows;
        this.refusal = refusal;
    }

    /**
     * A rule over records of {@code recordType}; {@code requirement} is shown to a refused caller
     * ("only the instance's starter or an admin"), so it states the rule, never what they hold.
     */
    public static <R> RecordRule of(Class<R> recordType, String requirement, BiPredicate<Principal, ? super R> allows) {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(allows, "allows");
        return new RecordRule(recordType, requirement, (principal, record) -> allows.test(principal, recordType.cast(record)),
                null);
    }

    /**
     * A rule whose refusal is the declared error {@code refusal} (a FORBIDDEN error of the guarded
     * operations): a refused caller is shown its {@code when}.
     *
     * @throws IllegalArgumentException when {@code refusal} is not a FORBIDDEN error
     */
    public static <R> RecordRule of(Class<R> recordType, ErrorSpec refusal, BiPredicate<Principal, ? super R> allows) {
        Objects.requireNonNull(refusal, "refusal");
        if (!refusal.code().equals(StandardCode.FORBIDDEN.code())) {
            throw new IllegalArgumentException("a record rule refuses with FORBIDDEN (403); the error " + refusal.code()
                    + " cannot be its refusal");
        }
        RecordRule rule = of(recordType, refusal.when(), allows);
        return new RecordRule(rule.recordType, rule.requirement, rule.allows, refusal);
    }

    public Class<?> recordType() {
        return recordType;
    }

    public String requirement() {
        return requirement;
    }

    /** The declared error a refusal is, when the rule was made from one. */
    public Optional<ErrorSpec> refusal() {
        return Optional.ofNullable(refusal);
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
