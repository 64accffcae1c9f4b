package io.contractspec.runtime.internal;

import io.contractspec.runtime.Stage;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One span and one duration measurement per call, through the OpenTelemetry API (no-op without an
 * SDK). Every call passes through here, so what an unused SDK would discard is not built at all: a
 * span that records nothing gets no attributes and is not made current, and without a meter no
 * measurement is made; the measurement's attributes are built once per operation, channel and outcome.
 */
public final class Telemetry {

    /** What calls of operations that do not exist are recorded as, whatever key the caller sent. */
    public static final String UNKNOWN_OPERATION = "unknown";

    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("contractspec.operation");
    private static final AttributeKey<String> CHANNEL = AttributeKey.stringKey("contractspec.channel");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("contractspec.outcome");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("contractspec.status");
    private static final AttributeKey<String> FAILED_STAGE = AttributeKey.stringKey("contractspec.failed_stage");

    private final Tracer tracer;
    private final DoubleHistogram duration;
    private final boolean measuring;
    /** operation → channel → outcome → attributes; bounded: unknown keys are recorded as {@link #UNKNOWN_OPERATION}. */
    private final Map<String, Map<String, Map<String, Attributes>>> attributes = new ConcurrentHashMap<>();

    public Telemetry(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.contractspec.runtime");
        this.measuring = openTelemetry.getMeterProvider() != MeterProvider.noop();
        this.duration = openTelemetry.getMeter("io.contractspec.runtime")
                .histogramBuilder("contractspec.operation.duration")
                .setUnit("s")
                .setDescription("Duration of operation calls through the pipeline")
                .build();
    }

    public Span start(String operation, String channel) {
        return tracer.spanBuilder(operation)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(OPERATION, operation)
                .setAttribute(CHANNEL, channel)
                .startSpan();
    }

    /**
     * Makes the call's span current, so that spans the handler starts are its children. A span
     * without a valid context (no SDK, no parent) changes nothing when current, so it is left out.
     */
    public static Scope makeCurrent(Span span) {
        return span.getSpanContext().isValid() ? span.makeCurrent() : Scope.noop();
    }

    /**
     * Renames the span of a call whose operation does not exist: keys chosen by callers must not
     * become span names or metric series. Returns the name to record the call under.
     */
    public String unknownOperation(Span span) {
        span.updateName(UNKNOWN_OPERATION).setAttribute(OPERATION, UNKNOWN_OPERATION);
        return UNKNOWN_OPERATION;
    }

    /** Ends the call's span; {@code failedStage} is the stage that stopped a failed call (null on success). */
    public void finish(Span span, String operation, String channel, int status, String code, Stage failedStage, long nanos) {
        if (span.isRecording()) {
            span.setAttribute(STATUS, (long) status);
            span.setAttribute(OUTCOME, code);
            if (failedStage != null) {
                span.setAttribute(FAILED_STAGE, failedStage.name());
            }
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR, code);
            }
        }
        span.end();
        if (measuring) {
            duration.record(nanos / 1e9, attributes(operation, channel, code));
        }
    }

    private Attributes attributes(String operation, String channel, String code) {
        Map<String, Attributes> byCode = attributes
                .computeIfAbsent(operation, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(channel, any -> new ConcurrentHashMap<>());
        Attributes found = byCode.get(code);
        if (found == null) {
            found = Attributes.of(OPERATION, operation, CHANNEL, channel, OUTCOME, code);
            byCode.put(code, found);
        }
        return found;
    }
}
