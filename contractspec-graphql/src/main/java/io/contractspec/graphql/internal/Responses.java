package io.contractspec.graphql.internal;

import graphql.ExecutionResult;
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
        for (Object error : list) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) error);
            Map<String, Object> extensions = copy.get("extensions") instanceof Map<?, ?> existing
                    ? new LinkedHashMap<>((Map<String, Object>) existing) : new LinkedHashMap<>();
            if (!extensions.containsKey("code")) {
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
