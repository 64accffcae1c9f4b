package io.contractspec.governance.lint;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.RuleIds;
import io.contractspec.governance.RuleInfo;
import io.contractspec.schema.Severity;

/**
 * One lint rule: a check of the contracts' quality, conventions or cross-spec integrity. Each rule
 * is a class of its own, found through {@link java.util.ServiceLoader} (list it in
 * {@code META-INF/services/io.contractspec.governance.lint.LintRule}), with a public no-argument
 * constructor. Its id is its class's simple name; its findings get its default severity unless
 * {@code .contractsrc.json} says otherwise.
 *
 * <pre>{@code
 * public final class MissingGoal implements LintRule {
 *     public Severity defaultSeverity() { return Severity.WARNING; }
 *     public String summary() { return "An operation states no goal."; }
 *     public void check(LintContext context) {
 *         for (OperationSpec operation : context.registry().operations()) {
 *             if (operation.goal().isBlank()) {
 *                 context.report(operation, "goal", "states no goal: say why a caller uses it");
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
@PublicApi
public interface LintRule {

    /** The rule id: the class's simple name. */
    default String id() {
        return RuleIds.of(getClass());
    }

    /** The severity of this rule's findings unless configured otherwise. */
    Severity defaultSeverity();

    /** One line on what the rule finds, for catalogs and reports. */
    String summary();

    /** Reports every finding through the context; the one parameter lets the context grow. */
    void check(LintContext context);

    default RuleInfo info() {
        return new RuleInfo(id(), defaultSeverity(), summary());
    }
}
