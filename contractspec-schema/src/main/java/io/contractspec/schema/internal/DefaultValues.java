package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/**
 * Fills in the declared defaults of absent optional fields, nested models and arrays of models
 * included. A payload that lacks no default is returned as it is (no copy: the runtime calls this
 * on every call); otherwise a copy is filled and the original left alone.
 */
public final class DefaultValues {

    private DefaultValues() {}

    public static JsonNode apply(Model model, JsonNode payload) {
        if (!(payload instanceof ObjectNode object) || !lacksDefault(model, object)) {
            return payload;
        }
        ObjectNode copy = object.deepCopy();
        fill(model, copy);
        return copy;
    }

    private static boolean lacksDefault(Model model, ObjectNode object) {
        for (Field field : model.fields()) {
            JsonNode value = object.get(field.name());
            if (value == null) {
                if (field.defaultValue().isPresent()) {
                    return true;
                }
            } else if (field.type() instanceof Model nested && anyNestedLacks(nested, field, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNestedLacks(Model nested, Field field, JsonNode value) {
        if (field.isArray() && value instanceof ArrayNode items) {
            for (JsonNode item : items) {
                if (item instanceof ObjectNode element && lacksDefault(nested, element)) {
                    return true;
                }
            }
            return false;
        }
        return value instanceof ObjectNode element && lacksDefault(nested, element);
    }

    private static void fill(Model model, ObjectNode object) {
        for (Field field : model.fields()) {
            JsonNode value = object.get(field.name());
            if (value == null) {
                field.defaultValue().ifPresent(declared -> object.set(field.name(), declared.deepCopy()));
            } else if (field.type() instanceof Model nested) {
                if (field.isArray() && value instanceof ArrayNode items) {
                    items.forEach(item -> fillElement(nested, item));
                } else {
                    fillElement(nested, value);
                }
            }
        }
    }

    private static void fillElement(Model nested, JsonNode value) {
        if (value instanceof ObjectNode element) {
            fill(nested, element);
        }
    }
}
