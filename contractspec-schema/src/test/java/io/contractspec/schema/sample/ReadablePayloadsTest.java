package io.contractspec.schema.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReadablePayloadsTest {

    private static final EnumType STATUS = EnumType.of("Status", "open", "closed");
    private static final Model LINE = Model.builder("Line").required("sku", Scalar.NON_EMPTY_STRING).build();
    private static final Model ORDER = Model.builder("Order")
            .required("orderId", Scalar.ID)
            .required("status", STATUS)
            .field(Field.required("quantity", Scalar.INT).minimum(2).maximum(9))
            .field(Field.optional("priority", Scalar.INT).defaultValue(5))
            .required("placedAt", Scalar.DATE_TIME)
            .field(Field.required("lines", LINE).array().minItems(1))
            .optional("note", Scalar.STRING)
            .build();

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void fillsRequiredFieldsWithReadableValuesTheModelAccepts() {
        JsonNode payload = ReadablePayloads.of(ORDER, name -> Optional.empty()).orElseThrow();

        assertThat(payload.toString()).isEqualTo("{\"orderId\":\"order-id-1\",\"status\":\"open\",\"quantity\":2,"
                + "\"placedAt\":\"2026-01-15T09:30:00Z\",\"lines\":[{\"sku\":\"sku-1\"}]}");
        assertThat(ORDER.validate(payload).isValid()).isTrue();
    }

    @Test
    void prefersKnownValuesThatFitAndAddsKnownOptionalOnes() throws Exception {
        Function<String, Optional<JsonNode>> known = ReadablePayloads.knownValues(List.of(
                json("{\"orderId\": \"ord-42\", \"quantity\": 50, \"nested\": {\"note\": \"rush\"}}")));

        JsonNode payload = ReadablePayloads.of(ORDER, known).orElseThrow();

        assertThat(payload.path("orderId").asText()).isEqualTo("ord-42");
        assertThat(payload.path("quantity").asInt()).as("50 is above the maximum").isEqualTo(2);
        assertThat(payload.path("note").asText()).isEqualTo("rush");
    }
}
