package io.contractspec.schema;

import java.util.Optional;

/**
 * What a field's parts must agree on, checked when it is built: constraints that fit its type
 * (bounds on numbers, lengths and patterns on strings, item counts on arrays and maps), ranges the
 * right way round, an array or a map but not both, and no null constant.
 */
final class FieldShapes {

    private FieldShapes() {}

    static void check(Field field) {
        String name = field.name();
        SchemaType type = field.type();
        Constraints constraints = field.constraints();
        boolean array = field.isArray();
        boolean map = field.isMap();
        JsonType kind = type.jsonType();
        boolean numeric = type instanceof Scalar && (kind == JsonType.INTEGER || kind == JsonType.NUMBER);
        boolean textual = type instanceof Scalar && kind == JsonType.STRING;
        if (!numeric && (constraints.minimum().isPresent() || constraints.maximum().isPresent())) {
            throw new IllegalArgumentException(
                    "field '" + name + "': minimum/maximum need a numeric scalar, not " + type.name());
        }
        if (!textual
                && (constraints.minLength().isPresent()
                        || constraints.maxLength().isPresent()
                        || constraints.pattern().isPresent())) {
            throw new IllegalArgumentException(
                    "field '" + name + "': minLength/maxLength/pattern need a string scalar, not " + type.name());
        }
        if (!array && !map && (constraints.minItems().isPresent() || constraints.maxItems().isPresent())) {
            throw new IllegalArgumentException("field '" + name + "': minItems/maxItems need an array or map field");
        }
        if (array && map) {
            throw new IllegalArgumentException("field '" + name + "': a field is an array or a map, not both");
        }
        if (field.hasNullableItems() && !array && !map) {
            throw new IllegalArgumentException("field '" + name + "': nullable items need an array or map field");
        }
        if (field.hasConstant() && field.constantOrNull().isNull()) {
            throw new IllegalArgumentException("field '" + name + "': the constant must not be null (use nullable)");
        }
        if (constraints.minimum().isPresent()
                && constraints.maximum().isPresent()
                && constraints.minimum().get().compareTo(constraints.maximum().get()) > 0) {
            throw new IllegalArgumentException("field '" + name + "': minimum is greater than maximum");
        }
        checkRange(name, constraints.minLength(), constraints.maxLength(), "minLength", "maxLength");
        checkRange(name, constraints.minItems(), constraints.maxItems(), "minItems", "maxItems");
    }

    private static void checkRange(String name, Optional<Integer> min, Optional<Integer> max, String minName, String maxName) {
        if (min.isPresent() && min.get() < 0 || max.isPresent() && max.get() < 0) {
            throw new IllegalArgumentException("field '" + name + "': " + minName + "/" + maxName + " must be >= 0");
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            throw new IllegalArgumentException("field '" + name + "': " + minName + " is greater than " + maxName);
        }
    }
}
