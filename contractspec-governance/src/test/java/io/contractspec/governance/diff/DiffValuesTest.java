package io.contractspec.governance.diff;

import static io.contractspec.core.Contracts.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.diff.rules.LoweredRateLimit;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the diff's values say about themselves: keys, the registries compared, their text forms. */
class DiffValuesTest {

    private static final Model OUT = Model.builder("Out").required("id", Scalar.ID).build();

    private static OperationSpec get(String version) {
        return query("demo.order.get", version).output(OUT).source(SourceLocation.NONE).build();
    }

    private static ContractRegistry registry(Spec... specs) {
        return ContractRegistry.builder().register(specs).build();
    }

    @Test
    void aPropertyOnlyOneSideHasIsAChangeEvenWithinOneVersion() {
        OperationSpec titled = get("1.0.0").toBuilder().title("Get an order").build();

        assertThat(ContractDiff.between(registry(get("1.0.0")), registry(titled)).changed())
                .singleElement().satisfies(change -> assertThat(change.changedProperties()).containsExactly("title"));
        assertThat(ContractDiff.between(registry(titled), registry(get("1.0.0"))).changed())
                .singleElement().satisfies(change -> assertThat(change.changedProperties()).containsExactly("title"));
    }

    @Test
    void aSpecDiffNamesItsKeyAndReadsAsItsStatusAndRefs() {
        ContractDiff diff = ContractDiff.between(registry(get("1.0.0")), registry(get("1.1.0")));

        SpecDiff change = diff.changed().get(0);
        assertThat(change.key()).isEqualTo("demo.order.get");
        assertThat(change).hasToString("CHANGED operation demo.order.get@1.0.0 → demo.order.get@1.1.0 [version]");
        assertThat(ContractDiff.between(registry(get("1.0.0")), registry()).specs().get(0))
                .hasToString("REMOVED operation demo.order.get@1.0.0 → (removed) []");
        assertThat(ContractDiff.between(registry(), registry(get("1.0.0"))).specs().get(0))
                .hasToString("ADDED operation demo.order.get@1.0.0 []");
    }

    @Test
    void aContractDiffKeepsBothRegistriesAndCountsByStatus() {
        ContractRegistry before = registry(get("1.0.0"));
        ContractRegistry after = registry(get("1.1.0"));

        ContractDiff diff = ContractDiff.between(before, after);

        assertThat(diff.before()).isSameAs(before);
        assertThat(diff.after()).isSameAs(after);
        assertThat(diff).hasToString("ContractDiff[added=0, removed=0, changed=1]");
    }

    @Test
    void aReportWithAChangeButNoFindingIsNotEmptyAndReadsAsItsSummary() {
        DiffReport report = BreakingChanges.between(registry(get("1.0.0")), registry(get("1.1.0")));

        assertThat(report.findings()).isEmpty();
        assertThat(report.isEmpty()).isFalse();
        assertThat(report).hasToString("DiffReport[0 added, 0 removed, 1 changed; 0 error(s), 0 danger(s),"
                + " 0 warning(s), 0 note(s)]");
    }

    @Test
    void aFieldChangeReadsAsItsKindSubjectPathAndAspects() {
        Model wider = Model.builder("Out").required("id", Scalar.ID).field(Field.optional("note", Scalar.STRING)).build();
        OperationSpec now = query("demo.order.get", "1.1.0").output(wider).source(SourceLocation.NONE).build();

        List<FieldChange> changes = ContractDiff.between(registry(get("1.0.0")), registry(now)).fieldChanges();

        assertThat(changes).singleElement().hasToString("ADDED demo.order.get@1.1.0 io.output.note");
    }

    @Test
    void exactlyTheGivenRulesRun() {
        BreakingChanges onlyRateLimits = BreakingChanges.of(List.of(new LoweredRateLimit()));

        assertThat(onlyRateLimits.rules()).extracting(DiffRule::id).containsExactly("LoweredRateLimit");
        OperationSpec smaller = query("demo.order.get", "1.1.0").output(Model.builder("Out").build())
                .source(SourceLocation.NONE).build();
        assertThat(onlyRateLimits.compare(registry(get("1.0.0")), registry(smaller), DiffConfig.builder().build())
                .findings()).extracting(finding -> finding.id()).doesNotContain("RemovedOutputField");
    }

    @Test
    void aConfigFileTurnsARuleOff(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve(".contractsrc.json"),
                "{\"breakingChanges\": {\"rules\": {\"RemovedOutputField\": \"off\"}}}");
        OperationSpec smaller = query("demo.order.get", "1.1.0").output(Model.builder("Out").build())
                .source(SourceLocation.NONE).build();

        DiffReport report = BreakingChanges.standard().compare(registry(get("1.0.0")), registry(smaller), DiffConfig.load(file));

        assertThat(report.findings()).extracting(finding -> finding.id()).doesNotContain("RemovedOutputField");
        assertThat(BreakingChanges.between(registry(get("1.0.0")), registry(smaller)).findings())
                .extracting(finding -> finding.id()).contains("RemovedOutputField");
    }
}
