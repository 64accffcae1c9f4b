package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.schema.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems as GraphQL errors: the message is the problem's detail (else its title) and
 * {@code extensions} carry {@code code}, {@code status}, {@code issues} (each {@code path, code,
 * message}) and {@code traceId} — what the REST surface puts in its problem document.
 */
public final class ProblemErrors {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProblemErrors() {}

    /** The error of a root field whose call failed. */
    public static GraphQLError forField(Problem problem, ResultPath path, List<SourceLocation> locations) {
        return GraphqlErrorBuilder.newError().message(message(problem)).path(path).locations(locations)
                .errorType(classification(problem.code()))
                .extensions(extensions(problem)).build();
    }

    /** An error of the whole request (nothing executed), e.g. no credentials or a limit exceeded. */
    public static GraphQLError forRequest(StandardCode code, String detail, String traceId) {
        return forRequest(Problem.of(code).detail(detail).traceId(traceId).build());
    }

    public static GraphQLError forRequest(Problem problem) {
        return GraphqlErrorBuilder.newError().message(message(problem)).errorType(classification(problem.code()))
                .extensions(extensions(problem)).build();
    }

    /** code, status, issues, traceId (and any problem metadata such as retryAfterSeconds). */
    public static Map<String, Object> extensions(Problem problem) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", problem.code());
        extensions.put("status", problem.status());
        ArrayNode issues = NODES.arrayNode();
        for (Diagnostic issue : problem.issues()) {
            ObjectNode item = issues.addObject();
            item.put("path", issue.path());
            item.put("code", issue.code());
            item.put("message", issue.message());
        }
        extensions.put("issues", issues);
        problem.traceId().ifPresent(traceId -> extensions.put("traceId", traceId));
        problem.metadata().forEach(extensions::putIfAbsent);
        return extensions;
    }

    private static String message(Problem problem) {
        return problem.detail().orElse(problem.title());
    }

    private static ErrorClassification classification(String code) {
        return ErrorClassification.errorClassification(code);
    }
}
