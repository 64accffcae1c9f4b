package io.contractspec.examples.workflow.approval;

import static io.contractspec.examples.workflow.approval.ApprovalErrors.MAY_NOT_COMMENT;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.NOT_DECIDABLE;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.NOT_PENDING;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.REQUEST_CLOSED;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.REQUEST_NOT_FOUND;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.SELF_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_COMMENT_ADDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DECIDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DELEGATED;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.approval.ApprovalCommentRow;
import io.contractspec.examples.workflow.approval.ApprovalRecords.AddCommentInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalComment;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalCommentAdded;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalDecided;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalDelegated;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalRequest;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalRequestList;
import io.contractspec.examples.workflow.approval.ApprovalRecords.DecideInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.DelegateInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ListMyApprovalsInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.RequestIdInput;
import io.contractspec.examples.workflow.approval.ApprovalRequestRepository;
import io.contractspec.examples.workflow.approval.ApprovalRequestRow;
import io.contractspec.examples.workflow.approval.ApprovalVisit;
import io.contractspec.examples.workflow.engine.ApprovalDecisions;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.examples.workflow.shared.ListPages;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.pagination.CursorCodec;

/** Decide, delegate and comment on approval requests; the caller's inbox and single requests. */
final class ApprovalHandlers {

    private final Stores stores;
    private final ApprovalDecisions decisions;
    private final GraphCache graphs;
    private final ListPages pages;

    ApprovalHandlers(InstanceEngine engine, GraphCache graphs, ListPages pages) {
        this.stores = engine.stores();
        this.decisions = new ApprovalDecisions(engine);
        this.graphs = graphs;
        this.pages = pages;
    }

    ApprovalRequest decide(DecideInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        String requestId = input.requestId();
        // The request comes with its step visit, the visit's other requests and the instance, in one read.
        ApprovalVisit visit = stores.requests().visitOf(call.session(), organization(context), requestId)
                .orElseThrow(() -> notFound(requestId));
        ApprovalRequestRow request = visit.request(requestId).orElseThrow();
        context.about(request.instanceId());
        context.authorize(request);
        String decision = input.decision();
        if (decision.equals("delegate")) {
            throw new ContractException(StandardCode.VALIDATION_FAILED,
                    "The decision 'delegate' is not made here: delegate with workflow.approval.delegate.");
        }
        if (!request.isPending()) {
            throw NOT_DECIDABLE.raise("The request is " + request.status() + "; only pending requests are decided.");
        }
        InstanceRow instance = visit.instance();
        if (instance.status() == InstanceStatus.PAUSED || !instance.status().isActive()) {
            throw NOT_DECIDABLE.raise("The instance is " + instance.status() + "; decide once it runs again.");
        }
        ApprovalRequestRow decided = decisions.decide(call, graphs.of(call.session(), instance.definitionId()), visit,
                request, decision, input.comment(), input.data());
        context.emit(APPROVAL_DECIDED, new ApprovalDecided(request.organizationId(), call.actorId(), call.now(),
                decided.id(), decided.instanceId(), decision, decided.status(), decided.decisionComment()));
        return ApprovalRequest.of(decided);
    }

    ApprovalRequest delegate(DelegateInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        Principal principal = context.requirePrincipal();
        ApprovalRequestRow request = find(call, context, input.requestId());
        context.about(request.instanceId());
        context.authorize(request);
        if (!request.isPending()) {
            throw NOT_PENDING.raise("The request is " + request.status() + "; only pending requests are delegated.");
        }
        String to = input.delegateTo();
        InstanceRow instance = instanceOf(call, request);
        if (to.equals(instance.triggeredBy())) {
            throw SELF_APPROVAL.raise(
                    "The request cannot go to the instance's requester: nobody approves their own request.");
        }
        ApprovalRequestRow delegated = stores.requests().update(call.session(), request.delegated(to, principal.userId()));
        context.emit(APPROVAL_DELEGATED, new ApprovalDelegated(request.organizationId(), call.actorId(), call.now(),
                request.id(), request.instanceId(), principal.userId(), to, input.reason()));
        return ApprovalRequest.of(delegated);
    }

    ApprovalComment comment(AddCommentInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        ApprovalRequestRow request = find(call, context, input.requestId());
        context.about(request.instanceId());
        requireCommenter(context.requirePrincipal(), request, instanceOf(call, request), input.isInternal());
        ApprovalCommentRow comment = new ApprovalCommentRow(WorkflowIds.next("cmt"), request.id(), call.actorId(),
                input.content(), input.isInternal(), call.now());
        stores.comments().insert(call.session(), comment);
        context.emit(APPROVAL_COMMENT_ADDED, new ApprovalCommentAdded(request.organizationId(), call.actorId(),
                call.now(), request.id(), request.instanceId(), comment.id(), comment.authorId(), comment.internal()));
        return ApprovalComment.of(comment);
    }

    ApprovalRequest get(RequestIdInput input, HandlerContext context) {
        return ApprovalRequest.of(find(EngineCall.of(context), context, input.requestId()));
    }

    ApprovalRequestList listMine(ListMyApprovalsInput input, HandlerContext context) {
        Principal principal = context.requirePrincipal();
        RequestStatus status = input.status();
        // The inbox depends on who asks: a cursor is bound to the user and roles it was issued to.
        String filters = CursorCodec.fingerprint("workflow.approval.list.mine", principal.organizationId(),
                principal.userId(), String.join(",", principal.roles().stream().sorted().toList()),
                status == null ? null : status.wire());
        ApprovalRequestRepository.Inbox inbox = stores.requests().inbox(EngineCall.of(context).session(),
                principal.organizationId(), principal.userId(), principal.roles(), status, input.limit(),
                input.offset(), pages.after(input.cursor(), input.offset(), filters));
        return new ApprovalRequestList(inbox.page().items().stream().map(ApprovalRequest::of).toList(),
                pages.nextCursor(inbox.page(), filters, ApprovalRequestRepository::position), inbox.page().total(),
                inbox.page().capped(), inbox.pendingCount());
    }

    /** Approvers and the requester comment; internal comments are for approvers; closed requests take none. */
    private static void requireCommenter(Principal principal, ApprovalRequestRow request, InstanceRow instance,
            boolean internal) {
        boolean approver = ApprovalRules.isApprover(principal, request);
        if (!approver && !principal.userId().equals(instance.triggeredBy())) {
            throw MAY_NOT_COMMENT.raise("Only the request's approvers and the instance's requester comment on it.");
        }
        if (internal && !approver) {
            throw MAY_NOT_COMMENT.raise("Only the request's approvers add internal comments.");
        }
        if (!request.isPending() || !instance.status().isActive()) {
            throw REQUEST_CLOSED.raise("The request is closed (" + request.status() + ", instance " + instance.status()
                    + "); it takes no more comments.");
        }
    }

    private InstanceRow instanceOf(EngineCall call, ApprovalRequestRow request) {
        return stores.instances().find(call.session(), request.organizationId(), request.instanceId()).orElseThrow();
    }

    private ApprovalRequestRow find(EngineCall call, HandlerContext context, String id) {
        return stores.requests().find(call.session(), organization(context), id).orElseThrow(() -> notFound(id));
    }

    private static ContractException notFound(String id) {
        return REQUEST_NOT_FOUND.exception("No approval request '" + id + "' in your organization.");
    }

    private static String organization(HandlerContext context) {
        return context.requirePrincipal().organizationId();
    }
}
