package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.auth;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Condition, parallel and action steps. */
class StepTypesTest {

    /** An operation for action steps; how it behaves is up to each test. */
    static final OperationSpec NOTIFY = Contracts.command("test.notify", "1.0.0")
            .owners("@example.workflow-system")
            .description("Notifies someone, for action steps.")
            .goal("Exercise action steps.")
            .context("Tests.")
            .input(Model.builder("NotifyInput").description("Whom to notify.")
                    .optional("to", Scalar.STRING, "Recipient.").build())
            .output(Model.builder("NotifyOutput").description("Receipt.")
                    .required("sent", Scalar.BOOLEAN, "Whether it was sent.").build())
            .policy(auth(AuthLevel.USER))
            .build();

    private final AtomicInteger calls = new AtomicInteger();
    private volatile int failuresBeforeSuccess;

    private final TestWorkflow workflow = TestWorkflow.h2(WorkflowOptions.builder()
            .extraSpecs(NOTIFY)
            .actionOperations("test.notify")
            .extraHandlers(bindings -> bindings.bind(NOTIFY, (input, context) -> {
                if (calls.incrementAndGet() <= failuresBeforeSuccess) {
                    throw new ContractException(StandardCode.UNAVAILABLE, "mail server down");
                }
                return json("{sent: true}");
            }))
            .build());
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private ObjectNode instance(String id) {
        return workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
    }

    @Test
    void aConditionStepTakesTheFirstTransitionThatHoldsElseDefault() {
        designs.publish("routing",
                "{key: 'route', name: 'Route', type: 'condition', transitions: {"
                        + " big: {to: 'cfo', condition: 'data.amount > 1000'},"
                        + " foreign: {to: 'treasury', condition: \"data.currency != 'CHF'\"},"
                        + " default: 'auto'}}",
                "{key: 'cfo', name: 'CFO', type: 'end', transitions: {}}",
                "{key: 'treasury', name: 'Treasury', type: 'end', transitions: {}}",
                "{key: 'auto', name: 'Auto', type: 'end', transitions: {}}");
        assertThat(start("{amount: 5000, currency: 'EUR'}").get("outcome").asText()).isEqualTo("big");
        assertThat(start("{amount: 50, currency: 'EUR'}").get("outcome").asText()).isEqualTo("foreign");
        assertThat(start("{amount: 50, currency: 'CHF'}").get("outcome").asText()).isEqualTo("default");
    }

    @Test
    void aConditionStepWithNoMatchAndNoDefaultFailsTheInstance() {
        designs.publish("strict-routing",
                "{key: 'route', name: 'Route', type: 'condition', transitions: {"
                        + " big: {to: 'done', condition: 'data.amount > 1000'}}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        ObjectNode failed = workflow.call(REQUESTER, "workflow.instance.start",
                "{workflowKey: 'strict-routing', contextData: {amount: 1}}");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(workflow.outboxKeys()).contains("workflow.instance.failed");
    }

