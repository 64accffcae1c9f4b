package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RestResponse;
import io.contractspec.rest.internal.OperationRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The responses of an operation: its success, the other responses its REST transport documents,
 * every error it declares, and every standard error
 * the pipeline can produce for it (by the rules of {@link StandardErrors}), one entry per status
 * with the codes that share it; every error response is a problem document.
 */
final class Responses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Responses() {}

    static ObjectNode of(OperationRoute route, DocContext context) {
        OperationSpec operation = route.operation();
        ObjectNode responses = JSON.objectNode();
        responses.set(Integer.toString(operation.successStatus()), success(route, context.exampleValues()));
        operation.transport().restResponses().forEach(declared ->
                responses.set(Integer.toString(declared.status()), other(operation, declared)));
        errorsByStatus(route).forEach((status, causes) ->
                responses.set(Integer.toString(status), error(operation, status, causes, context)));
        return responses;
    }

    private static ObjectNode success(OperationRoute route, ExampleValues borrowed) {
        OperationSpec operation = route.operation();
        ObjectNode response = JSON.objectNode().put("description", "Success: " + operation.output().name() + ".");
        ObjectNode headers = Components.traceHeaders();
        if (route.inputFromQuery() && operation.pagination().isPresent()) {
            headers.putObject("Link").put("description", "RFC 8288 rel=\"next\": this request with '"
                            + operation.pagination().get().inputToken() + "' set to the next page's cursor;"
                            + " absent on the last page.")
                    .putObject("schema").put("type", "string");
        }
        response.set("headers", headers);
        ObjectNode media = response.putObject("content").putObject("application/json");
        media.set("schema", Components.refTo(operation.output()));
        ObjectNode examples = Examples.outputs(operation, borrowed);
        if (examples != null) {
            media.set("examples", examples);
        }
        return response;
    }

    /** A documented response besides the success: the output without examples, or no body (204, 3xx). */
    private static ObjectNode other(OperationSpec operation, RestResponse declared) {
        ObjectNode response = JSON.objectNode().put("description",
                (declared.carriesOutput() ? operation.output().name() + ": " : "") + sentence(declared.when()));
        response.set("headers", Components.traceHeaders());
        if (declared.carriesOutput()) {
            response.putObject("content").putObject("application/json").set("schema",
                    Components.refTo(operation.output()));
        }
        return response;
    }

    private static ObjectNode error(OperationSpec operation, int status, List<String> causes, DocContext context) {
        ObjectNode response = JSON.objectNode().put("description", String.join(" ", causes));
        ObjectNode headers = Components.traceHeaders();
        if (status == 429) {
            headers.putObject("Retry-After").put("description", "Seconds to wait before retrying.")
                    .putObject("schema").put("type", "integer").put("minimum", 1);
        }
        if (status == 401) {
            headers.putObject("WWW-Authenticate").put("description", "The authentication challenge.")
                    .putObject("schema").put("type", "string");
        }
        response.set("headers", headers);
        ObjectNode media = response.putObject("content").putObject("application/problem+json");
        media.set("schema", context.components().problemRef());
        ObjectNode examples = Examples.problems(operation, status);
        if (examples != null) {
            media.set("examples", examples);
        }
        return response;
    }

    /** Status → "CODE: when." lines, standard causes first, then declared errors in declaration order. */
    static Map<Integer, List<String>> errorsByStatus(OperationRoute route) {
        Map<Integer, List<String>> byStatus = new TreeMap<>();
        StandardErrors.of(route).forEach((code, why) ->
                byStatus.computeIfAbsent(code.status(), status -> new ArrayList<>()).add(code.code() + ": " + why));
        for (ErrorSpec error : route.operation().errors()) {
            List<String> causes = byStatus.computeIfAbsent(error.status(), status -> new ArrayList<>());
            String line = error.code() + ": " + sentence(error.when());
            if (!causes.contains(line)) {
                causes.add(line);
            }
        }
        return byStatus;
    }

    private static String sentence(String text) {
        if (text.isEmpty()) {
            return "declared by the operation.";
        }
        return text.endsWith(".") ? text : text + ".";
    }

    static boolean needsPrincipal(Policy policy) {
        return policy.auth() != AuthLevel.ANONYMOUS
                || !policy.roles().isEmpty() || !policy.anyRole().isEmpty()
                || !policy.permissions().isEmpty() || !policy.anyPermission().isEmpty();
    }
}
