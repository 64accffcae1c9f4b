package io.contractspec.graphql.internal;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.contractspec.core.result.StandardCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The response map of an execution, every error carrying {@code extensions.code}, {@code status}
 * and {@code traceId}: errors graphql-java raised itself (a syntax error, an unknown field, a
 * variable that does not coerce) are BAD_REQUEST when nothing ran, INTERNAL_ERROR otherwise.
 */
public final class Responses {

    private Responses() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(ExecutionResult result, String traceId) {
        Map<String, Object> response = result.toSpecification();
        Object errors = response.get("errors");
        if (!(errors instanceof List<?> list)) {
            return response;
        }
        boolean requestError = !response.containsKey("data");
        List<Object> completed = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object error = list.get(i);
            GraphQLError source = i < result.getErrors().size() ? result.getErrors().get(i) : null;
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) error);
            Map<String, Object> extensions = copy.get("extensions") instanceof Map<?, ?> existing
                    ? new LinkedHashMap<>((Map<String, Object>) existing) : new LinkedHashMap<>();
            if (!extensions.containsKey("code") && isInvalidVariable(source)) {
                extensions.put("code", StandardCode.VALIDATION_FAILED.code());
                extensions.put("status", StandardCode.VALIDATION_FAILED.status());
                extensions.put("issues", List.of(Map.of("path", "", "code", "invalid", "message", source.getMessage())));
            } else if (!extensions.containsKey("code")) {
                StandardCode code = requestError ? StandardCode.BAD_REQUEST : StandardCode.INTERNAL_ERROR;
                extensions.put("code", code.code());
                extensions.put("status", code.status());
                extensions.put("issues", List.of());
            }
            extensions.remove("classification");
            extensions.putIfAbsent("traceId", traceId);
            copy.put("extensions", extensions);
            completed.add(copy);
        }
        response.put("errors", completed);
        return response;
    }

    /**
     * A variable that does not coerce to its type (a missing mandatory field, a scalar its check
     * rejects) is invalid input, VALIDATION_FAILED as on REST; other validation errors are about
     * the document.
     */
    private static boolean isInvalidVariable(GraphQLError error) {
        return error != null && error.getErrorType() == ErrorType.ValidationError
                && !(error instanceof graphql.validation.ValidationError);
    }

    /** The status of the first error of a response without data (400 when it has none). */
    @SuppressWarnings("unchecked")
    public static int requestErrorStatus(Map<String, Object> response) {
        Object errors = response.get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> error
                && error.get("extensions") instanceof Map<?, ?> extensions
                && extensions.get("status") instanceof Integer status) {
            return status;
        }
        return 400;
    }
}
