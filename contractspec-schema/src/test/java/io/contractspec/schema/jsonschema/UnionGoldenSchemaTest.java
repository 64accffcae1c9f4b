package io.contractspec.schema.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Union;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unions, maps, constants and nullable items, byte for byte: plain JSON Schema selects a
 * discriminated variant by requiring its tag; OpenAPI gets the {@code discriminator} keyword.
 */
class UnionGoldenSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Model CAT = Model.builder("Cat")
            .field(Field.required("kind", Scalar.STRING).constant("cat")).required("lives", Scalar.INT).build();
    private static final Model DOG = Model.builder("Dog").required("kind", Scalar.STRING).build();
    private static final Union PET = Union.builder("Pet").discriminator("kind").variant("cat", CAT).variant("dog", DOG).build();
    private static final Union ID_OR_NAME = Union.builder("IdOrName").inclusive()
            .variant(Scalar.INT).variant(Scalar.STRING).build();
    private static final Model HOME = Model.builder("Home").required("pet", PET).optional("owner", ID_OR_NAME)
            .field(Field.optional("ages", Scalar.INT).map().maxItems(2).nullableItems()).build();

    @Test
    void projectsUnionsMapsAndConstantsAsTheGoldenFile() throws IOException {
        String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JsonSchemaProjection.of(HOME));

        assertThat(actual).isEqualToNormalizingNewlines(golden("Home.schema.json").stripTrailing());
    }

    @Test
    void givesOpenApiTheDiscriminatorAndItsMapping() throws IOException {
        String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                JsonSchemaProjection.namedSchemas(List.of(HOME), SchemaRefStyle.OPENAPI_COMPONENTS).get("Pet"));

        assertThat(actual).isEqualToNormalizingNewlines(golden("Pet.openapi.json").stripTrailing());
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = UnionGoldenSchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
