package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.RuleIds;
import io.contractspec.governance.RuleInfo;

/**
 * One breaking-change rule: reads the {@link ContractDiff} computed once for all rules and reports
 * the changes it is about at its {@link ChangeLevel}. Each rule is a class of its own, found
 * through {@link java.util.ServiceLoader} (list it in
 * {@code META-INF/services/io.contractspec.governance.diff.DiffRule}), with a public no-argument
 * constructor; its id is its class's simple name.
 *
 * <pre>{@code
 * public final class RemovedOutputField implements DiffRule {
 *     public ChangeLevel level() { return ChangeLevel.BREAKING; }
 *     public String summary() { return "An output field was removed."; }
 *     public String rationale() { return "Consumers that read the field get nothing where they expect a value."; }
 *     public void check(DiffContext context) {
 *         for (FieldChange change : context.diff().fieldChanges()) {
 *             if (change.isRemoved() && change.direction().isRead()) {
 *                 context.report(change, change.describe() + " was removed");
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
@PublicApi
public interface DiffRule {

    /** The rule id: the class's simple name. */
    default String id() {
        return RuleIds.of(getClass());
    }

    /** What the changes this rule finds mean for callers; decides the findings' severity. */
    ChangeLevel level();

    /** One line on what the rule finds, for catalogs and reports. */
    String summary();

    /**
     * Why the rule's findings are at its {@link #level()}: who breaks and how, and why not a level
     * higher or lower. Shown in the rule table ({@code contractspec rules}); every built-in rule gives one.
     */
    default String rationale() {
        return "";
    }

    /** Reports every finding through the context; the one parameter lets the context grow. */
    void check(DiffContext context);

    default RuleInfo info() {
        return new RuleInfo(id(), level().severity(), summary(), rationale());
    }
}
