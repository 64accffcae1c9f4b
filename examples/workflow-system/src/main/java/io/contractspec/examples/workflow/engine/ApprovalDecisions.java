package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.examples.workflow.approval.ApprovalRequestRow;
import io.contractspec.examples.workflow.approval.ApprovalVisit;
import io.contractspec.examples.workflow.approval.RequestStatus;
import io.contractspec.examples.workflow.definition.ApprovalMode;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.instance.ExecutionStatus;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import java.util.List;
import java.util.Optional;

/**
 * Records an approver's decision and settles the approval step when the decisions so far decide it:
 *
 * <ul>
 *   <li>any: the first approve or reject decides;
 *   <li>all: every approver approves, or any reject rejects;
 *   <li>majority: more than half of the approvers approve, or so many did not that it cannot happen;
 *   <li>sequential: an approve asks the next approver, the last approve decides; any reject decides.
 * </ul>
 *
 * A {@code request_changes} decision counts as a reject and follows the step's
 * {@code request_changes} transition when it has one; {@code abstain} takes no side (the request
 * is withdrawn). Once the step is settled, the requests still pending are withdrawn.
 */
public final class ApprovalDecisions {

    private final InstanceEngine engine;

    public ApprovalDecisions(InstanceEngine engine) {
        this.engine = engine;
    }

    /**
     * Decides a pending request of the visit's running or waiting instance, as read with the visit. Checks of who
     * may decide are the caller's.
     */
    public ApprovalRequestRow decide(EngineCall call, WorkflowGraph graph, ApprovalVisit visit,
            ApprovalRequestRow request, String decision, String comment, JsonNode data) {
        RequestStatus status = switch (decision) {
            case "approve" -> RequestStatus.APPROVED;
            case "reject", "request_changes" -> RequestStatus.REJECTED;
            default -> RequestStatus.WITHDRAWN; // abstain
        };
        Stores stores = engine.stores();
        InstanceRow instance = visit.instance();
        StepExecutionRow execution = visit.execution();
        ApprovalRequestRow decided = stores.requests().update(call.session(),
                request.decided(status, decision, comment, call.actorId(), call.now()));
        List<ApprovalRequestRow> requests = visit.requests().stream()
                .map(row -> row.id().equals(decided.id()) ? decided : row)
                .toList();
        InstanceEngine.merge(instance, data);
        StepRow step = graph.step(execution.stepKey()).orElseThrow();
        if (step.slaSeconds() != null) { // only requests of a step with an SLA have an escalation timer
            stores.timers().deleteOfRequest(call.session(), request.id());
        }
        Optional<String> outcome = outcome(step, requests, decision);
        if (outcome.isEmpty() && step.approvalMode() == ApprovalMode.SEQUENTIAL && status != RequestStatus.REJECTED) {
            boolean asked = engine.approvals().askNext(call, instance, step, execution, requests.size());
            if (!asked) {
                boolean anyApproved = requests.stream().anyMatch(r -> r.status() == RequestStatus.APPROVED);
                outcome = Optional.of(anyApproved ? "approve" : "reject");
            }
        }
        if (outcome.isPresent()) {
            Transitions transitions = Transitions.of(step);
            Transition transition = transitions.get(outcome.get())
                    .or(() -> transitions.get("reject"))
                    .orElseThrow();
            boolean pending = requests.stream().anyMatch(ApprovalRequestRow::isPending);
            engine.take(call, instance, graph, execution, transition, null, comment, ExecutionStatus.COMPLETED, pending);
        } else {
            engine.stores().instances().update(call.session(), instance);
        }
        return decided;
    }

    /** The action that settles the step, if the decisions so far settle it. */
    static Optional<String> outcome(StepRow step, List<ApprovalRequestRow> requests, String latest) {
        long approved = requests.stream().filter(r -> r.status() == RequestStatus.APPROVED).count();
        long rejected = requests.stream().filter(r -> r.status() == RequestStatus.REJECTED).count();
        long pending = requests.stream().filter(ApprovalRequestRow::isPending).count();
        int approvers = ApprovalRequests.approvers(step).size();
        String rejection = latest.equals("request_changes") ? "request_changes" : "reject";
        ApprovalMode mode = step.approvalMode() == null ? ApprovalMode.ANY : step.approvalMode();
        return switch (mode) {
            case ANY -> latest.equals("approve") ? Optional.of("approve")
                    : rejected > 0 ? Optional.of(rejection)
                    : pending == 0 ? Optional.of("reject") : Optional.empty();
            case ALL -> rejected > 0 ? Optional.of(rejection)
                    : pending > 0 ? Optional.empty()
                    : approved > 0 ? Optional.of("approve") : Optional.of("reject");
            case MAJORITY -> approved * 2 > approvers ? Optional.of("approve")
                    : (approved + pending) * 2 <= approvers ? Optional.of(rejection) : Optional.empty();
            case SEQUENTIAL -> rejected > 0 ? Optional.of(rejection) : Optional.empty();
        };
    }
}
