package io.contractspec.schema.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.ValidationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayloadGeneratorTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Samples whose invalid values every scalar rule rejects, so every mutation must be caught. */
    private static final ScalarSampler BASIC = new ScalarSampler() {
        @Override
        public List<JsonNode> valid(Scalar scalar) {
            return switch (scalar.jsonType()) {
                case STRING -> List.of(JSON.textNode("hello"), JSON.textNode("AB-123"));
                case INTEGER -> List.of(JSON.numberNode(0), JSON.numberNode(42));
                case NUMBER -> List.of(JSON.numberNode(new BigDecimal("2.5")));
                case BOOLEAN -> List.of(JSON.booleanNode(true));
                case OBJECT -> List.of(JSON.objectNode().put("k", 1));
                case ANY -> List.of(JSON.textNode("any"), JSON.arrayNode().add(1));
            };
        }

        @Override
        public List<JsonNode> invalid(Scalar scalar) {
            return scalar.jsonType() == JsonType.INTEGER ? List.of(JSON.numberNode(new BigDecimal("0.5"))) : List.of();
        }
    };

    static final EnumType COLOUR = EnumType.of("Colour", "red", "green");

    static final Model PART = Model.builder("Part")
            .field(Field.required("code", Scalar.STRING).pattern("^[A-Z]{2}-[0-9]{3}$"))
            .field(Field.required("count", Scalar.INT).minimum(1).maximum(9))
            .field(Field.optional("colour", COLOUR).nullable())
            .build();

    static final Model ORDER = Model.builder("Order")
            .field(Field.required("name", Scalar.STRING).minLength(2).maxLength(5))
            .field(Field.required("weight", Scalar.FLOAT).minimum(new BigDecimal("0.5")))
            .field(Field.required("parts", PART).array().minItems(1).maxItems(3))
            .field(Field.optional("flags", Scalar.BOOLEAN).array().nullable())
            .optional("extra", Scalar.JSON)
            .optional("labels", Scalar.JSON_OBJECT)
            .required("colour", COLOUR)
            .build();

    private final PayloadGenerator generator = PayloadGenerator.of(BASIC);

    @Test
    void sameSeedGivesSamePayloads() {
        assertThat(generate(7)).isEqualTo(generate(7));
        assertThat(generate(7)).isNotEqualTo(generate(8));
    }

    @Test
    void validPayloadsAreAccepted() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            JsonNode payload = generator.valid(ORDER, random);
            assertThat(ORDER.validate(payload).issues()).as("%s", payload).isEmpty();
        }
    }

    @Test
    void everyMutationIsRejectedWithAnIssueAtItsPath() {
        Random random = new Random(2);
        for (int i = 0; i < 1000; i++) {
            GeneratedPayload generated = generator.invalid(ORDER, random);
            Mutation mutation = generated.mutation().orElseThrow();
            ValidationResult result = ORDER.validate(generated.payload());
            assertThat(result.issues()).as("%s", generated).extracting(Diagnostic::path).contains(mutation.path());
        }
    }

    @Test
    void coversEveryKindOfMutationAndReachesIntoArraysOfModels() {
        Random random = new Random(3);
        Set<MutationKind> seen = EnumSet.noneOf(MutationKind.class);
        boolean insideArrayOfModels = false;
        for (int i = 0; i < 2000; i++) {
            Mutation mutation = generator.invalid(ORDER, random).mutation().orElseThrow();
            seen.add(mutation.kind());
            insideArrayOfModels |= mutation.path().matches("parts\\[\\d+]\\..+");
        }
        assertThat(seen).containsExactlyInAnyOrder(MutationKind.values());
        assertThat(insideArrayOfModels).isTrue();
    }

    @Test
    void mixesValidAndInvalidPayloads() {
        Random random = new Random(4);
        List<GeneratedPayload> payloads = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            payloads.add(generator.next(ORDER, random));
        }
        assertThat(payloads).anyMatch(GeneratedPayload::intendedValid).anyMatch(p -> !p.intendedValid());
    }

    @Test
    void failsClearlyWhenNoCandidateMeetsAPattern() {
        Model model = Model.builder("Strict").field(Field.required("code", Scalar.STRING).pattern("^zz[0-9]{9}$")).build();

        assertThatThrownBy(() -> generator.valid(model, new Random(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'code'")
                .hasMessageContaining("default value");
    }

    @Test
    void usesTheDefaultValueToMeetAPattern() {
        Model model = Model.builder("Strict")
                .field(Field.required("code", Scalar.STRING).pattern("^zz[0-9]{9}$").defaultValue("zz123456789"))
                .build();

        assertThat(model.validate(generator.valid(model, new Random(6))).isValid()).isTrue();
    }

    private List<String> generate(long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            out.add(generator.next(ORDER, random).toString());
        }
        return out;
    }
}
