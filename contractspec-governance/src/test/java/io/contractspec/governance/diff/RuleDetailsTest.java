package io.contractspec.governance.diff;

import static io.contractspec.core.Contracts.command;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Details of single rules the golden cases do not show: hints, and the changes a rule must leave alone. */
class RuleDetailsTest {

    private static final Model OUT = Model.builder("Out").required("id", Scalar.ID).required("total", Scalar.INT).build();
    private static final Model SMALLER = Model.builder("Out").required("id", Scalar.ID).build();

    private static ContractRegistry place(String version, Model input, Model output, String error, int status) {
        var builder = command("demo.order.place", version).stability(Stability.STABLE).owners("@shop").output(output);
        if (input != null) {
            builder.input(input);
        }
        if (error != null) {
            builder.error(error, status, "");
        }
        return ContractRegistry.builder().register(builder.build()).build();
    }

    private static List<Diagnostic> findings(ContractRegistry before, ContractRegistry after, String rule) {
        return BreakingChanges.between(before, after).findings().stream().filter(f -> f.id().equals(rule)).toList();
    }

    @Test
    void aLoweredRateLimitSaysWhoMayNowBeRefused() throws Exception {
        Path golden = Path.of("src/test/resources/golden/diff/LoweredRateLimit");

        List<Diagnostic> lowered = findings(Snapshot.read(golden.resolve("case.a.json")),
                Snapshot.read(golden.resolve("case.b.json")), "LoweredRateLimit");

        assertThat(lowered).hasSize(3).allSatisfy(finding -> assertThat(finding.hint())
                .hasValue("callers within the old budget may get RATE_LIMITED"));
    }

    @Test
    void anErrorWhoseStatusStayedIsNotReported() {
        assertThat(findings(place("1.0.0", null, OUT, "ORDER_LOCKED", 409), place("1.1.0", null, OUT, "ORDER_LOCKED", 409),
                "ChangedErrorStatus")).isEmpty();
        assertThat(findings(place("1.0.0", null, OUT, "ORDER_LOCKED", 409), place("1.1.0", null, OUT, "ORDER_LOCKED", 423),
                "ChangedErrorStatus")).hasSize(1);
    }

    @Test
    void anInputThatStartsAcceptingUnknownFieldsIsNotReported() {
        Model strict = Model.builder("PlaceInput").required("qty", Scalar.INT).build();
        Model lenient = Model.builder("PlaceInput").required("qty", Scalar.INT).allowUnknownFields().build();

        assertThat(findings(place("1.0.0", strict, OUT, null, 0), place("1.1.0", lenient, OUT, null, 0),
                "DisallowedUnknownInputFields")).isEmpty();
        assertThat(ContractDiff.between(place("1.0.0", strict, OUT, null, 0), place("1.1.0", lenient, OUT, null, 0))
                .modelChanges()).singleElement().satisfies(change -> {
                    assertThat(change.startedAcceptingUnknownFields()).isTrue();
                    assertThat(change.stoppedAcceptingUnknownFields()).isFalse();
                });
        assertThat(ContractDiff.between(place("1.0.0", lenient, OUT, null, 0), place("1.1.0", strict, OUT, null, 0))
                .modelChanges()).singleElement().satisfies(change ->
                        assertThat(change.startedAcceptingUnknownFields()).isFalse());
        assertThat(findings(place("1.0.0", lenient, OUT, null, 0), place("1.1.0", strict, OUT, null, 0),
                "DisallowedUnknownInputFields")).hasSize(1);
    }

    @Test
    void aBreakingChangeAllowedByANewMajorVersionKeepsItsOwnHintAfterTheReason() {
        Diagnostic within = findings(place("1.0.0", null, OUT, null, 0), place("1.1.0", null, SMALLER, null, 0),
                "RemovedOutputField").get(0);
        Diagnostic allowed = findings(place("1.0.0", null, OUT, null, 0), place("2.0.0", null, SMALLER, null, 0),
                "RemovedOutputField").get(0);

        assertThat(within.hint()).isPresent();
        assertThat(allowed.hint()).hasValueSatisfying(hint -> assertThat(hint)
                .startsWith("allowed: new major version 2.0.0").endsWith("; " + within.hint().orElseThrow()));
    }
}
