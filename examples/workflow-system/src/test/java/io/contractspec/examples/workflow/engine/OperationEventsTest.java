package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.runtime.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * For each of the 18 operations' happy paths: exactly the expected events reach the outbox, in
 * order; each payload is valid for its event spec and names the caller, the organization and the
 * records involved. Queries emit nothing.
 */
class OperationEventsTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);
    private final OutboxEvents outbox = new OutboxEvents(workflow.runtime.dataSource());

    @AfterEach
    void close() {
        workflow.close();
    }

    /** Asserts the events since the mark (keys without the {@code workflow.} prefix) and returns their payloads. */
    private List<ObjectNode> emitted(Principal actor, String... keys) {
        List<OutboxEvents.Row> rows = outbox.since();
        assertThat(rows).extracting(OutboxEvents.Row::key)
                .containsExactly(java.util.Arrays.stream(keys).map(key -> "workflow." + key).toArray(String[]::new));
        List<ObjectNode> payloads = new ArrayList<>();
        for (OutboxEvents.Row row : rows) {
            EventSpec spec = workflow.runtime.registry().event(row.key()).orElseThrow();
            assertThat(spec.payload().validate(row.payload()).issues()).as(row.key() + " " + row.payload()).isEmpty();
            assertThat(row.actor()).as(row.key() + " actor").isEqualTo(actor.userId());
            assertThat(row.organizationId()).as(row.key() + " organization").isEqualTo(ORG);
            assertThat(row.payload().path("organizationId").asText()).as(row.key()).isEqualTo(ORG);
            if (row.payload().has("actorId")) {
                assertThat(row.payload().get("actorId").asText()).as(row.key()).isEqualTo(actor.userId());
            }
            payloads.add(row.payload());
        }
        outbox.mark();
        return payloads;
    }

    private static List<String> texts(List<ObjectNode> payloads, String field) {
        return payloads.stream().map(payload -> payload.path(field).asText(null)).toList();
    }

    @Test
    void definitionCommandsEmitTheirEventAboutTheDefinition() {
        outbox.mark();
        String id = workflow.call(ADMIN, "workflow.definition.create", "{name: 'Docs', key: 'docs'}").get("id").asText();
        ObjectNode created = emitted(ADMIN, "definition.created").get(0);
        assertThat(created.get("workflowId").asText()).isEqualTo(id);
        assertThat(created.get("workflowKey").asText()).isEqualTo("docs");

        workflow.call(ADMIN, "workflow.definition.update", "{workflowId: '" + id + "', name: 'Documents'}");
        ObjectNode updated = emitted(ADMIN, "definition.updated").get(0);
        assertThat(updated.get("workflowId").asText()).isEqualTo(id);
        assertThat(updated.get("changedFields")).hasSize(1);
        assertThat(updated.get("changedFields").get(0).asText()).isEqualTo("name");

        workflow.call(ADMIN, "workflow.step.add", "{workflowId: '" + id + "', key: 'collect', name: 'Collect',"
                + " type: 'task', transitions: {submit: 'done'}}");
        ObjectNode added = emitted(ADMIN, "step.added").get(0);
        assertThat(added.get("workflowId").asText()).isEqualTo(id);
        assertThat(added.get("stepKey").asText()).isEqualTo("collect");
        assertThat(added.get("stepType").asText()).isEqualTo("task");
        workflow.call(ADMIN, "workflow.step.add", "{workflowId: '" + id + "', key: 'done', name: 'Done', type: 'end',"
                + " transitions: {}}");
        outbox.mark();

        workflow.call(ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");
        ObjectNode published = emitted(ADMIN, "definition.published").get(0);
        assertThat(published.get("workflowId").asText()).isEqualTo(id);
        assertThat(published.get("stepCount").asInt()).isEqualTo(2);
    }

    @Test
    void queriesEmitNothing() {
        String definition = designs.expenseApproval();
        String instance = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        String request = workflow.call(MANAGER, "workflow.approval.list.mine", "{}").get("requests").get(0)
                .get("id").asText();
        outbox.mark();
        workflow.call(ADMIN, "workflow.definition.list", "{}");
        workflow.call(ADMIN, "workflow.definition.get", "{workflowId: '" + definition + "'}");
        workflow.call(REQUESTER, "workflow.instance.list", "{}");
        workflow.call(REQUESTER, "workflow.instance.get", "{instanceId: '" + instance + "'}");
        workflow.call(MANAGER, "workflow.approval.list.mine", "{}");
        workflow.call(MANAGER, "workflow.approval.get", "{requestId: '" + request + "'}");
        emitted(ADMIN);
    }

    @Test
    void startEmitsTheStartTheStepsItPassesAndTheRequestsItOpens() {
        String definition = designs.expenseApproval();
        outbox.mark();
        String id = workflow.call(REQUESTER, "workflow.instance.start",
                "{workflowKey: 'expense-approval', referenceId: 'exp-1', referenceType: 'expense'}").get("id").asText();
        List<ObjectNode> payloads = emitted(REQUESTER, "instance.started", "step.entered", "step.exited",
                "step.entered", "approval.requested");
        assertThat(texts(payloads, "instanceId")).containsOnly(id);
        assertThat(texts(payloads, "stepKey")).containsExactly(null, "start", "start", "manager-approval",
                "manager-approval");
        assertThat(payloads.get(0).get("workflowDefinitionId").asText()).isEqualTo(definition);
        assertThat(payloads.get(0).get("referenceId").asText()).isEqualTo("exp-1");
        assertThat(payloads.get(3).get("previousStepKey").asText()).isEqualTo("start");
        assertThat(payloads.get(4).get("approverRole").asText()).isEqualTo("manager");
    }

    @Test
    void transitionToAnEndStepEmitsTheExitTheEntryAndTheCompletion() {
        designs.publish("docs", "{key: 'collect', name: 'Collect', type: 'task', transitions: {submit: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'docs'}").get("id").asText();
        outbox.mark();
        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'submit'}");
        List<ObjectNode> payloads = emitted(REQUESTER, "step.exited", "step.entered", "step.exited",
                "instance.completed");
        assertThat(texts(payloads, "instanceId")).containsOnly(id);
        assertThat(texts(payloads, "stepKey")).containsExactly("collect", "done", "done", null);
        assertThat(payloads.get(0).get("action").asText()).isEqualTo("submit");
        assertThat(payloads.get(3).get("outcome").asText()).isEqualTo("submit");
    }

    @Test
    void pauseResumeAndCancelEmitTheInstanceAsItIsNow() {
        designs.publish("docs", "{key: 'collect', name: 'Collect', type: 'task', transitions: {submit: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'docs'}").get("id").asText();
        String[][] steps = {{"pause", "paused", "paused"}, {"resume", "resumed", "running"},
                {"cancel", "cancelled", "cancelled"}};
        for (String[] step : steps) {
            outbox.mark();
            workflow.call(REQUESTER, "workflow.instance." + step[0], "{instanceId: '" + id + "', reason: 'Why not'}");
            ObjectNode payload = emitted(REQUESTER, "instance." + step[1]).get(0);
            assertThat(payload.get("id").asText()).isEqualTo(id);
            assertThat(payload.get("status").asText()).isEqualTo(step[2]);
        }
    }

    @Test
    void approvalCommandsEmitTheirEventAboutTheRequest() {
        designs.expenseApproval();
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        String request = workflow.call(MANAGER, "workflow.approval.list.mine", "{}").get("requests").get(0)
                .get("id").asText();
        outbox.mark();
        workflow.call(MANAGER, "workflow.approval.comment.add", "{requestId: '" + request + "', content: 'Looks fine'}");
        ObjectNode comment = emitted(MANAGER, "approval.comment.added").get(0);
        assertThat(List.of(comment.get("requestId").asText(), comment.get("instanceId").asText(),
                comment.get("authorId").asText())).containsExactly(request, id, "u-manager");

        workflow.call(MANAGER, "workflow.approval.delegate", "{requestId: '" + request + "', delegateTo: 'u-deputy'}");
        ObjectNode delegated = emitted(MANAGER, "approval.delegated").get(0);
        assertThat(List.of(delegated.get("requestId").asText(), delegated.get("fromApproverId").asText(),
                delegated.get("toApproverId").asText())).containsExactly(request, "u-manager", "u-deputy");

        Principal deputy = Principal.of("u-deputy", ORG);
        workflow.call(deputy, "workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}");
        List<ObjectNode> payloads = emitted(deputy, "step.exited", "step.entered", "approval.requested",
                "approval.decided");
        assertThat(texts(payloads, "instanceId")).containsOnly(id);
        assertThat(texts(payloads, "stepKey")).containsExactly("manager-approval", "finance-approval",
                "finance-approval", null);
        assertThat(payloads.get(3).get("requestId").asText()).isEqualTo(request);
        assertThat(payloads.get(3).get("decision").asText()).isEqualTo("approve");
    }
}
