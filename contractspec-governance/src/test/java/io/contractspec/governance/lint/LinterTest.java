package io.contractspec.governance.lint;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.Findings;
import io.contractspec.governance.RuleInfo;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Model;
import io.contractspec.schema.Severity;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {

    private static final Model EMPTY = Model.builder("Empty").build();
    private static final OperationSpec BARE = command("demo.order.place", "1.0.0").output(EMPTY)
            .source(new SourceLocation("shop/Orders.java", 12)).build();
    private static final ContractRegistry REGISTRY = ContractRegistry.builder()
            .register(BARE, event("demo.order.create", "1.0.0").payload(EMPTY).build())
            .build();

    /** A user's rule, as it would be listed in META-INF/services. */
    public static final class OperationKeyHasOrder implements LintRule {
        @Override
        public Severity defaultSeverity() {
            return Severity.NOTE;
        }

        @Override
        public String summary() {
            return "Flags operation keys that mention orders.";
        }

        @Override
        public void check(LintContext context) {
            context.registry().operations().stream().filter(op -> op.key().contains("order"))
                    .forEach(op -> context.report(op, "key", "mentions an order", "just a test"));
        }
    }

    @Test
    void theStandardCatalogIsFoundThroughServiceLoaderWithIdsFromClassNames() {
        List<LintRule> rules = Linter.standard().rules();

        assertThat(rules).hasSize(28);
        assertThat(rules).allSatisfy(rule -> assertThat(rule.id()).isEqualTo(rule.getClass().getSimpleName()));
        assertThat(Linter.standard().catalog()).extracting(RuleInfo::id).isSorted();
    }

    @Test
    void findingsCarryTheRuleIdSeveritySubjectPathAndSourceLocation() {
        Diagnostic finding = Linter.of(List.of(new OperationKeyHasOrder())).lint(REGISTRY).get(0);

        assertThat(finding.id()).isEqualTo("OperationKeyHasOrder");
        assertThat(finding.severity()).isEqualTo(Severity.NOTE);
        assertThat(finding.subject()).isEqualTo("demo.order.place@1.0.0");
        assertThat(finding.path()).isEqualTo("key");
        assertThat(finding.location()).isEqualTo(new SourceLocation("shop/Orders.java", 12));
        assertThat(finding.hint()).contains("just a test");
    }

    @Test
    void theConfigTurnsRulesOffAndChangesSeverities() {
        LintConfig config = LintConfig.builder().off("MissingGoal").severity("MissingContext", Severity.ERROR).build();

        List<Diagnostic> findings = Linter.standard().lint(REGISTRY, config);

        assertThat(findings).extracting(Diagnostic::id).doesNotContain("MissingGoal").contains("MissingContext");
        assertThat(findings).filteredOn(finding -> finding.id().equals("MissingContext"))
                .extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void findingsAreSortedBySubjectThenPathThenId() {
        List<Diagnostic> findings = Linter.run(REGISTRY, LintConfig.DEFAULTS);

        assertThat(findings).isSortedAccordingTo(Findings.ORDER);
        assertThat(findings).extracting(Findings::line).contains(
                "WARNING EventKeyNotPastTense demo.order.create@1.0.0 [key]: event key 'demo.order.create' does not"
                        + " end in the past tense",
                "WARNING MissingGoal demo.order.place@1.0.0 [goal]: states no goal");
    }

    @Test
    void twoRulesWithOneIdAreRejected() {
        assertThatThrownBy(() -> Linter.of(List.of(new OperationKeyHasOrder(), new OperationKeyHasOrder())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two lint rules have the id OperationKeyHasOrder");
    }

    @Test
    void aRuleWithoutAClassNameIsRejected() {
        LintRule anonymous = new LintRule() {
            @Override
            public Severity defaultSeverity() {
                return Severity.NOTE;
            }

            @Override
            public String summary() {
                return "anonymous";
            }

            @Override
            public void check(LintContext context) {}
        };
        assertThatThrownBy(() -> Linter.of(List.of(anonymous))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be PascalCase");
    }

    @Test
    void aFailingRuleIsNamedInTheException() {
        LintRule broken = new BrokenRule();
        assertThatThrownBy(() -> Linter.of(List.of(broken)).lint(REGISTRY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("rule BrokenRule failed: java.lang.UnsupportedOperationException: boom");
    }

    static final class BrokenRule implements LintRule {
        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }

        @Override
        public String summary() {
            return "Always fails.";
        }

        @Override
        public void check(LintContext context) {
            throw new UnsupportedOperationException("boom");
        }
    }
}
