package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a field of an operation's JSON output. Objects and arrays of objects stay JSON (the next
 * level reads them); enum and scalar leaves become the plain values graphql-java serializes, except
 * the JSON scalars, which keep their tree.
 */
final class JsonFieldFetcher implements DataFetcher<Object> {

    static final JsonFieldFetcher INSTANCE = new JsonFieldFetcher();

    private JsonFieldFetcher() {}

    @Override
    public Object get(DataFetchingEnvironment environment) {
        Object source = environment.getSource();
        if (!(source instanceof JsonNode parent)) {
            return null;
        }
        JsonNode value = parent.get(environment.getField().getName());
        if (value == null || value.isNull()) {
            return null;
        }
        return convert(value, GraphQLTypeUtil.unwrapNonNull(environment.getFieldType()));
    }

    private static Object convert(JsonNode value, GraphQLType type) {
        if (type instanceof GraphQLList list && value.isArray()) {
            GraphQLType element = GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
            if (element instanceof GraphQLObjectType || element instanceof GraphQLUnionType) {
                return value;
            }
            List<Object> items = new ArrayList<>(value.size());
            value.forEach(item -> items.add(convert(item, element)));
            return items;
        }
        if (type instanceof GraphQLObjectType || type instanceof GraphQLUnionType || isJsonScalar(type)) {
            return value;
        }
        return JsonLiterals.plain(value);
    }

    private static boolean isJsonScalar(GraphQLType type) {
        return type instanceof GraphQLScalarType scalar
                && (scalar.getName().equals("JSON") || scalar.getName().equals("JSONObject"));
    }
}