    private ObjectNode start(String data) {
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'routing', contextData: " + data + "}");
    }

    @Test
    void aParallelStepJoinsWhenEveryBranchIsDone() {
        designs.publish("onboarding",
                "{key: 'split', name: 'Split', type: 'parallel',"
                        + " transitions: {branches: ['legal', 'security'], next: 'done'}}",
                "{key: 'legal', name: 'Legal', type: 'task', transitions: {cleared: 'done'}}",
                "{key: 'security', name: 'Security', type: 'approval', approverUserIds: ['u-sec'],"
                        + " transitions: {approve: 'done', reject: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'onboarding'}")
                .get("id").asText();
        assertThat(instance(id).get("currentStepKey").asText()).isEqualTo("split");
        ObjectNode moved = workflow.call(REQUESTER, "workflow.instance.transition",
                "{instanceId: '" + id + "', action: 'cleared', data: {legalOk: true}}");
        assertThat(moved.get("instance").get("status").asText()).isEqualTo("waiting");
        var security = io.contractspec.runtime.Principal.of("u-sec", TestWorkflow.ORG);
        String request = workflow.call(security, "workflow.approval.list.mine", "{}").get("requests").get(0)
                .get("id").asText();
        workflow.call(security, "workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}");
        ObjectNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("next");
        assertThat(done.get("resultData").get("legalOk").asBoolean()).isTrue();
    }

    private String startAction(String config, boolean withFailure) {
        String send = "{key: 'send', name: 'Send', type: 'action', actionConfig: " + config
                + ", transitions: {success: 'sent'" + (withFailure ? ", failure: 'undeliverable'" : "") + "}}";
        String sent = "{key: 'sent', name: 'Sent', type: 'end', transitions: {}}";
        if (withFailure) {
            designs.publish("notify", send, sent, "{key: 'undeliverable', name: 'Undeliverable', type: 'end', transitions: {}}");
        } else {
            designs.publish("notify", send, sent);
        }
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'notify'}").get("id").asText();
    }

    @Test
    void anActionStepRetriesUntilItsOperationSucceeds() {
        failuresBeforeSuccess = 2;
        String id = startAction("{operation: 'test.notify', input: {to: 'u-requester'}, maxAttempts: 3,"
                + " retryDelaySeconds: 10, resultKey: 'receipt'}", true);
        assertThat(instance(id).get("status").asText()).isEqualTo("running");
        assertThat(workflow.fireAfter(Duration.ZERO)).isEqualTo(1);
        assertThat(workflow.fireAfter(Duration.ofSeconds(9))).isZero();
        assertThat(workflow.fireAfter(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(instance(id).get("status").asText()).isEqualTo("running");
        assertThat(workflow.fireAfter(Duration.ofSeconds(20))).isEqualTo(1);
        ObjectNode done = instance(id);
        assertThat(done.get("outcome").asText()).isEqualTo("success");
        assertThat(done.get("contextData").get("receipt").get("sent").asBoolean()).isTrue();
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void anActionThatAlwaysFailsFollowsItsFailureTransition() {
        failuresBeforeSuccess = Integer.MAX_VALUE;
        String id = startAction("{operation: 'test.notify', maxAttempts: 2, retryDelaySeconds: 5}", true);
        workflow.fireAfter(Duration.ZERO);
        workflow.fireAfter(Duration.ofSeconds(5));
        assertThat(instance(id).get("outcome").asText()).isEqualTo("failure");
        assertThat(calls.get()).isEqualTo(2);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE status = 'failed'")).isEqualTo(1);
    }

    @Test
    void anActionThatAlwaysFailsWithoutAFailureTransitionFailsTheInstance() {
        failuresBeforeSuccess = Integer.MAX_VALUE;
        String id = startAction("{operation: 'test.notify', maxAttempts: 1}", false);
        workflow.fireAfter(Duration.ZERO);
        ObjectNode failed = instance(id);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("errorMessage").asText()).contains("UNAVAILABLE");
    }

    @Test
    void anActionOfADefinitionWithNoRecordedPublisherFailsWithoutRunningOnTheStartersBehalf() {
        String id = startAction("{operation: 'test.notify', maxAttempts: 1}", false);
        // as a definition published before publishers were recorded
        assertThat(workflow.update("UPDATE workflow_definition SET published_by = NULL")).isEqualTo(1);

        workflow.fireAfter(Duration.ZERO);

        ObjectNode failed = instance(id);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("errorMessage").asText()).isEqualTo(
                "the definition records no publisher whose authority the action could use; publish it again");
        assertThat(calls.get()).as("the operation never ran").isZero();
        assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.action.recorded'"
                + " AND actor = 'system' AND on_behalf_of = 'u-requester'")).as("recorded for the starter").isEqualTo(1);
    }

    @Test
    void whatAnActionsOutcomeDidJoinsTheInstancesTimelineWithItsAuditRecord() {
        String id = startAction("{operation: 'test.notify', maxAttempts: 1}", false);
        workflow.fireAfter(Duration.ZERO);

        List<String> audits = new ArrayList<>();
        workflow.call(REQUESTER, "workflow.instance.timeline", "{instanceId: '" + id + "', limit: 100}").get("entries")
                .forEach(entry -> {
                    if (entry.get("kind").asText().equals("audit")) {
                        audits.add(entry.get("name").asText());
                    }
                });
        assertThat(audits).containsExactly("workflow.instance.started", "workflow.action.recorded");
    }
}
