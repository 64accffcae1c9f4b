package io.contractspec.runtime;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.runtime.Fixtures.GET;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.START_INPUT;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.bob;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A command sent again with the same idempotency key replays its stored result. */
class IdempotencyTest {

    private static final OperationSpec RESTART = command("workflow.instance.restart", "1.0.0")
            .input(START_INPUT).output(INSTANCE).build();

    private final Harness harness = new Harness(List.of(START, STARTED, RESTART, GET), (handlers, h) -> {
        OperationHandler startsAnInstance = (input, context) -> {
            int run = h.handlerRuns.incrementAndGet();
            context.emit(STARTED, json("{id: 'inst-" + run + "', name: 'onboarding'}"));
            return json("{id: 'inst-" + run + "', status: 'running'}");
        };
        handlers.bind(START, startsAnInstance);
        handlers.bind(RESTART, (input, context) -> json("{id: 'inst-" + h.handlerRuns.incrementAndGet() + "', status: 'running'}"));
        handlers.bind(GET, (input, context) -> json("{id: 'inst-" + h.handlerRuns.incrementAndGet() + "', status: 'running'}"));
    }, builder -> builder.idempotencyTtl(Duration.ofHours(1)));

    private CallResult start(String input, Principal principal, String key) {
        return harness.call(START.key(), input, harness.context(principal).idempotencyKey(key).build());
    }

    @Test
    void replaysTheStoredResultOfARetry() {
        CallResult.Success first = successOf(start(VALID_START, alice(), "key-1"));

        CallResult.Success retry = successOf(harness.call(START.key(), VALID_START,
                harness.context(alice()).idempotencyKey("key-1").traceId("0af7651916cd43dd8448eb211c80319c").build()));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.output()).isEqualTo(first.output());
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(retry.events()).isEmpty();
        assertThat(harness.handlerRuns).hasValue(1);
        assertThat(harness.auditRecords()).hasSize(1);
        assertThat(harness.outbox.events()).hasSize(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherInput() {
        successOf(start(VALID_START, alice(), "key-1"));

        CallResult other = start(VALID_START.replace("priority: 2", "priority: 3"), alice(), "key-1");

        assertThat(problemOf(other, 409, "CONFLICT").detail())
                .hasValue("This idempotency key was already used with a different input.");
        assertThat(harness.handlerRuns).hasValue(1);
    }

    @Test
    void countsInputsThatDifferOnlyInKeyOrderOrNumberFormAsTheSame() {
        successOf(start("{name: 'x', priority: 2, weight: 1, applicant: {name: 'Ada', email: 'a@b.co'}}", alice(), "key-1"));

        CallResult retry = start("{applicant: {email: 'a@b.co', name: 'Ada'}, weight: 1.0, priority: 2.0, name: 'x'}",
                alice(), "key-1");

        assertThat(successOf(retry).replayed()).isTrue();
        assertThat(harness.handlerRuns).hasValue(1);
    }

    @Test
    void keepsTheKeysOfDifferentPrincipalsApart() {
        CallResult.Success byAlice = successOf(start(VALID_START, alice(), "key-1"));
        CallResult.Success byBob = successOf(start(VALID_START, bob(), "key-1"));

        assertThat(byBob.replayed()).isFalse();
        assertThat(byBob.output()).isNotEqualTo(byAlice.output());
        assertThat(harness.handlerRuns).hasValue(2);
    }

    @Test
    void keepsTheKeysOfDifferentOperationsApart() {
        successOf(start(VALID_START, alice(), "key-1"));

        CallResult restart = harness.call(RESTART.key(), VALID_START, harness.context(alice()).idempotencyKey("key-1").build());

        assertThat(successOf(restart).replayed()).isFalse();
        assertThat(harness.handlerRuns).hasValue(2);
    }

    @Test
    void ignoresTheKeyOfAQuery() {
        CallContext call = harness.context(alice()).idempotencyKey("key-1").build();

        successOf(harness.call(GET.key(), "{id: 'inst-1'}", call));
        CallResult.Success second = successOf(harness.call(GET.key(), "{id: 'inst-1'}", call));

        assertThat(second.replayed()).isFalse();
        assertThat(harness.handlerRuns).hasValue(2);
    }

    @Test
    void replaysUntilTheKeyExpires() {
        successOf(start(VALID_START, alice(), "key-1"));
        harness.clock.advance(Duration.ofHours(1));

        assertThat(successOf(start(VALID_START, alice(), "key-1")).replayed()).isTrue();
    }

    @Test
    void runsAgainOnceTheKeyHasExpired() {
        successOf(start(VALID_START, alice(), "key-1"));
        harness.clock.advance(Duration.ofHours(1).plusSeconds(1));

        CallResult.Success again = successOf(start(VALID_START, alice(), "key-1"));
        CallResult.Success retry = successOf(start(VALID_START, alice(), "key-1"));

        assertThat(again.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.output()).isEqualTo(again.output());
        assertThat(harness.handlerRuns).hasValue(2);
    }

    @Test
    void storesNothingForAFailedCall() {
        Harness failing = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            throw new IllegalStateException("database down (run " + h.handlerRuns.incrementAndGet() + ")");
        }));
        CallContext call = failing.context(alice()).idempotencyKey("key-1").build();

        problemOf(failing.call(START.key(), VALID_START, call), 500, "INTERNAL_ERROR");
        problemOf(failing.call(START.key(), VALID_START, call), 500, "INTERNAL_ERROR");

        assertThat(failing.handlerRuns).hasValue(2);
    }

    @Test
    void remembersTheInputAsSentEvenIfTheHandlerChangesIt() {
        Harness mutating = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            ObjectNode reused = (ObjectNode) input; // builds its output on its input
            return reused.removeAll().put("id", "inst-1").put("status", "running");
        }));
        CallContext call = mutating.context(alice()).idempotencyKey("key-1").build();

        successOf(mutating.call(START.key(), VALID_START, call));
        CallResult retry = mutating.call(START.key(), VALID_START, call);

        assertThat(successOf(retry).replayed()).isTrue();
        assertThat(mutating.auditRecords()).singleElement()
                .satisfies(record -> assertThat(record.input().has("applicant")).isTrue());
    }
}
