package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.contractspec.core.result.StandardCode;
import io.contractspec.runtime.authorization.AuthorizationDecision;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One span and one duration measurement per call, through whatever OpenTelemetry the executor is given. */
class TelemetryTest {

    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("contractspec.operation");
    private static final AttributeKey<String> CHANNEL = AttributeKey.stringKey("contractspec.channel");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("contractspec.outcome");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("contractspec.status");
    private static final AttributeKey<String> FAILED_STAGE = AttributeKey.stringKey("contractspec.failed_stage");

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    private Harness harness(Consumer<ExecutorBuilder> telemetry) {
        return new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            Span.current().addEvent("handler ran");
            return switch (input.get("name").asText()) {
                case "explode" -> throw new IllegalStateException("boom");
                default -> json(RUNNING);
            };
        }), telemetry);
    }

    private Harness harness() {
        return harness(builder -> builder.openTelemetry(sdk));
    }

    @Test
    void recordsABodyRefusedInTheParseStageOnTheSpan() {
        Harness harness = harness();
        CallInput tooLarge = () -> {
            throw new InputRejectedException(StandardCode.PAYLOAD_TOO_LARGE, "The body exceeds the limit of 64 bytes.");
        };

        CallResult result = harness.executor.execute(START.key(), null, tooLarge, harness.context(alice()).build());

        assertThat(Fixtures.problemOf(result, 413, "PAYLOAD_TOO_LARGE").detail()).contains("The body exceeds the limit of 64 bytes.");
        assertThat(spans.getFinishedSpanItems()).singleElement().satisfies(span -> {
            assertThat(span.getAttributes().get(STATUS)).isEqualTo(413L);
            assertThat(span.getAttributes().get(FAILED_STAGE)).isEqualTo("PARSE_INPUT");
        });
    }

    @Test
    void readsNoInputForACallerThatFailsAuthentication() {
        Harness harness = harness();
        CallInput unreadable = () -> {
            throw new AssertionError("the input of an unauthenticated call must not be read");
        };

        CallResult result = harness.executor.execute(START.key(), null, unreadable, harness.context(null).build());

        Fixtures.problemOf(result, 401, "UNAUTHENTICATED");
        assertThat(spans.getFinishedSpanItems()).singleElement()
                .satisfies(span -> assertThat(span.getAttributes().get(FAILED_STAGE)).isEqualTo("AUTHENTICATE"));
    }

    @Test
    void recordsAnAuthorizerThatWantsTheCallerKnownAsFailingAuthentication() {
        Harness harness = harness(builder -> builder.openTelemetry(sdk)
                .authorizer(request -> AuthorizationDecision.unauthenticated("a signed-in session")));

        CallResult result = harness.call(START.key(), VALID_START, alice());

        assertThat(Fixtures.problemOf(result, 401, "UNAUTHENTICATED").detail()).contains("Denied: a signed-in session.");
        assertThat(spans.getFinishedSpanItems()).singleElement()
                .satisfies(span -> assertThat(span.getAttributes().get(FAILED_STAGE)).isEqualTo("AUTHENTICATE"));
    }

    @Test
    void recordsOneSpanPerCallNamedAfterTheOperation() {
        harness().call(START.key(), VALID_START, alice());

        assertThat(spans.getFinishedSpanItems()).singleElement().satisfies(span -> {
            assertThat(span.getName()).isEqualTo("workflow.instance.start");
            assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.getAttributes().get(OPERATION)).isEqualTo("workflow.instance.start");
            assertThat(span.getAttributes().get(CHANNEL)).isEqualTo("TEST");
            assertThat(span.getAttributes().get(STATUS)).isEqualTo(200L);
            assertThat(span.getAttributes().get(OUTCOME)).isEqualTo("OK");
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        });
    }

    @Test
    void makesTheCallSpanCurrentForTheHandler() {
        harness().call(START.key(), VALID_START, alice());

        assertThat(spans.getFinishedSpanItems()).singleElement()
                .satisfies(span -> assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("handler ran"));
    }

    @Test
    void leavesTheCallersContextAsItWasOnceTheCallReturns() {
        harness().call(START.key(), VALID_START, alice());

        assertThat(Span.current().getSpanContext().isValid()).as("the call's span is no longer current").isFalse();
    }

    @Test
    void leavesTheSpanStatusUnsetForACallersMistake() {
        harness().call(START.key(), "{}", alice());

        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getAttributes().get(STATUS)).isEqualTo(422L);
        assertThat(span.getAttributes().get(OUTCOME)).isEqualTo("VALIDATION_FAILED");
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test
    void marksTheSpanOfAServerFailureAsAnError() {
        harness().call(START.key(), VALID_START.replace("onboarding", "explode"), alice());

        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getAttributes().get(STATUS)).isEqualTo(500L);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getStatus().getDescription()).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void recordsOneDurationPerCallByOutcome() {
        Harness harness = harness();
        harness.call(START.key(), VALID_START, alice());
        harness.call(START.key(), VALID_START, alice());
        harness.call(START.key(), "{}", alice());

        MetricData duration = metrics.collectAllMetrics().stream()
                .filter(metric -> metric.getName().equals("contractspec.operation.duration"))
                .findFirst().orElseThrow();

        assertThat(duration.getUnit()).isEqualTo("s");
        assertThat(duration.getHistogramData().getPoints())
                .extracting(point -> point.getAttributes().get(OUTCOME), HistogramPointData::getCount)
                .containsExactlyInAnyOrder(
                        tuple("OK", 2L),
                        tuple("VALIDATION_FAILED", 1L));
        assertThat(duration.getHistogramData().getPoints())
                .allSatisfy(point -> assertThat(point.getAttributes().get(OPERATION)).isEqualTo("workflow.instance.start"));
    }

    @Test
    void recordsCallsOfUnknownOperationsUnderOneName() {
        Harness harness = harness();
        harness.call("attacker.chosen.key-1", "{}", alice());
        harness.call("attacker.chosen.key-2", "{}", alice());

        assertThat(spans.getFinishedSpanItems())
                .extracting(SpanData::getName, span -> span.getAttributes().get(OPERATION))
                .containsExactly(tuple("unknown", "unknown"), tuple("unknown", "unknown"));
        assertThat(metrics.collectAllMetrics()).singleElement()
                .satisfies(metric -> assertThat(metric.getHistogramData().getPoints()).singleElement()
                        .satisfies(point -> assertThat(point.getAttributes().get(OPERATION)).isEqualTo("unknown")));
    }

    @Test
    void runsWithoutAnSdk() {
        CallResult noop = harness(builder -> builder.openTelemetry(OpenTelemetry.noop())).call(START.key(), VALID_START, alice());
        CallResult global = harness(builder -> {}).call(START.key(), VALID_START, alice());

        assertThat(noop.isSuccess()).isTrue();
        assertThat(global.isSuccess()).isTrue();
        assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    @Test
    void measuresCallsWithAMeterAndNoTracer() {
        OpenTelemetrySdk metersOnly = OpenTelemetrySdk.builder()
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .build();
        harness(builder -> builder.openTelemetry(metersOnly)).call(START.key(), VALID_START, alice());

        assertThat(metrics.collectAllMetrics()).singleElement()
                .satisfies(metric -> assertThat(metric.getHistogramData().getPoints()).singleElement()
                        .satisfies(point -> assertThat(point.getCount()).isEqualTo(1L)));
        assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    @Test
    void givesTheHandlerTheTraceOfACallThatIsNotSampled() {
        InMemorySpanExporter sampledOut = InMemorySpanExporter.create();
        OpenTelemetrySdk notSampling = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(Sampler.alwaysOff())
                        .addSpanProcessor(SimpleSpanProcessor.create(sampledOut)).build())
                .build();
        AtomicReference<SpanContext> seen = new AtomicReference<>();
        Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            seen.set(Span.current().getSpanContext());
            return json(RUNNING);
        }), builder -> builder.openTelemetry(notSampling));

        harness.call(START.key(), VALID_START, alice());

        // Spans the handler starts must join the call's trace (and its "not sampled" decision).
        assertThat(seen.get().isValid()).isTrue();
        assertThat(seen.get().isSampled()).isFalse();
        assertThat(sampledOut.getFinishedSpanItems()).isEmpty();
    }
}
