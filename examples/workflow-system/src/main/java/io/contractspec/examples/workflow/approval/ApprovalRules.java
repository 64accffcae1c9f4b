package io.contractspec.examples.workflow.approval;

import io.contractspec.runtime.Principal;
import io.contractspec.runtime.authorization.RecordRule;

/**
 * Who may decide an approval request, declared once and enforced by the runtime: the handlers of
 * the operations it is declared for call {@code context.authorize(request)}, and a refused caller
 * gets 403 with nothing changed.
 */
public final class ApprovalRules {

    /**
     * Decide and delegate: the assignee of a user's request, or a holder of a role request's role.
     * A role request's approver id ({@code role:<role>}) is never matched against user ids: a user
     * whose id reads {@code role:manager} is not every manager.
     */
    public static final RecordRule ASSIGNEE_OR_ROLE_HOLDER = RecordRule.of(ApprovalRequestRow.class,
            ApprovalErrors.NOT_ASSIGNEE, ApprovalRules::isApprover);

    private ApprovalRules() {}

    static boolean isApprover(Principal principal, ApprovalRequestRow request) {
        return request.approverRole() == null
                ? principal.userId().equals(request.approverId())
                : principal.hasRole(request.approverRole());
    }
}
