package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.CANCELLED;
import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A handler may only emit the events its operation declares, with valid payloads, and only on commit. */
class EmitGuardTest {

    private final AtomicInteger writes = new AtomicInteger();

    private Harness harnessWith(OperationHandler handler) {
        return new Harness(List.of(START, STARTED, CANCELLED), (handlers, harness) -> handlers.bind(START, handler));
    }

    /** A handler that "writes" on commit, then does something with the context. */
    private OperationHandler writingThen(HandlerStep step) {
        return (input, context) -> {
            context.transaction().afterCommit(writes::incrementAndGet);
            step.run(context);
            return json(RUNNING);
        };
    }

    private interface HandlerStep {
        void run(HandlerContext context) throws Exception;
    }

    private void assertNothingCommitted(Harness harness) {
        assertThat(harness.outbox.events()).isEmpty();
        assertThat(harness.delivered()).isEmpty();
        assertThat(harness.auditRecords()).isEmpty();
        assertThat(writes).hasValue(0);
    }

    @Test
    void failsACallThatEmitsAnUndeclaredEventAndCommitsNothing() {
        Harness harness = harnessWith(writingThen(context -> {
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            context.emit(CANCELLED, json("{id: 'inst-1'}"));
        }));

        Problem problem = problemOf(harness.call(START.key(), VALID_START, alice()), 500, "INTERNAL_ERROR");

        assertThat(problem.detail()).hasValue("The operation failed on the server.");
        assertNothingCommitted(harness);
    }

    @Test
    void failsTheCallEvenWhenTheHandlerSwallowsTheRefusal() {
        Harness harness = harnessWith(writingThen(context -> {
            try {
                context.emit(CANCELLED, json("{id: 'inst-1'}"));
            } catch (RuntimeException ignored) {
                // a careless handler carries on
            }
        }));

        problemOf(harness.call(START.key(), VALID_START, alice()), 500, "INTERNAL_ERROR");
        assertNothingCommitted(harness);
    }

    @Test
    void failsTheCallEvenWhenTheHandlerTurnsTheRefusalIntoItsOwnError() {
        Harness harness = harnessWith(writingThen(context -> {
            try {
                context.emit(CANCELLED, json("{id: 'inst-1'}"));
            } catch (RuntimeException refused) {
                throw new ContractException(StandardCode.NOT_FOUND, "no such instance");
            }
        }));

        problemOf(harness.call(START.key(), VALID_START, alice()), 500, "INTERNAL_ERROR");
        assertNothingCommitted(harness);
    }

    @Test
    void failsACallThatEmitsAnInvalidPayload() {
        Harness harness = harnessWith(writingThen(context -> context.emit(STARTED, json("{id: 'inst-1', name: 42}"))));

        problemOf(harness.call(START.key(), VALID_START, alice()), 500, "INTERNAL_ERROR");
        assertNothingCommitted(harness);
    }

    @Test
    void commitsADeclaredEventInAnEnvelopeAndDeliversItAfterCommit() {
        AtomicInteger visibleBeforeCommit = new AtomicInteger(-1);
        Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            context.transaction().afterCommit(writes::incrementAndGet);
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            visibleBeforeCommit.set(h.outbox.events().size() + h.received.size() + writes.get());
            return json(RUNNING);
        }));

        CallResult.Success success = successOf(harness.call(START.key(), VALID_START, alice()));

        assertThat(visibleBeforeCommit).hasValue(0);
        assertThat(success.events()).singleElement().satisfies(envelope -> {
            assertThat(envelope.id()).isNotBlank();
            assertThat(envelope.key()).isEqualTo("workflow.instance.started");
            assertThat(envelope.version()).isEqualTo("1.0.0");
            assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
            assertThat(envelope.traceId()).isEqualTo(Harness.TRACE);
            assertThat(envelope.actor()).isEqualTo("alice");
            assertThat(envelope.organizationId()).isEqualTo("acme");
            assertThat(envelope.payload()).isEqualTo(json("{id: 'inst-1', name: 'onboarding'}"));
        });
        assertThat(harness.outbox.events()).isEqualTo(success.events());
        assertThat(harness.delivered()).isEqualTo(success.events());
        assertThat(writes).hasValue(1);
    }

    @Test
    void keepsTheEmittedPayloadAsItWasWhenEmitted() {
        ObjectNode payload = (ObjectNode) json("{id: 'inst-1', name: 'onboarding'}");
        Harness harness = harnessWith((input, context) -> {
            context.emit(STARTED, payload);
            payload.put("name", "changed afterwards");
            return json(RUNNING);
        });

        successOf(harness.call(START.key(), VALID_START, alice()));

        assertThat(harness.delivered()).singleElement()
                .satisfies(envelope -> assertThat(envelope.payload().get("name").asText()).isEqualTo("onboarding"));
    }

    @Test
    void givesEveryEnvelopeItsOwnId() {
        Harness harness = harnessWith((input, context) -> {
            context.emit(STARTED, json("{id: 'inst-1', name: 'a'}"));
            context.emit(STARTED, json("{id: 'inst-2', name: 'b'}"));
            return json(RUNNING);
        });

        successOf(harness.call(START.key(), VALID_START, alice()));
        successOf(harness.call(START.key(), VALID_START, alice()));

        assertThat(harness.delivered()).hasSize(4).extracting(EventEnvelope::id).doesNotHaveDuplicates();
    }
}
