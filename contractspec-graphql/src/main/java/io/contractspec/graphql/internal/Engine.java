package io.contractspec.graphql.internal;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.OperationExecutor;
import java.util.HashMap;
import java.util.Map;

/**
 * The schema of an executor's registry wired to the executor, with the request gate, the depth and
 * complexity limits and a document cache; runs one request for a {@link RequestContext}.
 */
public final class Engine {

    private final GraphQLSchema schema;
    private final GraphQL graphQl;
    private final boolean introspection;

    public Engine(OperationExecutor executor, EventFeed feed, int maxDepth, int maxComplexity, boolean introspection) {
        this.schema = SchemaFactory.build(executor.registry(), new SchemaFactory.RootFetchers() {
            @Override
            public graphql.schema.DataFetcher<?> operation(OperationSpec operation) {
                return new OperationFetcher(executor, operation);
            }

            @Override
            public graphql.schema.DataFetcher<?> event(io.contractspec.core.spec.EventSpec event) {
                return feed.fetcher(event);
            }
        });
        Map<String, OperationSpec> byRootField = new HashMap<>();
        SurfaceNames names = SurfaceNames.of(executor.registry().operations());
        for (OperationSpec operation : names.exposed()) {
            byRootField.put((operation.isCommand() ? "Mutation." : "Query.") + names.graphqlField(operation), operation);
        }
        this.graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(new RequestGate(byRootField))
                .preparsedDocumentProvider(new DocumentCache(new QueryLimits(schema, maxDepth, maxComplexity)))
                .doNotAutomaticallyDispatchDataLoader()
                .build();
        this.introspection = introspection;
    }

    public GraphQLSchema schema() {
        return schema;
    }

    /** Runs a request; {@code readOnly} (GET) refuses anything but a query. */
    public ExecutionResult execute(GraphQlRequest request, RequestContext context, boolean readOnly) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .graphQLContext(builder -> {
                    builder.put(RequestContext.KEY, context);
                    builder.put(RequestGate.READ_ONLY, readOnly);
                    if (!introspection) {
                        builder.put(Introspection.INTROSPECTION_DISABLED, true);
                    }
                })
                .build();
        return graphQl.execute(input);
    }
}
