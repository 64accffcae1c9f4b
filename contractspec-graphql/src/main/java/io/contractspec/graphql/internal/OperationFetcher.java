package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs one operation for a root field: the {@code input} argument as JSON, the request's call
 * context, {@link OperationExecutor#execute}, then the output, or the problem as a field error
 * (the field is null, the rest of the response stands).
 */
public final class OperationFetcher implements DataFetcher<Object> {

    private final OperationExecutor executor;
    private final OperationSpec operation;
    private final boolean connection;

    public OperationFetcher(OperationExecutor executor, OperationSpec operation) {
        this.executor = executor;
        this.operation = operation;
        this.connection = Connections.itemsOf(operation).isPresent();
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        RequestContext request = environment.getGraphQlContext().get(RequestContext.KEY);
        JsonNode input = operation.input().map(model -> input(model, environment.getArgument(SchemaFactory.INPUT))).orElse(null);
        CallResult result = executor.execute(operation.key(), operation.version(), input, request.callContext());
        if (result instanceof CallResult.Success success) {
            return connection ? Connections.page(operation, success.output()) : success.output();
        }
        return DataFetcherResult.newResult()
                .error(ProblemErrors.forField(((CallResult.Failure) result).problem(),
                        environment.getExecutionStepInfo().getPath(), List.of(environment.getField().getSourceLocation())))
                .build();
    }

    /** The argument as the contract's JSON; an omitted argument (all fields optional) is {@code {}}. */
    private static JsonNode input(Model model, Object argument) {
        if (argument == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode json = JsonLiterals.fromValue(argument);
        dropNullsOfOptionalFields(model, json);
        return json;
    }

    /**
     * GraphQL lets a client send null for any nullable input field; the contract distinguishes an
     * omitted optional field from a null one. A null for an optional field that is not nullable means
     * "not given", as a GraphQL client intends it.
     */
    private static void dropNullsOfOptionalFields(Model model, JsonNode json) {
        if (!(json instanceof ObjectNode object)) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Field field = model.field(entry.getKey()).orElse(null);
            if (field == null) {
                continue;
            }
            if (entry.getValue().isNull() && field.isOptional() && !field.isNullable()) {
                entries.remove();
            } else if (field.type() instanceof Model nested) {
                if (field.isArray()) {
                    entry.getValue().forEach(item -> dropNullsOfOptionalFields(nested, item));
                } else {
                    dropNullsOfOptionalFields(nested, entry.getValue());
                }
            }
        }
    }
}
