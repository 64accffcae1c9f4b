package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Payloads that were not parsed by Jackson's interning parser, and fractional values against bounds. */
class PayloadFieldNamesTest {

    @Test
    void fieldNamesAreMatchedByValueNotByIdentity() {
        Model model = Model.builder("M")
                .field(Field.required("a", Scalar.STRING))
                .field(Field.required("b", Scalar.INT))
                .build();
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put(new String("b"), "x"); // a key equal to, but not the same string as, the field's name

        assertThat(Issues.of(model.validate(payload))).containsExactly("required@a", "type@b");
    }

    @Test
    void fractionalValuesMeetBoundsInclusively() {
        Model model = Model.builder("M").field(Field.required("p", Scalar.FLOAT)
                .minimum(new BigDecimal("2")).maximum(new BigDecimal("3"))).build();
        ObjectNode payload = JsonNodeFactory.instance.objectNode();

        assertThat(model.validate(payload.put("p", 2.0)).isValid()).isTrue();
        assertThat(model.validate(payload.put("p", 3.0)).isValid()).isTrue();
        assertThat(Issues.of(model.validate(payload.put("p", 1.5)))).containsExactly("minimum@p");
        assertThat(model.validate(payload.put("p", 1.5)).issues().get(0).message()).isEqualTo("must be >= 2");
        assertThat(Issues.of(model.validate(payload.put("p", 3.5)))).containsExactly("maximum@p");
    }
}
