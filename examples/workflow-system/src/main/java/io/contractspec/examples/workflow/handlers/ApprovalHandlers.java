package io.contractspec.examples.workflow.handlers;

import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_COMMENT_ADDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DECIDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DELEGATED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.engine.ApprovalDecisions;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.EngineEvents;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.store.ApprovalCommentRow;
import io.contractspec.examples.workflow.store.ApprovalRequestRepository;
import io.contractspec.examples.workflow.store.ApprovalRequestRow;
import io.contractspec.examples.workflow.store.ApprovalVisit;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.InstanceStatus;
import io.contractspec.examples.workflow.store.RequestStatus;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;

/** Decide, delegate and comment on approval requests; the caller's inbox and single requests. */
final class ApprovalHandlers {

    private final Stores stores;
    private final ApprovalDecisions decisions;
    private final GraphCache graphs;

    ApprovalHandlers(InstanceEngine engine, GraphCache graphs) {
        this.stores = engine.stores();
        this.decisions = new ApprovalDecisions(engine);
        this.graphs = graphs;
    }

    JsonNode decide(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        String requestId = input.get("requestId").asText();
        // The request comes with its step visit, the visit's other requests and the instance, in one read.
        ApprovalVisit visit = stores.requests().visitOf(call.connection(), Access.organization(context), requestId)
                .orElseThrow(() -> Access.notFound("approval request", requestId));
        ApprovalRequestRow request = visit.request(requestId).orElseThrow();
        context.about(request.instanceId());
        Access.requireApprover(context.requirePrincipal(), request);
        String decision = input.get("decision").asText();
        if (decision.equals("delegate")) {
            throw new ContractException(StandardCode.VALIDATION_FAILED,
                    "The decision 'delegate' is not made here: delegate with workflow.approval.delegate.");
        }
        if (!request.isPending()) {
            throw Access.conflict("The request is " + request.status() + "; only pending requests are decided.");
        }
        InstanceRow instance = visit.instance();
        if (instance.status() == InstanceStatus.PAUSED || !instance.status().isActive()) {
            throw Access.conflict("The instance is " + instance.status() + "; decide once it runs again.");
        }
        ApprovalRequestRow decided = decisions.decide(call, graphs.of(call.connection(), instance.definitionId()), visit,
                request, decision, Wire.text(input, "comment"), input.get("data"));
        ObjectNode payload = EngineEvents.base(call, request.organizationId())
                .put("requestId", decided.id()).put("instanceId", decided.instanceId())
                .put("decision", decision).put("status", decided.status().wire());
        if (decided.decisionComment() != null) {
            payload.put("comment", decided.decisionComment());
        }
        context.emit(APPROVAL_DECIDED, payload);
        return Wire.request(decided);
    }

    JsonNode delegate(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        Principal principal = context.requirePrincipal();
        ApprovalRequestRow request = find(call, context, input.get("requestId").asText());
        context.about(request.instanceId());
        Access.requireApprover(principal, request);
        if (!request.isPending()) {
            throw Access.conflict("The request is " + request.status() + "; only pending requests are delegated.");
        }
        String to = input.get("delegateTo").asText();
        InstanceRow instance = instanceOf(call, request);
        if (to.equals(instance.triggeredBy())) {
            throw new ContractException("SELF_APPROVAL",
                    "The request cannot go to the instance's requester: nobody approves their own request.");
        }
        ApprovalRequestRow delegated = stores.requests().update(call.connection(), request.delegated(to, principal.userId()));
        ObjectNode payload = EngineEvents.base(call, request.organizationId())
                .put("requestId", request.id()).put("instanceId", request.instanceId())
                .put("fromApproverId", principal.userId()).put("toApproverId", to);
        String reason = Wire.text(input, "reason");
        if (reason != null) {
            payload.put("reason", reason);
        }
        context.emit(APPROVAL_DELEGATED, payload);
        return Wire.request(delegated);
    }

    JsonNode comment(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        ApprovalRequestRow request = find(call, context, input.get("requestId").asText());
        context.about(request.instanceId());
        requireCommenter(context.requirePrincipal(), request, instanceOf(call, request),
                input.path("isInternal").asBoolean(false));
        ApprovalCommentRow comment = new ApprovalCommentRow(WorkflowIds.next("cmt"), request.id(), call.actorId(),
                input.get("content").asText(), input.path("isInternal").asBoolean(false), call.now());
        stores.comments().insert(call.connection(), comment);
        context.emit(APPROVAL_COMMENT_ADDED, EngineEvents.base(call, request.organizationId())
                .put("requestId", request.id()).put("instanceId", request.instanceId())
                .put("commentId", comment.id()).put("authorId", comment.authorId())
                .put("isInternal", comment.internal()));
        return Wire.comment(comment);
    }

    JsonNode get(JsonNode input, HandlerContext context) {
        return Wire.request(find(Access.call(context), context, input.get("requestId").asText()));
    }

    /** Approvers and the requester comment; internal comments are for approvers; closed requests take none. */
    private static void requireCommenter(Principal principal, ApprovalRequestRow request, InstanceRow instance,
            boolean internal) {
        boolean approver = Access.isApprover(principal, request);
        if (!approver && !principal.userId().equals(instance.triggeredBy())) {
            throw new ContractException(StandardCode.FORBIDDEN,
                    "Only the request's approvers and the instance's requester comment on it.");
        }
        if (internal && !approver) {
            throw new ContractException(StandardCode.FORBIDDEN, "Only the request's approvers add internal comments.");
        }
        if (!request.isPending() || !instance.status().isActive()) {
            throw Access.conflict("The request is closed (" + request.status() + ", instance " + instance.status()
                    + "); it takes no more comments.");
        }
    }

    private InstanceRow instanceOf(EngineCall call, ApprovalRequestRow request) {
        return stores.instances().find(call.connection(), request.organizationId(), request.instanceId()).orElseThrow();
    }

    private ApprovalRequestRow find(EngineCall call, HandlerContext context, String id) {
        return stores.requests().find(call.connection(), Access.organization(context), id)
                .orElseThrow(() -> Access.notFound("approval request", id));
    }
}
