package io.contractspec.graphql.internal;

import graphql.Scalars;
import graphql.schema.GraphQLScalarType;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.Field;
import io.contractspec.schema.Scalar;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GraphQL scalar of each contract scalar. String, Boolean, Float and ID are GraphQL's own
 * (they accept what ours accept; ID, as GraphQL defines it, also reads an integer literal as its
 * decimal string). An Int field whose declared minimum and maximum lie within 32 bits is GraphQL's
 * {@code Int}; any other Int is the custom scalar {@code Long} (our Int is 64-bit). Every other
 * scalar is a custom scalar of the same name whose coercion runs the contract's own check, so a
 * value GraphQL accepts is exactly a value the contract accepts.
 */
public final class ContractScalars {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final Map<String, GraphQLScalarType> custom = new LinkedHashMap<>();

    /** The GraphQL scalar for a field of scalar type. */
    public GraphQLScalarType forField(Field field, Scalar scalar) {
        if (scalar == Scalar.INT) {
            return fitsInt(field.constraints()) ? Scalars.GraphQLInt : custom("Long", scalar,
                    "A whole number from -2^63 to 2^63-1 (a JSON number; GraphQL's Int is 32-bit).");
        }
        return forScalar(scalar);
    }

    /** The GraphQL scalar for a contract scalar outside a field (Int becomes Long). */
    public GraphQLScalarType forScalar(Scalar scalar) {
        if (scalar == Scalar.STRING) {
            return Scalars.GraphQLString;
        }
        if (scalar == Scalar.BOOLEAN) {
            return Scalars.GraphQLBoolean;
        }
        if (scalar == Scalar.FLOAT) {
            return Scalars.GraphQLFloat;
        }
        if (scalar == Scalar.ID) {
            return Scalars.GraphQLID;
        }
        if (scalar == Scalar.INT) {
            return custom("Long", scalar, "A whole number from -2^63 to 2^63-1 (a JSON number; GraphQL's Int is 32-bit).");
        }
        return custom(scalar.name(), scalar, scalar.description());
    }

    private GraphQLScalarType custom(String name, Scalar scalar, String description) {
        return custom.computeIfAbsent(name, key -> GraphQLScalarType.newScalar()
                .name(name)
                .description(description)
                .coercing(new ScalarCoercing(scalar))
                .build());
    }

    private static boolean fitsInt(Constraints constraints) {
        return constraints.minimum().filter(min -> min.compareTo(INT_MIN) >= 0).isPresent()
                && constraints.maximum().filter(max -> max.compareTo(INT_MAX) <= 0).isPresent();
    }
}
