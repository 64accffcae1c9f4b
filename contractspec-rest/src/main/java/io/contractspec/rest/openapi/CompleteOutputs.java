package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.sample.PayloadGenerator;
import io.contractspec.schema.sample.ScalarSamples;
import java.util.Optional;
import java.util.Random;

/**
 * Completes the output an acceptance example states only in part (what it checks) into a whole,
 * valid output: every value the example states is kept; a missing required field takes its schema
 * default, else a value generated for its type from a seed fixed by the example's key, so the
 * document stays deterministic. Optional fields the example leaves out stay out.
 */
final class CompleteOutputs {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PayloadGenerator GENERATOR = PayloadGenerator.of(ScalarSamples.sampler());

    private CompleteOutputs() {}

    /** The completed output when it is valid; empty when the stated values themselves are not. */
    static Optional<JsonNode> complete(Model model, JsonNode partial, String exampleKey) {
        if (!partial.isObject()) {
            return Optional.empty();
        }
        Random random = new Random(exampleKey.hashCode());
        ObjectNode completed = object(model, partial, random);
        return model.validate(completed).isValid() ? Optional.of(completed) : Optional.empty();
    }

    private static ObjectNode object(Model model, JsonNode partial, Random random) {
        ObjectNode generated = GENERATOR.valid(model, random);
        ObjectNode result = JSON.objectNode();
        for (Field field : model.fields()) {
            JsonNode stated = partial.get(field.name());
            if (stated != null) {
                result.set(field.name(), stated(field, stated, random));
            } else if (field.isRequired()) {
                result.set(field.name(), field.defaultValue().<JsonNode>map(JsonNode::deepCopy)
                        .orElseGet(() -> generated.get(field.name())));
            }
        }
        return result;
    }

    /** A stated value, with stated nested models completed in turn. */
    private static JsonNode stated(Field field, JsonNode value, Random random) {
        if (!(field.type() instanceof Model nested)) {
            return value.deepCopy();
        }
        if (field.isArray() && value.isArray()) {
            ArrayNode items = JSON.arrayNode();
            value.forEach(item -> items.add(item.isObject() ? object(nested, item, random) : item.deepCopy()));
            return items;
        }
        return value.isObject() ? object(nested, value, random) : value.deepCopy();
    }
}
