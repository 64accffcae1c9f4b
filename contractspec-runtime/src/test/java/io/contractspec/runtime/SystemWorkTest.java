package io.contractspec.runtime;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.runtime.Fixtures.CANCELLED;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** System work (timers, action outcomes) runs with a call's emit guard, ids, audit, telemetry and listener. */
class SystemWorkTest {

    private static final ErrorSpec GONE = ErrorSpec.of(StandardCode.CONFLICT, "the instance moved on");

    /** A system task: never registered, never exposed; its events are. */
    private static final OperationSpec EXPIRE = command("workflow.timer.expire", "1.0.0")
            .output(Model.builder("Nothing").allowUnknownFields().build())
            .emits(STARTED, "a timer restarts the instance")
            .error(GONE)
            .audit("workflow.timer.fired")
            .build();

    private static final Principal STARTER = Principal.of("u-7", "org-1");

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final Harness harness = new Harness(List.of(START, STARTED, CANCELLED),
            (handlers, h) -> handlers.bind(START, h.returning(Fixtures.RUNNING)),
            builder -> builder.openTelemetry(sdk).listener(new ExecutionListener() {
                @Override
                public Completion<CallOutcome> beginCall(CallParameters call) {
                    heard.add("started " + call.operationKey());
                    return outcome -> heard.add("completed " + call.operationKey() + " " + outcome.result().status());
                }

                @Override
                public Completion<StageOutcome> beginStage(StageParameters stage) {
                    return outcome -> outcome.problem()
                            .ifPresent(problem -> heard.add("failed " + outcome.stage() + " " + problem.code()));
                }
            }));

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    private CallContext onBehalfOfStarter() {
        return CallContext.builder().onBehalfOf("system:timer", STARTER).clock(harness.clock).traceId(Harness.TRACE).build();
    }

    @Test
    void commitsItsEventsAndAnAuditRecordNamingTheSystemActorAndTheHuman() {
        String result = harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{timerId: 't-1'}"), context -> {
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            return "fired";
        });

        assertThat(result).isEqualTo("fired");
        assertThat(harness.delivered()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(STARTED.key());
            assertThat(event.traceId()).isEqualTo(Harness.TRACE);
            assertThat(event.organizationId()).isEqualTo("org-1");
        });
        assertThat(harness.auditRecords()).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("workflow.timer.fired");
            assertThat(record.operation()).isEqualTo(EXPIRE.ref().toString());
            assertThat(record.actor()).isEqualTo("system:timer");
            assertThat(record.onBehalfOf()).isEqualTo("u-7");
            assertThat(record.input()).isEqualTo(json("{timerId: 't-1'}"));
        });
        assertThat(spans.getFinishedSpanItems()).singleElement().satisfies(span -> {
            assertThat(span.getName()).isEqualTo("workflow.timer.expire");
            assertThat(span.getAttributes().get(AttributeKey.stringKey("contractspec.outcome"))).isEqualTo("OK");
        });
        assertThat(heard).containsExactly("started workflow.timer.expire", "completed workflow.timer.expire 200");
    }

    @Test
    void anUndeclaredEventRollsEverythingBack() {
        assertThatThrownBy(() -> harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            context.emit(CANCELLED, json("{id: 'inst-1'}"));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("workflow.timer.expire");

        assertThat(harness.delivered()).isEmpty();
        assertThat(harness.outbox.events()).isEmpty();
        assertThat(harness.auditRecords()).isEmpty();
        assertThat(heard).containsExactly("started workflow.timer.expire", "failed HANDLER INTERNAL_ERROR",
                "completed workflow.timer.expire 500");
    }

    @Test
    void anInvalidPayloadIsRefusedEvenWhenTheWorkSwallowsTheRefusal() {
        assertThatThrownBy(() -> harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            try {
                context.emit(STARTED, json("{id: 'inst-1'}"));
            } catch (RuntimeException ignored) {
                // careless work carries on
            }
            return null;
        })).isInstanceOf(IllegalStateException.class);

        assertThat(harness.outbox.events()).isEmpty();
        assertThat(harness.auditRecords()).isEmpty();
    }

    @Test
    void aDeclaredErrorComesOutUnchangedAfterTheRollback() {
        assertThatThrownBy(() -> harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            throw GONE.raise("Instance inst-1 moved on.");
        })).isInstanceOf(ContractException.class).hasMessage("Instance inst-1 moved on.");

        assertThat(harness.outbox.events()).isEmpty();
        assertThat(harness.auditRecords()).isEmpty();
        assertThat(heard).contains("failed HANDLER CONFLICT", "completed workflow.timer.expire 409");
    }

    @Test
    void refusesAContextWithoutTheHumanItRunsFor() {
        CallContext anonymous = CallContext.builder().clock(harness.clock).build();

        assertThatThrownBy(() -> harness.executor.runAsSystem(EXPIRE, anonymous, json("{}"), context -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onBehalfOf");
        assertThat(heard).isEmpty();
    }

    @Test
    void emitsTypedPayloadsThroughTheSameGuard() {
        record Started(String id, String name) {}
        harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            context.emit(STARTED, new Started("inst-2", "payroll"));
            return null;
        });

        assertThat(harness.delivered()).singleElement()
                .satisfies(event -> assertThat(event.payload()).isEqualTo(json("{id: 'inst-2', name: 'payroll'}")));
    }

    @Test
    void aTypedPayloadThatDoesNotFitTheEventModelFailsAtItsFirstEmit() {
        record Wrong(String id, int size) {}

        assertThatThrownBy(() -> harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            context.emit(STARTED, new Wrong("inst-2", 3));
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
        assertThat(harness.outbox.events()).isEmpty();
    }
}
