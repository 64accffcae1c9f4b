package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.internal.HandlerFailures;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two calls with one idempotency key, forced into the interleaving the replay check cannot see: the
 * first (the loser) passes the check and is held in its handler while the second (the winner)
 * runs and commits. The loser's save then finds the key taken.
 */
class IdempotencyRaceTest {

    private static final Duration TTL = Duration.ofHours(1);

    private final ExecutorService loserThread = Executors.newSingleThreadExecutor();
    private final CountDownLatch loserInHandler = new CountDownLatch(1);
    private final CountDownLatch winnerCommitted = new CountDownLatch(1);
    /** Runs when the loser's transaction rolls back, i.e. between its failed save and its replay. */
    private volatile Runnable onLoserRollback = () -> {};
    /** Every stage's begin and end, of both calls (the winner runs while the loser waits in its handler). */
    private final List<String> heard = new CopyOnWriteArrayList<>();

    private final Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START,
            (input, context) -> {
                int run = h.handlerRuns.incrementAndGet();
                if (run == 1) {
                    context.transaction().afterRollback(() -> onLoserRollback.run());
                    loserInHandler.countDown();
                    assertThat(winnerCommitted.await(10, TimeUnit.SECONDS)).as("winner committed").isTrue();
                }
                context.emit(STARTED, json("{id: 'inst-" + run + "', name: 'onboarding'}"));
                return json("{id: 'inst-" + run + "', status: 'running'}");
            }), builder -> builder.idempotencyTtl(TTL).listener(new ExecutionListenerTest.StageRecorder(heard)));

    @AfterEach
    void stopThread() throws InterruptedException {
        loserThread.shutdownNow();
        assertThat(loserThread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private CallResult start() {
        return harness.call(START.key(), VALID_START, harness.context(alice()).idempotencyKey("key-1").build());
    }

    /** Runs the loser up to its handler, the winner to its commit, then lets the loser finish. */
    private CallResult[] race() throws Exception {
        Future<CallResult> loser = loserThread.submit(this::start);
        assertThat(loserInHandler.await(10, TimeUnit.SECONDS)).as("loser in its handler").isTrue();
        CallResult winner = start();
        winnerCommitted.countDown();
        return new CallResult[] {loser.get(10, TimeUnit.SECONDS), winner};
    }

    @Test
    void theLoserReplaysTheWinnersResultAndCommitsNothingOfItsOwn() throws Exception {
        CallResult[] results = race();
        CallResult.Success loser = successOf(results[0]);
        CallResult.Success winner = successOf(results[1]);

        assertThat(winner.replayed()).isFalse();
        assertThat(winner.output()).isEqualTo(json("{id: 'inst-2', status: 'running'}"));
        assertThat(loser.replayed()).isTrue();
        assertThat(loser.output()).isEqualTo(winner.output());
        assertThat(loser.events()).isEmpty();
        assertThat(harness.handlerRuns).hasValue(2);
        assertThat(heard).as("the loser's commit ends when it loses, then it replays")
                .endsWith("begin COMMIT", "end COMMIT passed", "begin IDEMPOTENCY", "end IDEMPOTENCY passed");
        assertThat(harness.auditRecords()).hasSize(1);
        assertThat(harness.outbox.events()).singleElement()
                .satisfies(event -> assertThat(event.payload().get("id").asText()).isEqualTo("inst-2"));

        CallResult.Success retry = successOf(start());
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.output()).as("the winner's entry was not overwritten").isEqualTo(winner.output());
        assertThat(harness.handlerRuns).hasValue(2);
    }

    @Test
    void theLoserFailsCleanlyWhenTheWinnersEntryIsGoneByTheTimeItReplays() throws Exception {
        // The winner's entry expires between the loser's failed save and its replay: there is nothing to replay.
        onLoserRollback = () -> harness.clock.advance(TTL.plusSeconds(1));

        try (CapturedLog failureLog = CapturedLog.of(HandlerFailures.class);
                CapturedLog executorLog = CapturedLog.of(OperationExecutor.class)) {
            CallResult[] results = race();

            successOf(results[1]);
            problemOf(results[0], 500, "INTERNAL_ERROR");
            assertThat(failureLog.text()).as("logged once, with what the loser ran into")
                    .isEqualTo("SEVERE Stage IDEMPOTENCY of workflow.instance.start@1.0.0 failed (trace " + Harness.TRACE
                            + ")\nio.contractspec.runtime.spi.IdempotencyStore$KeyTakenException: idempotency key already used: key-1\n");
            assertThat(executorLog.text()).as("a failure of the call, not of the pipeline").isEmpty();
        }
        assertThat(heard).as("the replay that found nothing is the stage that failed")
                .endsWith("begin COMMIT", "end COMMIT passed", "begin IDEMPOTENCY", "end IDEMPOTENCY INTERNAL_ERROR");
        assertThat(harness.auditRecords()).hasSize(1);
        assertThat(harness.outbox.events()).singleElement()
                .satisfies(event -> assertThat(event.payload().get("id").asText()).isEqualTo("inst-2"));
    }

    @Test
    void theLosersRollbackWakesTheDispatcher() throws Exception {
        // A rolled-back append leaves its number unused (PostgreSQL); a reader waiting there is woken.
        Future<CallResult> loser = loserThread.submit(this::start);
        assertThat(loserInHandler.await(10, TimeUnit.SECONDS)).as("loser in its handler").isTrue();
        successOf(start());
        assertThat(harness.delivered()).hasSize(1);
        EventEnvelope unannounced = new EventEnvelope("unannounced", STARTED.key(), "1.0.0", Instant.EPOCH, null, null,
                null, json("{id: 'inst-9', name: 'onboarding'}"));
        new InMemoryUnitOfWork().run(transaction -> {
            harness.outbox.append(transaction, List.of(unannounced)); // committed without waking the dispatcher
            return null;
        });
        winnerCommitted.countDown();
        successOf(loser.get(10, TimeUnit.SECONDS));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (harness.received.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5); // polls for the delivery the rollback's wake-up makes; no relay() that would wake it
        }
        assertThat(harness.received).extracting(EventEnvelope::id).last().isEqualTo("unannounced");
    }
}
