package io.contractspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.internal.Names;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a {@link Model}.
 *
 * <p>{@code optional} means the key may be absent; {@code nullable} means the value may be JSON
 * {@code null}. They are independent: an optional, non-nullable field may be left out but not sent
 * as {@code null}. An {@code array} field holds a JSON array whose items have the field's type; a
 * {@code map} field holds a JSON object whose values (under any key) have the field's type. Items
 * and map values are never null unless the field has {@code nullableItems}. Value constraints and
 * {@code constant} apply to each item or map value.
 */
@PublicApi
public final class Field {

    private final String name;
    private final SchemaType type;
    private final boolean optional;
    private final boolean nullable;
    private final boolean array;
    private final boolean map;
    private final boolean nullableItems;
    private final JsonNode constant;
    private final String description;
    private final JsonNode defaultValue;
    private final Constraints constraints;
    /** Computed when first asked for; 0 until then. */
    private int hash;

    private Field(Builder builder) {
        this.name = Names.requireIdentifier(builder.name, "Field name");
        this.type = Objects.requireNonNull(builder.type, () -> "field '" + name + "' has no type");
        this.optional = builder.optional;
        this.nullable = builder.nullable;
        this.array = builder.array;
        this.map = builder.map;
        this.nullableItems = builder.nullableItems;
        this.constant = builder.constant;
        this.description = builder.description;
        this.defaultValue = builder.defaultValue;
        this.constraints = constraints(builder, name);
        FieldShapes.check(this);
    }

