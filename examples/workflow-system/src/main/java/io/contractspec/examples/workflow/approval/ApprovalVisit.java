package io.contractspec.examples.workflow.approval;

import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import java.util.List;
import java.util.Optional;

/** An open or closed visit to an approval step as a decision reads it: the instance, the visit and its requests. */
public record ApprovalVisit(InstanceRow instance, StepExecutionRow execution, List<ApprovalRequestRow> requests) {

    public ApprovalVisit {
        requests = List.copyOf(requests);
    }

    public Optional<ApprovalRequestRow> request(String id) {
        return requests.stream().filter(request -> request.id().equals(id)).findFirst();
    }
}
