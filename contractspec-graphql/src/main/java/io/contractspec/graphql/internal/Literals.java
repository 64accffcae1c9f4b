package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON as a GraphQL literal, for printing default values and scalar values in SDL. */
final class Literals {

    private Literals() {}

    static Value<?> toLiteral(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NullValue.of();
        }
        if (node.isTextual()) {
            return StringValue.of(node.textValue());
        }
        if (node.isBoolean()) {
            return BooleanValue.of(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return IntValue.of(node.bigIntegerValue().intValue()).transform(b -> b.value(node.bigIntegerValue()));
        }
        if (node.isNumber()) {
            return FloatValue.newFloatValue(node.decimalValue()).build();
        }
        if (node.isArray()) {
            List<Value> values = new ArrayList<>();
            node.forEach(item -> values.add(toLiteral(item)));
            return ArrayValue.newArrayValue().values(values).build();
        }
        List<ObjectField> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            fields.add(new ObjectField(entry.getKey(), toLiteral(entry.getValue())));
        }
        return ObjectValue.newObjectValue().objectFields(fields).build();
    }
}
