package io.contractspec.runtime;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.INSTANCE_REF;
import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.OperationSpec;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What observers learn of a call: the stage a failing plug-in is reported under, and durations
 * that are real measurements of the call (at least the handler's own time, at most the caller's
 * wall time), in seconds for the histogram.
 */
class CallObservationTest {

    private static final OperationSpec FLAGGED = command("workflow.instance.archive", "1.0.0")
            .input(INSTANCE_REF).output(INSTANCE)
            .policy(auth(USER).flags("archiving"))
            .build();

    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
    /** How long the handler itself ran, in nanoseconds, as it measured. */
    private final AtomicLong handlerNanos = new AtomicLong();
    private final AtomicReference<Duration> heardDuration = new AtomicReference<>();

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void hearsAFailingPlugInAsAFailedCallAtTheStageItFailedInAndLogsItWithTheTraceId() {
        List<String> heard = new ArrayList<>();
        Harness harness = new Harness(List.of(FLAGGED), (bindings, h) -> bindings.bind(FLAGGED, h.returning("{}")),
                builder -> builder
                        .flags((flag, context) -> {
                            throw new IllegalStateException("flag service down");
                        })
                        .listener(new ExecutionListenerTest.Recorder("", heard)));

        try (CapturedLog executorLog = CapturedLog.of(OperationExecutor.class)) {
            harness.call(FLAGGED.key(), "{id: 'inst-1'}", alice());

            assertThat(executorLog.text())
                    .contains("Pipeline of workflow.instance.archive failed in stage AUTHORIZE (trace " + Harness.TRACE + ")")
                    .contains("flag service down");
        }
        assertThat(heard).containsExactly("started workflow.instance.archive",
                "failed AUTHORIZE INTERNAL_ERROR", "completed workflow.instance.archive 500");
    }

    private Harness timedHarness() {
        return new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            long started = System.nanoTime();
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            var output = json(RUNNING);
            handlerNanos.set(System.nanoTime() - started);
            return output;
        }), builder -> builder.openTelemetry(sdk).listener(new ExecutionListener() {
            @Override
            public Completion<CallOutcome> beginCall(CallParameters call) {
                return outcome -> heardDuration.set(outcome.duration());
            }
        }));
    }

    @Test
    void theListenerHearsTheDurationOfTheCall() {
        Harness harness = timedHarness();

        long before = System.nanoTime();
        harness.call(START.key(), VALID_START, alice());
        long wall = System.nanoTime() - before;

        assertThat(heardDuration.get().toNanos()).isBetween(handlerNanos.get(), wall);
    }

    @Test
    void theHistogramRecordsTheDurationInSeconds() {
        Harness harness = timedHarness();

        long before = System.nanoTime();
        harness.call(START.key(), VALID_START, alice());
        long wall = System.nanoTime() - before;

        HistogramPointData point = metrics.collectAllMetrics().stream()
                .filter(metric -> metric.getName().equals("contractspec.operation.duration"))
                .findFirst().orElseThrow()
                .getHistogramData().getPoints().iterator().next();
        assertThat(point.getCount()).isEqualTo(1);
        assertThat(point.getSum()).isBetween(handlerNanos.get() / 1e9, wall / 1e9);
        assertThat(point.getSum()).isCloseTo(heardDuration.get().toNanos() / 1e9, org.assertj.core.data.Offset.offset(1e-9));
    }
}
