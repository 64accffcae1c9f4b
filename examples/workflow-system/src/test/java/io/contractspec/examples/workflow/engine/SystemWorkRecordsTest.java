package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: work the engine does on its own runs through the runtime, so a timer firing and an
 * action step each leave an audit record naming the system and the human it ran for, and a span,
 * as a call does.
 */
class SystemWorkRecordsTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    private final TestWorkflow workflow = TestWorkflow.h2(WorkflowOptions.builder()
            .openTelemetry(telemetry)
            .extraSpecs(StepTypesTest.NOTIFY)
            .actionOperations("test.notify")
            .extraHandlers(bindings -> bindings.bind(StepTypesTest.NOTIFY, (input, context) -> json("{sent: true}")))
            .build());
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
        telemetry.close();
    }

    private List<AuditRecord> audit(String action) {
        return new JdbcAuditStore(workflow.runtime.dataSource()).query(AuditQuery.builder().action(action).build());
    }

    private List<String> spanNames() {
        return spans.getFinishedSpanItems().stream().map(SpanData::getName).toList();
    }

    @Test
    void aTimerFiringLeavesAnAuditRecordForTheStarterAndASpan() {
        designs.publish("timed",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60,"
                        + " transitions: {done: 'finished', timeout: 'late'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}",
                "{key: 'late', name: 'Late', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'timed'}").get("id").asText();
        spans.reset();

        assertThat(workflow.fireAfter(Duration.ofSeconds(60))).isEqualTo(1);

        assertThat(audit("workflow.timer.fired")).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo("system");
            assertThat(record.onBehalfOf()).isEqualTo(REQUESTER.userId());
            assertThat(record.organizationId()).isEqualTo(TestWorkflow.ORG);
            assertThat(record.input().get("instanceId").asText()).isEqualTo(id);
            assertThat(record.input().get("kind").asText()).isEqualTo("step_timeout");
        });
        assertThat(spanNames()).containsExactly("workflow.timer.fire");
        String timerTrace = audit("workflow.timer.fired").get(0).traceId();
        assertThat(workflow.eventCount("workflow.instance.completed", event -> timerTrace.equals(event.traceId())))
                .as("the events the timer caused share its trace").isEqualTo(1);
    }

    @Test
    void anActionStepLeavesAuditRecordsForThePublisherAndSpansForTheCallAndItsOutcome() {
        designs.publish("notifying",
                "{key: 'notify', name: 'Notify', type: 'action', actionConfig: {operation: 'test.notify',"
                        + " input: {to: 'ops'}}, transitions: {success: 'done', failure: 'failed'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}",
                "{key: 'failed', name: 'Failed', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'notifying'}").get("id").asText();
        spans.reset();

        workflow.fireAfter(Duration.ZERO);

        assertThat(spanNames()).containsExactly("test.notify", "workflow.action.record");
        assertThat(workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("outcome").asText())
                .isEqualTo("success");
        assertThat(audit("workflow.action.recorded")).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo("system");
            assertThat(record.onBehalfOf()).as("the publisher, whose authority the action used")
                    .isEqualTo(ADMIN.userId());
            assertThat(record.input().get("instanceId").asText()).isEqualTo(id);
            assertThat(record.input().get("succeeded").asBoolean()).isTrue();
        });
    }
}
