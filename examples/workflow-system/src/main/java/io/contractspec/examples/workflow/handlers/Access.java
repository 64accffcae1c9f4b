package io.contractspec.examples.workflow.handlers;

import static io.contractspec.examples.workflow.shared.WorkflowSpecs.ADMIN_ROLE;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.store.ApprovalRequestRow;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;
import java.sql.Connection;

/** Who may do what, and the engine call of a handler: its connection, clock, actor and event sink. */
final class Access {

    private Access() {}

    static Connection connection(HandlerContext context) {
        return context.transaction().connection().orElseThrow(() ->
                new IllegalStateException("the workflow system runs on a database: configure a JDBC unit of work"));
    }

    static EngineCall call(HandlerContext context) {
        return new EngineCall(connection(context), context.now(), context.requirePrincipal().userId(), context::emit);
    }

    static String organization(HandlerContext context) {
        return context.requirePrincipal().organizationId();
    }

    static ContractException notFound(String what, String id) {
        return new ContractException(StandardCode.NOT_FOUND, "No " + what + " '" + id + "' in your organization.");
    }

    static ContractException conflict(String detail) {
        return new ContractException(StandardCode.CONFLICT, detail);
    }

    /** Pause, resume and cancel: the instance's starter or a workflow admin. */
    static void requireStarterOrAdmin(Principal principal, InstanceRow instance) {
        if (!principal.userId().equals(instance.triggeredBy()) && !principal.hasRole(ADMIN_ROLE)) {
            throw new ContractException(StandardCode.FORBIDDEN,
                    "Only the instance's starter or a " + ADMIN_ROLE + " may do this.");
        }
    }

    /** Decide and delegate: the assignee, or a holder of the request's role. */
    static void requireApprover(Principal principal, ApprovalRequestRow request) {
        if (!isApprover(principal, request)) {
            throw new ContractException(StandardCode.FORBIDDEN,
                    "You are neither the assignee of this request nor a holder of its role.");
        }
    }

    /**
     * The assignee of a user's request, or a holder of a role request's role. A role request's
     * approver id ({@code role:<role>}) is never matched against user ids: a user whose id reads
     * {@code role:manager} is not every manager.
     */
    static boolean isApprover(Principal principal, ApprovalRequestRow request) {
        return request.approverRole() == null
                ? principal.userId().equals(request.approverId())
                : principal.hasRole(request.approverRole());
    }
}
