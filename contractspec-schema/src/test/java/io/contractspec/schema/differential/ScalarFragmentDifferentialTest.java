package io.contractspec.schema.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import io.contractspec.schema.sample.ScalarSampler;
import io.contractspec.schema.sample.ScalarSamples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each scalar's JSON Schema fragment accepts exactly the values its rule accepts, on its samples and
 * on one value of every JSON kind. A failure here names the scalar whose fragment and rule disagree.
 */
class ScalarFragmentDifferentialTest {

    static final List<Scalar> SCALARS = Scalar.all();

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<JsonNode> ONE_OF_EACH_KIND = List.of(
            JSON.textNode(""), JSON.textNode("x"), JSON.numberNode(0), JSON.numberNode(new BigDecimal("0.5")),
            JSON.booleanNode(false), JSON.objectNode(), JSON.arrayNode());

    private static final ScalarSampler SAMPLES = ScalarSamples.sampler();

    @ParameterizedTest(name = "{0}")
    @FieldSource("SCALARS")
    void fragmentAgreesWithRule(Scalar scalar) {
        ObjectNode document = JSON.objectNode().put("$schema", JsonSchemaProjection.DIALECT);
        document.setAll(scalar.jsonSchema());
        ReferenceValidator reference = ReferenceValidator.of(document);
        List<JsonNode> values = new ArrayList<>(SAMPLES.valid(scalar));
        values.addAll(SAMPLES.invalid(scalar));
        values.addAll(ONE_OF_EACH_KIND);

        List<String> disagreements = new ArrayList<>();
        for (JsonNode generated : values) {
            JsonNode value = WireForm.of(generated);
            List<String> errors = reference.errors(value);
            if (scalar.accepts(value) != errors.isEmpty() && !ReferenceDefects.explainsDisagreement(value)) {
                disagreements.add(value + ": rule " + (scalar.accepts(value) ? "accepts" : "rejects")
                        + ", fragment " + document + (errors.isEmpty() ? " accepts" : " rejects: " + errors));
            }
        }

        assertThat(disagreements).as("%s fragment vs rule", scalar).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SCALARS")
    void everyValidSampleIsAccepted(Scalar scalar) {
        assertThat(SAMPLES.valid(scalar)).isNotEmpty().allMatch(scalar::accepts);
    }
}
