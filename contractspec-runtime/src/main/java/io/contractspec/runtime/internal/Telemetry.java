package io.contractspec.runtime.internal;

import io.contractspec.runtime.Stage;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/** One span and one duration measurement per call, through the OpenTelemetry API (no-op without an SDK). */
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

    public Telemetry(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.contractspec.runtime");
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
     * Renames the span of a call whose operation does not exist: keys chosen by callers must not
     * become span names or metric series. Returns the name to record the call under.
     */
    public String unknownOperation(Span span) {
        span.updateName(UNKNOWN_OPERATION).setAttribute(OPERATION, UNKNOWN_OPERATION);
        return UNKNOWN_OPERATION;
    }

    /** Ends the call's span; {@code failedStage} is the stage that stopped a failed call (null on success). */
    public void finish(Span span, String operation, String channel, int status, String code, Stage failedStage, long nanos) {
        boolean failed = status >= 500;
        span.setAttribute(STATUS, (long) status);
        span.setAttribute(OUTCOME, code);
        if (failedStage != null) {
            span.setAttribute(FAILED_STAGE, failedStage.name());
        }
        if (failed) {
            span.setStatus(StatusCode.ERROR, code);
        }
        span.end();
        duration.record(nanos / 1e9, Attributes.of(OPERATION, operation, CHANNEL, channel, OUTCOME, code));
    }
}
