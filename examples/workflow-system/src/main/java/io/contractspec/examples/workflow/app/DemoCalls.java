package io.contractspec.examples.workflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.OperationExecutor;

/** Runs the demo's operations through the executor as demo users; any failure stops the load. */
final class DemoCalls {

    private final OperationExecutor executor;

    DemoCalls(OperationExecutor executor) {
        this.executor = executor;
    }

    /** Runs the operation with a JSON5 input and returns its output. */
    ObjectNode call(DemoUser user, String operation, String input) {
        return call(user, operation, Contracts.json(input));
    }

    ObjectNode call(DemoUser user, String operation, JsonNode input) {
        CallResult result = executor.execute(operation, input, CallContext.of(user.principal()));
        if (result instanceof CallResult.Failure failure) {
            throw new IllegalStateException("Loading the demo data failed: " + operation + " as " + user.id() + ": "
                    + failure.problem().code() + " " + failure.problem().detail().orElse(""));
        }
        return (ObjectNode) ((CallResult.Success) result).output();
    }

    /** Decides the approver's pending request on the instance. */
    void decide(DemoUser approver, String instanceId, String decision, String comment) {
        JsonNode requests = call(approver, "workflow.approval.list.mine", "{status: 'pending', limit: 100}").get("requests");
        for (JsonNode request : requests) {
            if (request.get("workflowInstanceId").asText().equals(instanceId)) {
                ObjectNode input = JsonNodeFactory.instance.objectNode();
                input.put("requestId", request.get("id").asText()).put("decision", decision).put("comment", comment);
                call(approver, "workflow.approval.decide", input);
                return;
            }
        }
        throw new IllegalStateException("Loading the demo data failed: " + approver.id() + " has no pending request on "
                + instanceId);
    }
}
