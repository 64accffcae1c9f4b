package io.contractspec.schema.binding;

import io.contractspec.schema.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * How a record component's declared type holds a field's value: possibly wrapped in an
 * {@code Optional}, possibly a {@code List} of elements, and the element type a codec converts.
 */
record ComponentShape(boolean optional, boolean list, Type element) {

    /**
     * The shape of the component type for the field, or an {@link IllegalArgumentException} that
     * says what does not fit and what to declare instead.
     */
    static ComponentShape of(Field field, Type declared) {
        Type optionalArgument = typeArgument(declared, Optional.class);
        boolean optional = optionalArgument != null;
        Type value = optional ? optionalArgument : declared;
        if (optional && field.isRequired() && !field.isNullable()) {
            throw new IllegalArgumentException("type " + TypeNames.of(declared)
                    + " is for optional or nullable fields, but the field is required and not nullable; declare "
                    + TypeNames.of(value));
        }
        boolean mayBeAbsent = field.isOptional() && field.defaultValue().isEmpty(); // a default stands in for absence
        if (value instanceof Class<?> type && type.isPrimitive() && (mayBeAbsent || field.isNullable())) {
            throw new IllegalArgumentException("primitive type " + type.getName() + " cannot be absent or null, but the field is "
                    + (field.isNullable() ? "nullable" : "optional without a default") + "; declare "
                    + TypeNames.boxed(type) + " or Optional<" + TypeNames.boxed(type) + ">");
        }
        Type listArgument = typeArgument(value, List.class);
        if (field.isArray() && listArgument == null) {
            throw new IllegalArgumentException("type " + TypeNames.of(declared) + " cannot hold an array field; declare a List");
        }
        if (!field.isArray() && listArgument != null) {
            throw new IllegalArgumentException("type " + TypeNames.of(declared) + " is a List, but the field is not an array");
        }
        Type element = field.isArray() ? listArgument : value;
        if (!(element instanceof Class<?>) && !(element instanceof ParameterizedType)) {
            throw new IllegalArgumentException("type " + TypeNames.of(declared) + " has an element type "
                    + TypeNames.of(element) + " that is not concrete; declare a class such as String");
        }
        return new ComponentShape(optional, field.isArray(), element);
    }

    /** The type argument of {@code Raw<Argument>}; null when the type is not {@code raw}. */
    private static Type typeArgument(Type type, Class<?> raw) {
        if (type == raw) {
            throw new IllegalArgumentException("type " + raw.getSimpleName() + " is raw; declare its type argument");
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == raw) {
            return parameterized.getActualTypeArguments()[0];
        }
        return null;
    }
}
