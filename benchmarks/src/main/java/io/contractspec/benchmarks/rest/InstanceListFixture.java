package io.contractspec.benchmarks.rest;

import static io.contractspec.core.Contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.examples.workflow.instance.InstanceQueries;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.runtime.Principal;
import java.util.Set;

/**
 * The work both servers do for {@code GET /workflow/instances}: the same principal from the same
 * header, the same handler (a page of three instances, filtered by status) and the same JSON.
 */
final class InstanceListFixture {

    static final String PATH = "/workflow/instances?workflowKey=expense-approval&status=running&limit=20";
    static final String USER_HEADER = "X-User";

    private static final ArrayNode INSTANCES = instances();

    private InstanceListFixture() {}

    /** The handler of {@code workflow.instance.list}: three instances in the requested status. */
    static final OperationHandler HANDLER = (input, context) -> {
        String status = input.path("status").asText("running");
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        ArrayNode instances = page.putArray("instances");
        int limit = input.path("limit").asInt(20);
        for (int i = 0; i < Math.min(limit, INSTANCES.size()); i++) {
            instances.add(((ObjectNode) INSTANCES.get(i)).deepCopy().put("status", status));
        }
        return page.put("total", instances.size()).put("totalCapped", false);
    };

    /** The same principal for both servers: user id from a header, one organization, member role. */
    static Principal principal(String user) {
        return new Principal(user, "org-1", Set.of("member"), Set.of());
    }

    static final Authenticator AUTHENTICATOR = new Authenticator() {
        @Override
        public AuthenticationResult authenticate(RequestHeaders headers) {
            return headers.first(USER_HEADER)
                    .map(user -> AuthenticationResult.authenticated(principal(user)))
                    .orElse(AuthenticationResult.anonymous());
        }
    };

    static OperationExecutor executor() {
        ContractRegistry registry = ContractRegistry.builder().register(InstanceQueries.LIST_INSTANCES).build();
        return OperationExecutor.builder(registry)
                .handlers(bindings -> bindings.bind(InstanceQueries.LIST_INSTANCES, HANDLER))
                .build();
    }

    private static ArrayNode instances() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (int i = 1; i <= 3; i++) {
            JsonNode instance = json("{id: 'inst-" + i + "', workflowDefinitionId: 'def-1', workflowKey: 'expense-approval',"
                    + " status: 'running', currentStepKey: 'manager-approval', triggeredBy: 'user-" + i + "',"
                    + " organizationId: 'org-1', priority: 50, referenceType: 'expense', referenceId: 'exp-100" + i + "',"
                    + " contextData: {amount: 420, currency: 'CHF'}, createdAt: '2026-03-01T09:00:00Z',"
                    + " startedAt: '2026-03-01T09:00:01Z'}");
            list.add(instance);
        }
        return list;
    }
}
