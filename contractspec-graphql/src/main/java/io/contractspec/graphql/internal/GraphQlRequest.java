package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.result.StandardCode;
import java.util.Map;

/**
 * One GraphQL request as GraphQL over HTTP and graphql-transport-ws carry it: {@code query},
 * optional {@code operationName} and {@code variables}. {@link #of} reports a malformed one as a
 * {@link Refusal} that names the member.
 */
public record GraphQlRequest(String query, String operationName, Map<String, Object> variables) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public GraphQlRequest {
        variables = variables == null ? Map.of() : variables;
    }

    /** The request in a JSON object (a POST body, a subscribe payload). */
    @SuppressWarnings("unchecked")
    public static GraphQlRequest of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new Refusal(StandardCode.BAD_REQUEST, "The request must be a JSON object with a 'query' string.");
        }
        JsonNode query = body.get("query");
        if (query == null || !query.isTextual()) {
            throw new Refusal(StandardCode.BAD_REQUEST, "'query' must be a string holding the GraphQL document.");
        }
        JsonNode operationName = body.get("operationName");
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            throw new Refusal(StandardCode.BAD_REQUEST, "'operationName' must be a string or null.");
        }
        JsonNode variables = body.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            throw new Refusal(StandardCode.BAD_REQUEST, "'variables' must be a JSON object or null.");
        }
        Map<String, Object> values = variables == null || variables.isNull() ? Map.of() : MAPPER.convertValue(variables, Map.class);
        return new GraphQlRequest(query.textValue(),
                operationName == null || operationName.isNull() ? null : operationName.textValue(), values);
    }
}
