package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.examples.workflow.approval.ApprovalRequestRow;
import io.contractspec.examples.workflow.approval.RequestStatus;
import io.contractspec.examples.workflow.definition.ApprovalMode;
import io.contractspec.examples.workflow.definition.DefinitionRow;
import io.contractspec.examples.workflow.definition.DefinitionStatus;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Records with the fixed ids the contracts' examples name (wf-expense-approval, inst-456,
 * req-789, …), written straight through the repositories in one transaction.
 */
final class Seed {

    static final Instant AT = Instant.parse("2024-12-31T12:00:00Z");

    private final WorkflowRuntime runtime;
    private final String organization;

    Seed(WorkflowRuntime runtime, String organization) {
        this.runtime = runtime;
        this.organization = organization;
    }

    /** Active: start → manager-approval (role manager, any) → finance-approval (role finance) → approved / rejected. */
    Seed expenseApproval() {
        return definition("wf-expense-approval", "expense-approval", "Expense Approval", DefinitionStatus.ACTIVE,
                step("start", StepType.START, "{next: 'manager-approval'}"),
                approval("manager-approval", "manager", "{approve: 'finance-approval', reject: 'rejected'}"),
                approval("finance-approval", "finance", "{approve: 'approved', reject: 'rejected'}"),
                step("approved", StepType.END, "{}"),
                step("rejected", StepType.END, "{}"));
    }

    /** Active: collect-documents (task) → security-review (role security) → done. */
    Seed vendorOnboarding() {
        return definition("wf-vendor-onboarding", "vendor-onboarding", "Vendor Onboarding", DefinitionStatus.ACTIVE,
                step("collect-documents", StepType.TASK, "{submit: 'security-review'}"),
                approval("security-review", "security", "{approve: 'done', reject: 'done'}"),
                step("done", StepType.END, "{}"));
    }

    /** A draft; with steps, its graph is valid. */
    Seed policyException(boolean withSteps) {
        StepRow[] steps = withSteps ? new StepRow[] {
                step("submit", StepType.START, "{next: 'approved'}"), step("approved", StepType.END, "{}")}
                : new StepRow[0];
        return definition("wf-policy-exception", "policy-exception", "Policy Exception", DefinitionStatus.DRAFT, steps);
    }

    Seed emptyDraft() {
        return definition("wf-empty-draft", "empty-draft", "Empty Draft", DefinitionStatus.DRAFT);
    }

    /** An expense approval instance in the given status, at the given step (which gets an open visit). */
    Seed expenseInstance(String id, InstanceStatus status, InstanceStatus beforePause, String stepKey) {
        return instance(id, "wf-expense-approval", "expense-approval", status, beforePause, stepKey);
    }

    Seed instance(String id, String definitionId, String workflowKey, InstanceStatus status, InstanceStatus beforePause,
            String stepKey) {
        return write(session -> {
            InstanceRow instance = new InstanceRow(id, organization, definitionId, workflowKey, "u-requester", 50,
                    "exp-" + id, "expense", null, AT)
                    .status(status).statusBeforePause(beforePause).startedAt(AT)
                    .contextData((ObjectNode) json("{amount: 420, currency: 'CHF'}"));
            if (stepKey != null) {
                instance.currentStep("step-" + definitionId + "-" + stepKey, stepKey);
            } else {
                instance.completedAt(AT).outcome("approve");
            }
            runtime.stores().instances().insert(session, instance);
            if (stepKey != null) {
                StepRow step = runtime.stores().steps().ofDefinition(session, definitionId).stream()
                        .filter(candidate -> candidate.key().equals(stepKey)).findFirst().orElseThrow();
                runtime.stores().executions().insert(session,
                        StepExecutionRow.entered("exec-" + id, id, step, null, AT));
            }
        });
    }

    /** A request of the instance's open visit, for role manager. */
    Seed request(String id, String instanceId, RequestStatus status) {
        return write(session -> runtime.stores().requests().insert(session, new ApprovalRequestRow(id,
                organization, instanceId, "exec-" + instanceId, ApprovalRequestRow.roleApprover("manager"), "manager",
                "Manager approval (expense-approval)", null, status, status == RequestStatus.PENDING ? null : "approve",
                null, null, status == RequestStatus.PENDING ? null : AT, null, null, null, 0, 0,
                (ObjectNode) json("{amount: 420}"), AT, 0)));
    }

    private Seed definition(String id, String key, String name, DefinitionStatus status, StepRow... steps) {
        return write(session -> {
            runtime.stores().definitions().insert(session, new DefinitionRow(id, organization, key, name, null, 1,
                    status, "manual", null, null, null, null, AT, AT, status == DefinitionStatus.ACTIVE ? AT : null, 0));
            int order = 0;
            for (StepRow step : steps) {
                runtime.stores().steps().insert(session, new StepRow("step-" + id + "-" + step.key(), id, step.key(),
                        step.name(), null, step.type(), order++, step.transitions(), step.approvalMode(),
                        step.approverRoles(), List.of(), null, null, null));
            }
        });
    }

    private static StepRow step(String key, StepType type, String transitions) {
        return new StepRow(null, null, key, title(key), null, type, 0, (ObjectNode) json(transitions), null, List.of(),
                List.of(), null, null, null);
    }

    private static StepRow approval(String key, String role, String transitions) {
        return new StepRow(null, null, key, title(key), null, StepType.APPROVAL, 0, (ObjectNode) json(transitions),
                ApprovalMode.ANY, List.of(role), List.of(), null, null, null);
    }

    private static String title(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('-', ' ');
    }

    private interface Work {
        void run(JdbcSession session) throws SQLException;
    }

    /** Writes through a session of its own unit of work, as a handler would, and commits. */
    private Seed write(Work work) {
        try {
            new JdbcUnitOfWork(runtime.dataSource()).run(transaction -> {
                work.run(JdbcSession.of(transaction));
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}
