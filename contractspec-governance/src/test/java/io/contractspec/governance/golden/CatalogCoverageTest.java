package io.contractspec.governance.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.governance.RuleInfo;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.lint.Linter;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule of both catalogs, and every version-policy check, has at least one golden case of the right kind. */
class CatalogCoverageTest {

    @Test
    void everyLintRuleHasALintCase() throws URISyntaxException {
        assertThat(idsOf(Linter.standard().catalog())).isSubsetOf(caseRules(GoldenCase.Kind.LINT));
    }

    @Test
    void everyBreakingChangeRuleAndPolicyCheckHasADiffCase() throws URISyntaxException {
        assertThat(idsOf(BreakingChanges.standard().catalog())).isSubsetOf(caseRules(GoldenCase.Kind.DIFF));
    }

    @Test
    void everyCaseIsNamedAfterAKnownRule() throws URISyntaxException {
        Set<String> known = idsOf(Linter.standard().catalog());
        known.addAll(idsOf(BreakingChanges.standard().catalog()));
        assertThat(caseRules(GoldenCase.Kind.LINT)).isSubsetOf(known);
        assertThat(caseRules(GoldenCase.Kind.DIFF)).isSubsetOf(known);
    }

    private static Set<String> idsOf(List<RuleInfo> catalog) {
        return catalog.stream().map(RuleInfo::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<String> caseRules(GoldenCase.Kind kind) throws URISyntaxException {
        return GoldenCasesTest.cases().stream()
                .filter(golden -> golden.kind() == kind)
                .flatMap(golden -> golden.ruleId().stream())
                .collect(Collectors.toSet());
    }
}
