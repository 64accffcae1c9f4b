package io.contractspec.examples.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.Model;
import io.contractspec.schema.differential.DifferentialCheck;
import io.contractspec.schema.differential.DifferentialReport;
import io.contractspec.schema.sample.PayloadGenerator;
import io.contractspec.schema.sample.ScalarSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential check on the real workflow models: for generated payloads, valid and invalid, our
 * validator accepts exactly what networknt accepts against the JSON Schema we export.
 */
class WorkflowModelsDifferentialTest {

    private static final long SEED = Long.getLong("contractspec.differential.seed", 20_261_126L);
    private static final int PAYLOADS_PER_MODEL = 60;
    private static final PayloadGenerator GENERATOR = PayloadGenerator.of(ScalarSamples.sampler());

    @Test
    void ourValidatorAndTheReferenceAgreeOnEveryWorkflowModel() {
        List<Model> models = Workflow.models();
        int payloads = 0;
        int valid = 0;
        int invalid = 0;
        for (Model model : models) {
            DifferentialReport report = DifferentialCheck.run(model, GENERATOR, SEED + payloads, PAYLOADS_PER_MODEL);
            report.assertAgreement();
            report.assertGeneratedValidPayloadsAccepted();
            payloads += report.payloads();
            valid += report.acceptedByBoth();
            invalid += report.rejectedByBoth();
        }
        assertThat(payloads).as("payloads compared over %d models", models.size()).isGreaterThanOrEqualTo(1_000);
        assertThat(valid).as("valid payloads").isGreaterThan(payloads / 4);
        assertThat(invalid).as("invalid payloads").isGreaterThan(payloads / 4);
    }
}