    private static Constraints constraints(Builder builder, String name) {
        try {
            return builder.constraints();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + name + "': " + e.getMessage(), e);
        }
    }

    /** A field that must be present. */
    public static Builder required(String name, SchemaType type) {
        return new Builder(name, type);
    }

    /** A field that may be absent. */
    public static Builder optional(String name, SchemaType type) {
        return new Builder(name, type).optional();
    }

    public Builder toBuilder() {
        return toBuilder(name, type);
    }

    /** A builder for a field like this one in every other part, under another name or of another type. */
    public Builder toBuilder(String newName, SchemaType newType) {
        Builder builder = new Builder(newName, newType);
        builder.optional = optional;
        builder.nullable = nullable;
        builder.array = array;
        builder.map = map;
        builder.nullableItems = nullableItems;
        builder.constant = constant;
        builder.description = description;
        builder.defaultValue = defaultValue;
        builder.minimum = constraints.minimumOrNull();
        builder.maximum = constraints.maximumOrNull();
        builder.minLength = constraints.minLengthOrNull();
        builder.maxLength = constraints.maxLengthOrNull();
        builder.pattern = constraints.pattern().orElse(null);
        builder.minItems = constraints.minItemsOrNull();
        builder.maxItems = constraints.maxItemsOrNull();
        return builder;
    }

    public String name() {
        return name;
    }

    public SchemaType type() {
        return type;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isRequired() {
        return !optional;
    }

    public boolean isNullable() {
        return nullable;
    }

    public boolean isArray() {
        return array;
    }

    /** The field holds a JSON object of values of its type under any keys (additionalProperties). */
    public boolean isMap() {
        return map;
    }

    /** The items of an array field, or the values of a map field, may be JSON {@code null}. */
    public boolean hasNullableItems() {
        return nullableItems;
    }

    /** A copy of the one value the field (each item of an array or map field) must have. */
    public Optional<JsonNode> constant() {
        return Optional.ofNullable(constant).map(JsonNode::deepCopy);
    }

    public boolean hasConstant() {
        return constant != null;
    }

    /** The constant itself, not a copy (for validators, which must not modify it); null when none. */
    public JsonNode constantOrNull() {
        return constant;
    }

    public String description() {
        return description;
    }

    /** A copy of the value a reader should assume when the field is absent (documentation and defaults). */
    public Optional<JsonNode> defaultValue() {
        return Optional.ofNullable(defaultValue).map(JsonNode::deepCopy);
    }

    public Constraints constraints() {
        return constraints;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field other
                && name.equals(other.name)
                && type.equals(other.type)
                && optional == other.optional
                && nullable == other.nullable
                && array == other.array
                && map == other.map
                && nullableItems == other.nullableItems
                && JsonValues.equal(constant, other.constant)
                && description.equals(other.description)
                && JsonValues.equal(defaultValue, other.defaultValue)
                && constraints.equals(other.constraints);
    }

    @Override
    public int hashCode() {
        int result = hash;
        if (result == 0) {
            result = Objects.hash(name, type.name(), optional, nullable, array, map, nullableItems,
                    JsonValues.hash(constant), description, JsonValues.hash(defaultValue), constraints);
            hash = result;
        }
        return result;
    }

    @Override
    public String toString() {
        String item = nullableItems ? "(" + type.name() + " | null)" : type.name();
        String shape = array ? item + "[]" : map ? "{[key]: " + item + "}" : item;
        return name + (optional ? "?" : "") + ": " + shape + (nullable ? " | null" : "");
    }

    /** Fluent builder; obtained from {@link Field#required} or {@link Field#optional}. */
    public static final class Builder {
        private final String name;
        private final SchemaType type;
        private boolean optional;
        private boolean nullable;
        private boolean array;
        private boolean map;
        private boolean nullableItems;
        private JsonNode constant;
        private String description = "";
        private JsonNode defaultValue;
        private BigDecimal minimum;
        private BigDecimal maximum;
        private Integer minLength;
        private Integer maxLength;
        private String pattern;
        private Integer minItems;
        private Integer maxItems;

        private Builder(String name, SchemaType type) {
            this.name = name;
            this.type = type;
        }

        public Builder optional() {
            this.optional = true;
            return this;
        }

        public Builder nullable() {
            this.nullable = true;
            return this;
        }

        /** The field holds a JSON array of values of its type. */
        public Builder array() {
            this.array = true;
            return this;
        }

        /** The field holds a JSON object whose values, under any keys, are of its type. */
        public Builder map() {
            this.map = true;
            return this;
        }

        /** The items of an array field, or the values of a map field, may be JSON {@code null}. */
        public Builder nullableItems() {
            this.nullableItems = true;
            return this;
        }

        /** The one value the field (each item of an array or map field) must have (JSON Schema {@code const}). */
        public Builder constant(JsonNode value) {
            this.constant = Objects.requireNonNull(value, "constant").deepCopy();
            return this;
        }

        public Builder constant(String value) {
            return constant(JsonNodeFactory.instance.textNode(value));
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public Builder defaultValue(JsonNode value) {
            this.defaultValue = Objects.requireNonNull(value, "default value").deepCopy();
            return this;
        }

        public Builder defaultValue(String value) {
            return defaultValue(JsonNodeFactory.instance.textNode(value));
        }

        public Builder defaultValue(long value) {
            return defaultValue(JsonNodeFactory.instance.numberNode(value));
        }

        public Builder defaultValue(boolean value) {
            return defaultValue(JsonNodeFactory.instance.booleanNode(value));
        }

        public Builder minimum(long minimum) {
            return minimum(BigDecimal.valueOf(minimum));
        }

        public Builder minimum(BigDecimal minimum) {
            this.minimum = Objects.requireNonNull(minimum, "minimum");
            return this;
        }

        public Builder maximum(long maximum) {
            return maximum(BigDecimal.valueOf(maximum));
        }

        public Builder maximum(BigDecimal maximum) {
            this.maximum = Objects.requireNonNull(maximum, "maximum");
            return this;
        }

        public Builder minLength(int minLength) {
            this.minLength = minLength;
            return this;
        }

        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /** An ECMA-262 regular expression that string values must contain a match of. */
        public Builder pattern(String pattern) {
            this.pattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        public Builder minItems(int minItems) {
            this.minItems = minItems;
            return this;
        }

        public Builder maxItems(int maxItems) {
            this.maxItems = maxItems;
            return this;
        }

        String name() {
            return name;
        }

        private Constraints constraints() {
            Constraints built = new Constraints(minimum, maximum, minLength, maxLength, pattern, minItems, maxItems);
            return built.equals(Constraints.NONE) ? Constraints.NONE : built;
        }

        public Field build() {
            return new Field(this);
        }
    }
}
