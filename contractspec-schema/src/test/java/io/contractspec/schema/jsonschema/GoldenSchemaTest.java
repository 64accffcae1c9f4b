package io.contractspec.schema.jsonschema;

import static io.contractspec.schema.jsonschema.ProjectionFixtures.COFFEE_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The projected document, byte for byte: key order, number forms and $defs placement are part of the contract. */
class GoldenSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void projectsSmallModelExactlyAsTheGoldenFile() throws IOException {
        String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JsonSchemaProjection.of(COFFEE_ORDER));

        assertThat(actual).isEqualToNormalizingNewlines(golden("CoffeeOrder.schema.json").stripTrailing());
    }

    @Test
    void givesByteIdenticalOutputForEqualInput() throws IOException {
        String first = JSON.writeValueAsString(JsonSchemaProjection.of(COFFEE_ORDER));

        assertThat(JSON.writeValueAsString(JsonSchemaProjection.of(COFFEE_ORDER))).isEqualTo(first);
        assertThat(JSON.writeValueAsString(JsonSchemaProjection.of(COFFEE_ORDER.toBuilder().build()))).isEqualTo(first);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenSchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
