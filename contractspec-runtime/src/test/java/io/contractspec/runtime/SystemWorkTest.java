package io.contractspec.runtime;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.runtime.Fixtures.CANCELLED;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("contractspec.status");
    private static final AttributeKey<String> FAILED_STAGE = AttributeKey.stringKey("contractspec.failed_stage");

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
    void aStandardErrorTheTaskDoesNotDeclareKeepsItsStandardStatus() {
        assertThatThrownBy(() -> harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            throw new ContractException(StandardCode.NOT_FOUND, "Instance inst-1 is gone.");
        })).isInstanceOf(ContractException.class);

        assertThat(heard).containsExactly("started workflow.timer.expire", "failed HANDLER NOT_FOUND",
                "completed workflow.timer.expire 404");
    }

    @Test
    void recordsTheOutcomeOfSystemWorkOnItsSpan() {
        harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> "fired");
        assertThatThrownBy(() -> harness.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            throw GONE.raise("Instance inst-1 moved on.");
        })).isInstanceOf(ContractException.class);

        assertThat(spans.getFinishedSpanItems())
                .extracting(span -> span.getAttributes().get(STATUS), span -> span.getAttributes().get(FAILED_STAGE))
                .containsExactly(tuple(200L, null), tuple(409L, "HANDLER"));
    }

    @Test
    void listenersHearTheWorkAsTheHandlerStageOfItsTaskWithItsDuration() {
        List<String> stages = new CopyOnWriteArrayList<>();
        AtomicReference<Duration> heardDuration = new AtomicReference<>();
        AtomicLong workNanos = new AtomicLong();
        Harness timed = new Harness(List.of(STARTED), (handlers, h) -> {}, builder -> builder.listener(new ExecutionListener() {
            @Override
            public Completion<CallOutcome> beginCall(CallParameters call) {
                return outcome -> heardDuration.set(outcome.duration());
            }

            @Override
            public Completion<StageOutcome> beginStage(StageParameters stage) {
                stages.add("begin " + stage.stage() + " of " + stage.operation().map(OperationSpec::ref).orElse(null));
                return outcome -> stages.add("end " + outcome.stage() + " "
                        + outcome.problem().map(Problem::code).orElse("passed"));
            }
        }));

        long before = System.nanoTime();
        timed.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            long started = System.nanoTime();
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            workNanos.set(System.nanoTime() - started);
            return null;
        });
        long wall = System.nanoTime() - before;

        assertThat(stages).containsExactly("begin HANDLER of workflow.timer.expire@1.0.0", "end HANDLER passed");
        assertThat(heardDuration.get().toNanos()).isBetween(workNanos.get(), wall);
    }

    @Test
    void aCommitWithEventsWakesTheDispatcherWithoutAnyoneRelaying() throws Exception {
        CountDownLatch delivered = new CountDownLatch(1);
        Harness waking = new Harness(List.of(STARTED), (handlers, h) -> {},
                builder -> builder.subscribe("latch", event -> delivered.countDown()));

        waking.executor.runAsSystem(EXPIRE, onBehalfOfStarter(), json("{}"), context -> {
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            return null;
        });

        // A bound on the wait, not a timing: the dispatcher delivers as soon as it is woken.
        assertThat(delivered.await(30, TimeUnit.SECONDS)).as("delivered by the dispatcher alone").isTrue();
        waking.executor.close();
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
