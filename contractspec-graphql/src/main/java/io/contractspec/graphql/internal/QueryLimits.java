package io.contractspec.graphql.internal;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.contractspec.core.result.StandardCode;
import java.util.List;

/**
 * Depth and complexity limits, refusing a request before any field runs with a BAD_REQUEST error
 * that says which limit it exceeded and by how much. Introspection ({@code __schema},
 * {@code __type}) is not counted: its shape is fixed by the schema (graphql-java's good-faith
 * introspection check bounds it), and the standard introspection query is deeper than any
 * sensible limit for data.
 */
public final class QueryLimits {

    private QueryLimits() {}

    public static SimplePerformantInstrumentation depth(int maxDepth) {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                ExecutionContext execution = parameters.getExecutionContext();
                int depth = QueryTraverser.newQueryTraverser()
                        .schema(execution.getGraphQLSchema())
                        .document(execution.getDocument())
                        .operationName(execution.getExecutionInput().getOperationName())
                        .coercedVariables(execution.getCoercedVariables())
                        .build()
                        .reducePreOrder((field, deepest) -> Math.max(deepest, depthOf(field)), 0);
                if (depth > maxDepth) {
                    throw refuse("The query is " + depth + " levels deep; at most " + maxDepth + " are allowed.");
                }
                return super.beginExecuteOperation(parameters, state);
            }
        };
    }

    public static MaxQueryComplexityInstrumentation complexity(int maxComplexity) {
        return new MaxQueryComplexityInstrumentation(maxComplexity,
                (field, children) -> isIntrospection(field.getField().getName()) ? 0 : 1 + children) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int max) {
                return refuse("The query selects " + complexity + " fields (its complexity); at most " + max
                        + " are allowed.");
            }
        };
    }

    /** 1 for a root field, 2 for its children…; 0 inside introspection. */
    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
            if (isIntrospection(at.getField().getName())) {
                return 0;
            }
            depth++;
        }
        return depth;
    }

    private static boolean isIntrospection(String fieldName) {
        return fieldName.equals("__schema") || fieldName.equals("__type");
    }

    private static AbortExecutionException refuse(String detail) {
        return new AbortExecutionException(List.of(ProblemErrors.forRequest(StandardCode.BAD_REQUEST, detail, null)));
    }
}
