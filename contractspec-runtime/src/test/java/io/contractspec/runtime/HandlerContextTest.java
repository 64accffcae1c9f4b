package io.contractspec.runtime;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.INSTANCE_REF;
import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.Contracts;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.internal.CallScope;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What a handler sees of its call through {@link HandlerContext}. */
class HandlerContextTest {

    /** Declared by {@link #NOTIFY} but never registered. */
    private static final EventSpec NOTIFIED = Contracts.event("workflow.instance.notified", "1.0.0")
            .payload(Model.builder("Notified").required("id", Scalar.ID).build())
            .build();

    private static final OperationSpec NOTIFY = command("workflow.instance.notify", "1.0.0")
            .input(INSTANCE_REF).output(INSTANCE)
            .emits(NOTIFIED, "someone is notified")
            .build();

    private static final OperationSpec PING = command("workflow.instance.ping", "1.0.0")
            .input(INSTANCE_REF).output(INSTANCE)
            .policy(Contracts.auth(AuthLevel.ANONYMOUS))
            .build();

    @Test
    void showsTheOperationTheCallerTheCallAndItsTraceId() {
        AtomicReference<String> seen = new AtomicReference<>();
        Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            seen.set(context.operation().ref() + " by " + context.principal().orElseThrow().userId() + "/"
                    + context.requirePrincipal().organizationId() + " on " + context.call().channel()
                    + " trace " + context.traceId() + " at " + context.now());
            return json(RUNNING);
        }));

        successOf(harness.call(START.key(), VALID_START, alice()));

        assertThat(seen.get()).isEqualTo("workflow.instance.start@1.0.0 by alice/acme on TEST trace " + Harness.TRACE
                + " at " + harness.clock.instant());
    }

    @Test
    void requirePrincipalOfAnAnonymousCallIsAProgrammingErrorThatFailsTheCall() {
        AtomicReference<Exception> thrown = new AtomicReference<>();
        Harness harness = new Harness(List.of(PING), (handlers, h) -> handlers.bind(PING, (input, context) -> {
            assertThat(context.principal()).isEmpty();
            try {
                context.requirePrincipal();
            } catch (IllegalStateException e) {
                thrown.set(e);
                throw e;
            }
            return json(RUNNING);
        }));

        problemOf(harness.call(PING.key(), "{id: 'inst-1'}", (Principal) null), 500, "INTERNAL_ERROR");

        assertThat(thrown.get()).hasMessage(
                "workflow.instance.ping@1.0.0 allows anonymous calls; use principal() instead of requirePrincipal()");
    }

    @Test
    void emitsRecordPayloadsThroughTheModelOfTheEventTheyAreEmittedFor() {
        record Reminder(String id, int days) {}
        // Built here, not shared: the record is bound to this model on its first emit, in this test.
        EventSpec reminded = Contracts.event("workflow.instance.reminded", "1.0.0")
                .payload(Model.builder("Reminded").required("id", Scalar.ID).required("days", Scalar.INT).build())
                .build();
        OperationSpec remind = command("workflow.instance.remind", "1.0.0")
                .input(INSTANCE_REF).output(INSTANCE)
                .emits(reminded, "a reminder is sent")
                .build();
        Harness harness = new Harness(List.of(remind, reminded), (handlers, h) -> handlers.bind(remind, (input, context) -> {
            context.emit(reminded, new Reminder(input.get("id").asText(), 3));
            context.emit(reminded, new Reminder(input.get("id").asText(), 7));
            return json(RUNNING);
        }));

        successOf(harness.call(remind.key(), "{id: 'inst-1'}", alice()));

        assertThat(harness.delivered()).extracting(EventEnvelope::payload)
                .containsExactly(json("{id: 'inst-1', days: 3}"), json("{id: 'inst-1', days: 7}"));
    }

    @Test
    void emittingADeclaredEventThatIsNotRegisteredFailsTheCallAndLogsWhy() {
        Harness harness = new Harness(List.of(NOTIFY), (handlers, h) -> handlers.bind(NOTIFY, (input, context) -> {
            try {
                context.emit(NOTIFIED, json("{id: 'inst-1'}"));
            } catch (RuntimeException swallowed) {
                // the refusal fails the call all the same
            }
            return json(RUNNING);
        }));

        try (CapturedLog scopeLog = CapturedLog.of(CallScope.class)) {
            problemOf(harness.call(NOTIFY.key(), "{id: 'inst-1'}", alice()), 500, "INTERNAL_ERROR");

            assertThat(scopeLog.text()).contains("SEVERE Handler of workflow.instance.notify@1.0.0 emitted "
                    + "workflow.instance.notified@1.0.0, which is not registered (trace " + Harness.TRACE + ")");
        }
        assertThat(harness.outbox.events()).isEmpty();
    }
}
