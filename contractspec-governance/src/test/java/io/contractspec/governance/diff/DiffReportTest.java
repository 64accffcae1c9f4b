package io.contractspec.governance.diff;

import static io.contractspec.core.Contracts.command;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Severity;
import org.junit.jupiter.api.Test;

class DiffReportTest {

    private static final Model OUT = Model.builder("Out").required("id", Scalar.ID).build();

    private static ContractRegistry place(String version, Model output, String... errors) {
        var builder = command("demo.order.place", version).stability(Stability.STABLE).owners("@shop").output(output);
        for (String error : errors) {
            builder.error(error, 410, "");
        }
        return ContractRegistry.builder().register(builder.build()).build();
    }

    @Test
    void onlyWarningsAndNotesAreNotBreaking() {
        Model wider = Model.builder("Out").required("id", Scalar.ID).optional("note", Scalar.STRING).build();

        DiffReport report = BreakingChanges.between(place("1.0.0", OUT), place("1.1.0", wider, "ORDER_GONE"));

        assertThat(report.findings()).extracting(finding -> finding.id() + " " + finding.severity())
                .containsExactlyInAnyOrder("AddedDeclaredError WARNING", "AddedOutputField NOTE");
        assertThat(report.isEmpty()).isFalse();
        assertThat(report.hasBreaking()).isFalse();
        assertThat(report.summary().findings().hasBreaking()).isFalse();
    }

    @Test
    void oneDangerIsBreaking() {
        DiffConfig config = DiffConfig.builder().severity("AddedDeclaredError", Severity.DANGER).build();

        DiffReport report = BreakingChanges.standard()
                .compare(place("1.0.0", OUT), place("1.1.0", OUT, "ORDER_GONE"), config);

        assertThat(report.findings()).extracting(finding -> finding.id() + " " + finding.severity())
                .containsExactly("AddedDeclaredError DANGER");
        assertThat(report.hasBreaking()).isTrue();
    }
}
