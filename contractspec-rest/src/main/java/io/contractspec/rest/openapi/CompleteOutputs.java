package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.sample.PayloadGenerator;
import io.contractspec.schema.sample.ReadablePayloads;
import io.contractspec.schema.sample.ScalarSamples;
import java.util.Optional;
import java.util.Random;

/**
 * Completes the output an acceptance example states only in part (what it checks) into a whole,
 * valid output: every value the example states is kept; a missing required field takes its schema
 * default, else the value other examples give a field of that name, else a value generated for its
 * type from a seed fixed by the example's key, so the document stays deterministic. A borrowed
 * value the field rejects is replaced by a generated one. Optional fields the example leaves out
 * stay out.
 */
final class CompleteOutputs {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PayloadGenerator GENERATOR = PayloadGenerator.of(ScalarSamples.sampler());

    private CompleteOutputs() {}

    /** The completed output when it is valid; empty when the stated values themselves are not. */
    static Optional<JsonNode> complete(Model model, JsonNode partial, String exampleKey, ExampleValues borrowed) {
        if (!partial.isObject()) {
            return Optional.empty();
        }
        Filler filler = new Filler(new Random(exampleKey.hashCode()), borrowed);
        ObjectNode completed = filler.object(model, partial, true);
        if (!model.validate(completed).isValid()) {
            completed = new Filler(new Random(exampleKey.hashCode()), borrowed).object(model, partial, false);
        }
        return model.validate(completed).isValid() ? Optional.of(completed) : Optional.empty();
    }

    private record Filler(Random random, ExampleValues borrowed) {

        ObjectNode object(Model model, JsonNode partial, boolean borrow) {
            ObjectNode generated = GENERATOR.valid(model, random);
            ObjectNode result = JSON.objectNode();
            for (Field field : model.fields()) {
                JsonNode stated = partial.get(field.name());
                if (stated != null) {
                    result.set(field.name(), stated(field, stated, borrow));
                } else if (field.isRequired()) {
                    Optional<JsonNode> readable = borrow
                            ? ReadablePayloads.value(model, field, borrowed::of)
                            : field.defaultValue().<JsonNode>map(JsonNode::deepCopy);
                    result.set(field.name(), readable.orElseGet(() -> generated.get(field.name())));
                }
            }
            return result;
        }

        /** A stated value, with stated nested models completed in turn. */
        private JsonNode stated(Field field, JsonNode value, boolean borrow) {
            if (!(field.type() instanceof Model nested)) {
                return value.deepCopy();
            }
            if (field.isArray() && value.isArray()) {
                ArrayNode items = JSON.arrayNode();
                value.forEach(item -> items.add(item.isObject() ? object(nested, item, borrow) : item.deepCopy()));
                return items;
            }
            return value.isObject() ? object(nested, value, borrow) : value.deepCopy();
        }
    }
}
