package io.contractspec.governance.diff;

import static io.contractspec.core.Contracts.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.governance.ConfigException;
import io.contractspec.governance.Findings;
import io.contractspec.governance.RuleInfo;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Severity;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakingChangesTest {

    private static final Model OUT =
            Model.builder("Out").required("id", Scalar.ID).required("total", Scalar.INT).build();
    private static final Model SMALLER = Model.builder("Out").required("id", Scalar.ID).build();

    private static ContractRegistry place(String version, Model output, String... errors) {
        var builder = command("demo.order.place", version).stability(Stability.STABLE).owners("@shop")
                .output(output).source(new SourceLocation("shop/Orders.java", 7));
        for (String error : errors) {
            builder.error(error, 409, "");
        }
        OperationSpec spec = builder.build();
        return ContractRegistry.builder().register(spec).build();
    }

    @Test
    void theStandardCatalogHasEveryRuleAndThePolicyChecks() {
        List<RuleInfo> catalog = BreakingChanges.standard().catalog();

        assertThat(BreakingChanges.standard().rules()).hasSize(51)
                .allSatisfy(rule -> assertThat(rule.id()).isEqualTo(rule.getClass().getSimpleName()));
        assertThat(catalog).extracting(RuleInfo::id).isSorted()
                .contains("RemovedOutputField", VersionPolicy.MAJOR_VERSION_REQUIRED,
                        VersionPolicy.CHANGED_WITHOUT_NEW_VERSION, VersionPolicy.REMOVED_WITHOUT_DEPRECATION);
        assertThat(catalog).filteredOn(info -> info.id().equals("AddedOutputEnumValue"))
                .extracting(RuleInfo::defaultSeverity).containsExactly(Severity.ERROR);
        assertThat(catalog).filteredOn(info -> info.id().equals("AddedDeclaredError"))
                .extracting(RuleInfo::defaultSeverity).containsExactly(Severity.WARNING);
    }

    @Test
    void aReportHasSortedFindingsASummaryAndTheDiff() {
        DiffReport report = BreakingChanges.between(place("1.0.0", OUT), place("1.1.0", SMALLER, "ORDER_LOCKED"));

        assertThat(report.findings()).extracting(Findings::line).containsExactly(
                "WARNING AddedDeclaredError demo.order.place@1.1.0 [errors[ORDER_LOCKED]]: may now fail with"
                        + " ORDER_LOCKED (409)",
                "ERROR RemovedOutputField demo.order.place@1.1.0 [io.output.total]: output field 'total' was removed",
                "ERROR MajorVersionRequired demo.order.place@1.1.0 [version]: makes breaking changes"
                        + " (RemovedOutputField) within major version 1 (1.0.0 → 1.1.0)");
        assertThat(report.findings()).allSatisfy(finding ->
                assertThat(finding.location()).isEqualTo(new SourceLocation("shop/Orders.java", 7)));
        assertThat(report.hasBreaking()).isTrue();
        assertThat(report.summary().toString())
                .isEqualTo("0 added, 0 removed, 1 changed; 2 error(s), 0 danger(s), 1 warning(s), 0 note(s)");
        assertThat(report.diff().changed()).singleElement().extracting(SpecDiff::subject)
                .isEqualTo("demo.order.place@1.1.0");
    }

    @Test
    void aNewMajorVersionAllowsTheBreakingChangeAndSaysWhyInTheHint() {
        Diagnostic finding = BreakingChanges.between(place("1.0.0", OUT), place("2.0.0", SMALLER)).findings().get(0);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.hint())
                .hasValueSatisfying(hint -> assertThat(hint).startsWith("allowed: new major version 2.0.0"));
    }

    @Test
    void theConfigChangesSeveritiesBeforeThePolicyJudges() {
        DiffConfig config = DiffConfig.builder().off(VersionPolicy.MAJOR_VERSION_REQUIRED)
                .severity("AddedDeclaredError", Severity.NOTE).build();

        DiffReport report = BreakingChanges.standard()
                .compare(place("1.0.0", OUT), place("1.1.0", SMALLER, "ORDER_LOCKED"), config);

        assertThat(report.findings()).extracting(Diagnostic::id, Diagnostic::severity).containsExactly(
                tuple("AddedDeclaredError", Severity.NOTE),
                tuple("RemovedOutputField", Severity.ERROR));
    }

    @Test
    void withoutThePolicyTheRulesFindingsStandAsTheyAre() {
        DiffReport report = BreakingChanges.standard().withPolicy(VersionPolicy.OFF)
                .compare(place("1.0.0", OUT), place("2.0.0", SMALLER));

        assertThat(report.findings()).extracting(Findings::line).containsExactly(
                "ERROR RemovedOutputField demo.order.place@2.0.0 [io.output.total]: output field 'total' was removed");
    }

    @Test
    void anUnknownRuleIdInTheConfigIsReportedAtItsKey() {
        DiffConfig config = DiffConfig.parse("{\"breakingChanges\": {\"rules\": {\"RemovedOuputField\": \"off\"}}}",
                ".contractsrc.json");

        assertThatThrownBy(() -> BreakingChanges.standard().compare(place("1.0.0", OUT), place("1.0.0", OUT), config))
                .isInstanceOf(ConfigException.class)
                .hasMessage(".contractsrc.json: breakingChanges.rules.RemovedOuputField: unknown rule id;"
                        + " did you mean RemovedOutputField?");
    }

    @Test
    void identicalRegistriesGiveAnEmptyReport() {
        DiffReport report = BreakingChanges.between(place("1.0.0", OUT), place("1.0.0", OUT));

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.hasBreaking()).isFalse();
    }
}
