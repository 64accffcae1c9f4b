package io.contractspec.governance.diff;

import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.Contracts.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractDiffTest {

    private static final Model OUT = Model.builder("Out").required("id", Scalar.ID).build();

    private static OperationSpec get(String version) {
        return query("demo.order.get", version).output(OUT).source(SourceLocation.NONE).build();
    }

    private static ContractRegistry registry(Spec... specs) {
        return ContractRegistry.builder().register(specs).build();
    }

    private static List<String> describe(ContractDiff diff) {
        return diff.specs().stream().map(spec -> spec.status() + " " + spec.before().map(Spec::version).orElse("-")
                + " → " + spec.after().map(Spec::version).orElse("-")).toList();
    }

    @Test
    void versionsAreMatchedExactlyFirstThenEachOldOneToTheNextNewerOne() {
        ContractDiff diff = ContractDiff.between(
                registry(get("1.0.0"), get("1.1.0"), get("2.0.0"), get("3.0.0")),
                registry(get("1.2.0"), get("2.0.0"), get("4.0.0"), get("5.0.0")));

        // 2.0.0 is unchanged; 3.0.0 takes 4.0.0, 1.1.0 takes 1.2.0; 1.0.0 finds nothing newer left.
        assertThat(describe(diff)).containsExactly(
                "REMOVED 1.0.0 → -", "CHANGED 1.1.0 → 1.2.0", "CHANGED 3.0.0 → 4.0.0", "ADDED - → 5.0.0");
        assertThat(diff.changed()).extracting(SpecDiff::versionBump)
                .containsExactly(VersionBump.MINOR, VersionBump.MAJOR);
    }

    @Test
    void specsOfOneKeyButAnotherTypeAreNotMatched() {
        Spec asEvent = event("demo.order.get", "1.0.0").payload(OUT).source(SourceLocation.NONE).build();

        assertThat(describe(ContractDiff.between(registry(get("1.0.0")), registry(asEvent))))
                .containsExactly("REMOVED 1.0.0 → -", "ADDED - → 1.0.0");
    }

    @Test
    void aMovedDefinitionIsNoChangeButEveryOtherPropertyIs() {
        OperationSpec moved = get("1.0.0").toBuilder().source(new SourceLocation("Elsewhere.java", 99)).build();
        OperationSpec described = get("1.0.1").toBuilder().description("Reads an order.").build();

        assertThat(ContractDiff.between(registry(get("1.0.0")), registry(moved)).isEmpty()).isTrue();
        SpecDiff change = ContractDiff.between(registry(get("1.0.0")), registry(described)).changed().get(0);
        assertThat(change.changedProperties()).containsExactly("description", "version");
    }

    @Test
    void fieldChangesAreFoundAtAnyDepthWithTheirAspects() {
        Model line = Model.builder("Line").required("sku", Scalar.ID).required("qty", Scalar.INT).build();
        Model line2 = Model.builder("OrderLine").required("sku", Scalar.ID)
                .field(Field.optional("qty", Scalar.INT).minimum(1)).build();
        Model before = Model.builder("Out").field(Field.required("lines", line).array()).build();
        Model after = Model.builder("Out").field(Field.required("lines", line2).array().description("Lines."))
                .optional("note", Scalar.STRING).build();
        OperationSpec old = query("demo.order.get", "1.0.0").output(before).source(SourceLocation.NONE).build();
        OperationSpec now = query("demo.order.get", "1.1.0").output(after).source(SourceLocation.NONE).build();

        List<FieldChange> changes = ContractDiff.between(registry(old), registry(now)).fieldChanges();

        assertThat(changes).extracting(FieldChange::path, FieldChange::kind, FieldChange::aspects).containsExactly(
                tuple("io.output.lines", FieldChange.Kind.CHANGED, Set.of(FieldAspect.DESCRIPTION)),
                tuple("io.output.lines[].qty", FieldChange.Kind.CHANGED,
                        Set.of(FieldAspect.OPTIONALITY, FieldAspect.CONSTRAINTS)),
                tuple("io.output.note", FieldChange.Kind.ADDED, Set.of()));
        assertThat(changes.get(1).constraintChanges()).singleElement().satisfies(change -> {
            assertThat(change.describe()).isEqualTo("minimum 1 added");
            assertThat(change.narrows()).isTrue();
            assertThat(change.widens()).isFalse();
        });
        assertThat(changes.get(1).describe()).isEqualTo("output field 'lines[].qty'");
        assertThat(changes).allSatisfy(change -> assertThat(change.direction()).isEqualTo(Direction.OUTPUT));
    }

    @Test
    void identicalRegistriesHaveNoDifferences() {
        assertThat(ContractDiff.between(registry(get("1.0.0")), registry(get("1.0.0"))).isEmpty()).isTrue();
    }
}
