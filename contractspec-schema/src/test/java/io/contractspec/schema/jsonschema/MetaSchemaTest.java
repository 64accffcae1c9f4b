package io.contractspec.schema.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.schema.Model;
import io.contractspec.schema.differential.DifferentialModels;
import io.contractspec.schema.differential.ReferenceValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Projected documents are valid JSON Schema 2020-12, judged by the meta-schema shipped with networknt. */
class MetaSchemaTest {

    static List<Model> models() {
        List<Model> models = new ArrayList<>(DifferentialModels.all());
        models.add(ProjectionFixtures.COFFEE_ORDER);
        return models;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void projectedDocumentIsAValidSchema(Model model) {
        assertThat(ReferenceValidator.metaSchemaErrors(JsonSchemaProjection.of(model))).isEmpty();
    }

    @Test
    void metaSchemaCheckCanFail() throws Exception {
        JsonNode broken = new ObjectMapper().readTree(
                "{\"$schema\":\"" + JsonSchemaProjection.DIALECT + "\",\"type\":\"objekt\",\"minLength\":-1}");

        assertThat(ReferenceValidator.metaSchemaErrors(broken)).hasSizeGreaterThanOrEqualTo(2);
    }
}
