package io.contractspec.graphql.internal;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import java.util.List;
import java.util.Map;

/**
 * Checks a request before anything runs: an anonymous request that selects an operation needing a
 * principal (or any subscription) is refused as a whole with UNAUTHENTICATED — no field runs and
 * the response has no data; a mutation or subscription sent with GET is refused with
 * METHOD_NOT_ALLOWED (GraphQL over HTTP: GET is for queries only).
 */
public final class RequestGate extends SimplePerformantInstrumentation {

    /** GraphQLContext key set to true for a GET request. */
    public static final String READ_ONLY = RequestGate.class.getName() + ".readOnly";

    private final Map<String, OperationSpec> byRootField;

    /** @param byRootField {@code Query.<field>} and {@code Mutation.<field>} → operation */
    public RequestGate(Map<String, OperationSpec> byRootField) {
        this.byRootField = Map.copyOf(byRootField);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        RequestContext request = execution.getGraphQLContext().get(RequestContext.KEY);
        OperationDefinition.Operation kind = execution.getOperationDefinition().getOperation();
        if (kind != OperationDefinition.Operation.QUERY && execution.getGraphQLContext().getBoolean(READ_ONLY, false)) {
            throw abort(StandardCode.METHOD_NOT_ALLOWED, "A " + kind.name().toLowerCase() + " must be sent with POST.", request);
        }
        if (request.principal().isEmpty() && needsPrincipal(execution, kind)) {
            throw abort(StandardCode.UNAUTHENTICATED, "Authentication is required: send a bearer token.", request);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private boolean needsPrincipal(ExecutionContext execution, OperationDefinition.Operation kind) {
        if (kind == OperationDefinition.Operation.SUBSCRIPTION) {
            return true;
        }
        String rootType = kind == OperationDefinition.Operation.MUTATION ? "Mutation." : "Query.";
        return selects(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName(), rootType);
    }

    /** Whether any root field (through fragments too; @skip and @include are not evaluated) needs a principal. */
    private boolean selects(SelectionSet selections, Map<String, FragmentDefinition> fragments, String rootType) {
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                OperationSpec operation = byRootField.get(rootType + field.getName());
                if (operation != null && needsPrincipal(operation.policy())) {
                    return true;
                }
            } else if (selection instanceof InlineFragment inline) {
                if (selects(inline.getSelectionSet(), fragments, rootType)) {
                    return true;
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && selects(fragment.getSelectionSet(), fragments, rootType)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean needsPrincipal(Policy policy) {
        return policy.auth() != AuthLevel.ANONYMOUS || !policy.roles().isEmpty() || !policy.anyRole().isEmpty()
                || !policy.permissions().isEmpty() || !policy.anyPermission().isEmpty();
    }

    private static AbortExecutionException abort(StandardCode code, String detail, RequestContext request) {
        return new AbortExecutionException(List.of(ProblemErrors.forRequest(code, detail, request.traceId())));
    }
}
