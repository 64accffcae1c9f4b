package io.contractspec.schema.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every scalar is either inlined as its own fragment or defined once under its name and referenced. */
class ScalarPlacementTest {

    static final java.util.List<Scalar> SCALARS = Scalar.all();

    @ParameterizedTest(name = "{0}")
    @FieldSource("SCALARS")
    void inlinesSmallFragmentsAndSharesLargeOnes(Scalar scalar) {
        Model model = Model.builder("Holder").required("value", scalar).optional("other", scalar).build();

        ObjectNode document = JsonSchemaProjection.of(model);

        if (SharedScalars.isShared(scalar)) {
            assertThat(document.at("/properties/value/$ref").asText()).isEqualTo("#/$defs/" + scalar.name());
            assertThat(document.at("/properties/other/$ref").asText()).isEqualTo("#/$defs/" + scalar.name());
            assertThat(document.at("/$defs/" + scalar.name() + "/title").asText()).isEqualTo(scalar.name());
        } else {
            assertThat(document.at("/properties/value")).isEqualTo(Keywords.notNull(scalar.jsonSchema()));
            assertThat(document.has("$defs")).isFalse();
        }
    }
}
