package io.contractspec.schema.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.Model;
import io.contractspec.schema.sample.PayloadGenerator;
import io.contractspec.schema.sample.ScalarSamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our validator and an independent JSON Schema validator on our projected schema judge every payload alike. */
class ModelDifferentialTest {

    /** Fixed so that runs are repeatable; pass -Dcontractspec.differential.seed=N to explore other payloads. */
    private static final long SEED = Long.getLong("contractspec.differential.seed", 20_260_101L);
    private static final int PAYLOADS_PER_MODEL = 600;

    private static final PayloadGenerator GENERATOR = PayloadGenerator.of(ScalarSamples.sampler());

    static List<Model> models() {
        return DifferentialModels.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void referenceAgreesWithModelValidation(Model model) {
        DifferentialReport report = DifferentialCheck.run(model, GENERATOR, SEED, PAYLOADS_PER_MODEL);

        report.assertAgreement();
        report.assertGeneratedValidPayloadsAccepted();
        assertThat(report.acceptedByBoth()).as("valid payloads in %s", report).isGreaterThan(PAYLOADS_PER_MODEL / 4);
        assertThat(report.rejectedByBoth()).as("invalid payloads in %s", report).isGreaterThan(PAYLOADS_PER_MODEL / 4);
    }

    @Test
    void comparesAtLeastThreeThousandPayloads() {
        List<DifferentialReport> reports = new ArrayList<>();
        for (Model model : models()) {
            reports.add(DifferentialCheck.run(model, GENERATOR, SEED + 1, PAYLOADS_PER_MODEL));
        }

        reports.forEach(DifferentialReport::assertAgreement);
        assertThat(reports.stream().mapToInt(DifferentialReport::payloads).sum()).isGreaterThanOrEqualTo(3_000);
    }
}
