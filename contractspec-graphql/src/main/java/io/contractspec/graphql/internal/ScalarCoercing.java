package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.internal.ScalarFailure;
import java.util.Locale;

/**
 * Coerces a custom scalar by the contract scalar's own rule: an input (variable or literal) is
 * turned into JSON and checked exactly as the validator checks it; a rejected value fails with the
 * validator's message. Accepted values travel on as JSON nodes; outputs were validated by the
 * executor already and are written as they are.
 */
final class ScalarCoercing implements Coercing<JsonNode, Object> {

    private final Scalar scalar;

    ScalarCoercing(Scalar scalar) {
        this.scalar = scalar;
    }

    @Override
    public Object serialize(Object fetched, GraphQLContext context, Locale locale) {
        if (fetched instanceof JsonNode node) {
            return scalar.jsonType() == JsonType.ANY || scalar.jsonType() == JsonType.OBJECT ? node : JsonLiterals.plain(node);
        }
        if (fetched instanceof String || fetched instanceof Number || fetched instanceof Boolean) {
            return fetched;
        }
        throw new CoercingSerializeException(scalar.name() + " cannot serialize a " + fetched.getClass().getSimpleName());
    }

    @Override
    public JsonNode parseValue(Object input, GraphQLContext context, Locale locale) {
        JsonNode value = JsonLiterals.fromValue(input);
        ScalarFailure failure = check(value);
        if (failure != null) {
            throw new CoercingParseValueException(message(failure));
        }
        return value;
    }

    @Override
    public JsonNode parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        JsonNode value = JsonLiterals.fromLiteral(input, variables);
        ScalarFailure failure = check(value);
        if (failure != null) {
            throw new CoercingParseLiteralException(message(failure));
        }
        return value;
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return Literals.toLiteral(JsonLiterals.fromValue(input));
    }

    private ScalarFailure check(JsonNode value) {
        return value.isNull() ? new ScalarFailure("type", "null is not a " + scalar.name()) : scalar.checkValue(value);
    }

    private String message(ScalarFailure failure) {
        return "Invalid " + scalar.name() + ": " + failure.message();
    }
}
