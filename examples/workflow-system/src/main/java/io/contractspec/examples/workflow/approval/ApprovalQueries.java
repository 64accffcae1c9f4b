package io.contractspec.examples.workflow.approval;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.RestRoute.Method.GET;
import static io.contractspec.examples.workflow.approval.ApprovalEnums.APPROVAL_STATUS;
import static io.contractspec.examples.workflow.approval.ApprovalModels.APPROVAL_REQUEST;
import static io.contractspec.examples.workflow.approval.ApprovalModels.APPROVAL_REQUEST_LIST;
import static io.contractspec.examples.workflow.approval.ApprovalModels.REQUEST_ID;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.query;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.schema.Model;

/** The approval inbox and single requests. */
public final class ApprovalQueries {

    private static final Model LIST_MY_APPROVALS_INPUT = Model.builder("ListMyApprovalsInput")
            .description("Filter and page of the caller's approval inbox.")
            .optional("status", APPROVAL_STATUS, "Only requests in this status.")
            .field(Paging.LIMIT)
            .field(Paging.CURSOR)
            .field(Paging.OFFSET)
            .build();

    /** Routed under {@code /workflow/me} so that it cannot be taken for a request id. */
    public static final OperationSpec LIST_MY_APPROVALS = query("workflow.approval.list.mine", Paging.LIST_VERSION)
            .tags("workflow", "approval", "list")
            .description("List the approval requests assigned to the caller, directly or through a role.")
            .goal("Show approvers what waits for their decision.")
            .context("The approver's inbox; oldest pending first.")
            .input(LIST_MY_APPROVALS_INPUT)
            .output(APPROVAL_REQUEST_LIST)
            .rest(GET, "/workflow/me/approvals")
            .paginated("cursor", "nextCursor", "limit", "requests")
            .scenario("list-my-pending-approvals", given("A manager has one pending and one decided request"),
                    when("The manager lists pending requests"), then("One request is returned", "Pending count is 1"))
            .example("list-my-pending", json("{status: 'pending'}"), json("{total: 1, totalCapped: false, pendingCount: 1}"))
            .build();

    private static final Model REQUEST_ID_INPUT = Model.builder("ApprovalRequestIdInput")
            .description("Names one approval request.")
            .field(REQUEST_ID)
            .build();

    public static final OperationSpec GET_APPROVAL = query("workflow.approval.get")
            .tags("workflow", "approval", "get")
            .description("Get an approval request.")
            .goal("See what is to be approved, the context it was asked in, and its decision.")
            .context("The approval page, opened from the inbox or from the instance.")
            .input(REQUEST_ID_INPUT)
            .output(APPROVAL_REQUEST)
            .error(ApprovalErrors.REQUEST_NOT_FOUND)
            .rest(GET, "/workflow/approvals/{requestId}")
            .scenario("get-approval-happy-path", given("A pending approval request"),
                    when("The approver opens it"), then("Its title, status and context snapshot are returned"))
            .example("get-approval-request", json("{requestId: 'req-789'}"),
                    json("{id: 'req-789', workflowInstanceId: 'inst-456', status: 'pending'}"))
            .exampleError("get-unknown-request", json("{requestId: 'req-missing'}"), "NOT_FOUND")
            .build();

    private ApprovalQueries() {}
}
