package io.contractspec.schema.binding;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Short, readable names of Java types for error messages: {@code Optional<List<Long>>}. */
final class TypeNames {

    private TypeNames() {}

    static String of(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.getSimpleName();
        }
        if (type instanceof ParameterizedType parameterized) {
            return of(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(TypeNames::of)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        return type.getTypeName();
    }

    /** The reference type to suggest instead of a primitive: {@code long → Long}. */
    static String boxed(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> "Integer";
            case "char" -> "Character";
            default -> Character.toUpperCase(primitive.getName().charAt(0)) + primitive.getName().substring(1);
        };
    }
}
