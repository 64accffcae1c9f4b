package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.List;
import java.util.Random;

/**
 * Builds payloads that meet a model: optional fields come and go, nullable fields are sometimes
 * null, arrays take sizes within their bounds, and models that allow unknown fields sometimes get one.
 */
final class ValidPayloads {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Arrays without maxItems stay this many items above minItems at most, so payloads stay small. */
    private static final int EXTRA_ITEMS = 3;

    private final ScalarValues scalars;
    private final Random random;

    ValidPayloads(ScalarValues scalars, Random random) {
        this.scalars = scalars;
        this.random = random;
    }

    ObjectNode object(Model model) {
        ObjectNode node = JSON.objectNode();
        for (Field field : model.fields()) {
            if (field.isRequired() || random.nextInt(3) != 0) {
                node.set(field.name(), field(field));
            }
        }
        if (model.allowsUnknownFields() && random.nextInt(3) == 0) {
            node.put(FaultyValues.unknownFieldName(model), "accepted and ignored");
        }
        return node;
    }

    /** A value of a random variant; its tag set when the union has a discriminator. */
    private JsonNode variant(Union union) {
        Union.Variant variant = union.variants().get(random.nextInt(union.variants().size()));
        JsonNode value = value(Field.required("variant", variant.type()).build());
        union.discriminator().ifPresent(property -> ((ObjectNode) value).put(property, variant.tag()));
        return value;
    }

    JsonNode field(Field field) {
        if (field.isNullable() && random.nextInt(4) == 0) {
            return JSON.nullNode();
        }
        if (field.isMap()) {
            return map(field);
        }
        if (!field.isArray()) {
            return value(field);
        }
        int min = field.constraints().minItems().orElse(0);
        int max = Math.min(field.constraints().maxItems().orElse(min + EXTRA_ITEMS), min + EXTRA_ITEMS);
        ArrayNode array = JSON.arrayNode();
        for (int size = min + random.nextInt(max - min + 1); array.size() < size; ) {
            array.add(value(field));
        }
        return array;
    }

    private JsonNode map(Field field) {
        int min = field.constraints().minItems().orElse(0);
        int max = Math.min(field.constraints().maxItems().orElse(min + EXTRA_ITEMS), min + EXTRA_ITEMS);
        ObjectNode map = JSON.objectNode();
        for (int size = min + random.nextInt(max - min + 1); map.size() < size; ) {
            map.set("key" + map.size(), value(field));
        }
        return map;
    }

    /** One non-null value of the field's type (an item, for an array or map field). */
    JsonNode value(Field field) {
        if (field.hasConstant()) {
            return field.constant().orElseThrow();
        }
        SchemaType type = field.type();
        if (type instanceof Model model) {
            return object(model);
        }
        if (type instanceof Union union) {
            return variant(union);
        }
        if (type instanceof EnumType enumType) {
            List<String> wires = enumType.wireValues();
            return JSON.textNode(wires.get(random.nextInt(wires.size())));
        }
        return scalars.pick(field, random);
    }
}
