package io.contractspec.graphql.internal;

import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import io.contractspec.core.result.StandardCode;
import java.util.Map;
import java.util.Optional;

/**
 * Depth and complexity limits, checked once per document (with parsing and validation, so a
 * cached document is not measured again): a document over a limit is refused before any field
 * runs, with a BAD_REQUEST error that says which limit and by how much. Depth counts a root field
 * as 1; complexity counts every selected field once. Introspection ({@code __schema}, {@code __type})
 * is not counted: its shape is fixed by the schema (graphql-java's good-faith introspection check
 * bounds it), and the standard introspection query is deeper than any sensible limit for data.
 */
final class QueryLimits {

    private final GraphQLSchema schema;
    private final int maxDepth;
    private final int maxComplexity;

    QueryLimits(GraphQLSchema schema, int maxDepth, int maxComplexity) {
        this.schema = schema;
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    /** The error of a document over a limit; empty when it is within both. */
    Optional<GraphQLError> check(Document document, String operationName, Map<String, Object> variables) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(CoercedVariables.of(variables))
                .build();
        int[] measured = traverser.reducePreOrder((field, acc) -> {
            int depth = depthOf(field);
            return depth == 0 ? acc : new int[] {Math.max(acc[0], depth), acc[1] + 1};
        }, new int[] {0, 0});
        if (measured[0] > maxDepth) {
            return Optional.of(refuse("The query is " + measured[0] + " levels deep; at most " + maxDepth + " are allowed."));
        }
        if (measured[1] > maxComplexity) {
            return Optional.of(refuse("The query selects " + measured[1] + " fields (its complexity); at most "
                    + maxComplexity + " are allowed."));
        }
        return Optional.empty();
    }

    /** 1 for a root field, 2 for its children…; 0 inside introspection. */
    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
            String name = at.getField().getName();
            if (name.equals("__schema") || name.equals("__type")) {
                return 0;
            }
            depth++;
        }
        return depth;
    }

    private static GraphQLError refuse(String detail) {
        return ProblemErrors.forRequest(StandardCode.BAD_REQUEST, detail, null);
    }
}
