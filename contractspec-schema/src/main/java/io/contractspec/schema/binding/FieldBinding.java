package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.internal.Describe;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One model field bound to one record component: presence, null and array handling around the
 * codec of its values. Absent and null read as {@code null} or {@code Optional.empty()}.
 */
final class FieldBinding {

    private final Field field;
    private final int position;
    private final Function<Object, Object> accessor;
    private final ComponentShape shape;
    private final ValueCodec codec;

    FieldBinding(Field field, int position, Function<Object, Object> accessor, ComponentShape shape, ValueCodec codec) {
        this.field = field;
        this.position = position;
        this.accessor = accessor;
        this.shape = shape;
        this.codec = codec;
    }

    /** The component's position in the canonical constructor. */
    int position() {
        return position;
    }

    /** The constructor argument for this component, from the payload object holding the field. */
    Object read(JsonNode object) {
        JsonNode node = object.get(field.name());
        if (node == null && field.defaultValue().isPresent()) {
            node = field.defaultValue().get(); // what the runtime fills in before handlers read the input
        }
        if (node == null && field.isRequired()) {
            throw new Failure("is required").atField(field.name());
        }
        if (node != null && node.isNull() && !field.isNullable()) {
            throw new Failure("must not be null").atField(field.name());
        }
        if (node == null || node.isNull()) {
            return shape.optional() ? Optional.empty() : null;
        }
        try {
            Object value = shape.list() ? readList(node) : codec.read(node);
            return shape.optional() ? Optional.of(value) : value;
        } catch (Failure e) {
            throw e.atField(field.name());
        }
    }

    /** Adds the field to {@code out}: omitted when optional and unset, JSON null when nullable and unset. */
    void write(Object record, ObjectNode out) {
        Object value = component(record);
        if (value == null) {
            if (field.isOptional()) {
                return;
            }
            if (!field.isNullable()) {
                throw new Failure("is required, but the component is " + (shape.optional() ? "empty" : "null"))
                        .atField(field.name());
            }
            out.putNull(field.name());
            return;
        }
        try {
            out.set(field.name(), shape.list() ? writeList((List<?>) value) : codec.write(value));
        } catch (Failure e) {
            throw e.atField(field.name());
        } catch (ClassCastException e) {
            throw new Failure("holds a value of the wrong type: " + e.getMessage(), e).atField(field.name());
        }
    }

    private Object component(Object record) {
        Object value = accessor.apply(record);
        return shape.optional() && value != null ? ((Optional<?>) value).orElse(null) : value;
    }

    private List<Object> readList(JsonNode node) {
        if (!node.isArray()) {
            throw new Failure("expected an array, got " + Describe.kind(node));
        }
        Object[] items = new Object[node.size()];
        for (int i = 0; i < items.length; i++) {
            JsonNode item = node.get(i);
            if (item.isNull()) {
                throw new Failure("array items must not be null").atIndex(i);
            }
            try {
                items[i] = codec.read(item);
            } catch (Failure e) {
                throw e.atIndex(i);
            }
        }
        return List.of(items);
    }

    private ArrayNode writeList(List<?> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(values.size());
        int index = 0;
        for (Object value : values) {
            if (value == null) {
                throw new Failure("array items must not be null").atIndex(index);
            }
            try {
                array.add(codec.write(value));
            } catch (Failure e) {
                throw e.atIndex(index);
            }
            index++;
        }
        return array;
    }
}
