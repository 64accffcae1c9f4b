package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One executor on in-memory stores serves many threads at once without losing or doubling anything. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CALLS = 200;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    private final Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
        int run = h.handlerRuns.incrementAndGet();
        context.emit(STARTED, json("{id: 'inst-" + run + "', name: 'onboarding'}"));
        return json("{id: 'inst-" + run + "', status: 'running'}");
    }));

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs {@code calls} on every thread at once (released together) and returns every result. */
    private List<CallResult> runTogether(int calls, IntFunction<Callable<CallResult>> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<CallResult>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                start.await();
                List<CallResult> results = new ArrayList<>(calls);
                for (int i = 0; i < calls; i++) {
                    results.add(call.apply(thread * calls + i).call());
                }
                return results;
            }));
        }
        start.countDown();
        List<CallResult> all = new ArrayList<>();
        for (Future<List<CallResult>> thread : threads) {
            all.addAll(thread.get(60, TimeUnit.SECONDS));
        }
        return all;
    }

    @Test
    void servesManyThreadsAndAuditsEveryCallExactlyOnce() throws Exception {
        List<CallResult> results = runTogether(CALLS, n -> () -> harness.call(START.key(), VALID_START,
                harness.context(Principal.of("user-" + n % 13, "org-" + n % 3)).idempotencyKey("key-" + n).build()));

        assertThat(results).hasSize(THREADS * CALLS).allMatch(CallResult::isSuccess);
        assertThat(harness.handlerRuns).hasValue(THREADS * CALLS);
        assertThat(harness.audit.query(AuditQuery.builder().limit(10_000).build())).hasSize(THREADS * CALLS);
        assertThat(harness.outbox.events()).hasSize(THREADS * CALLS);
        assertThat(harness.delivered()).hasSize(THREADS * CALLS).extracting(EventEnvelope::id).doesNotHaveDuplicates();
    }

    @Test
    void commitsOneOfManyConcurrentCallsWithTheSameIdempotencyKey() throws Exception {
        CallContext sameKey = harness.context(Fixtures.alice()).idempotencyKey("key-1").build();

        List<CallResult> results = runTogether(5, n -> () -> harness.call(START.key(), VALID_START, sameKey));

        assertThat(results).allMatch(CallResult::isSuccess);
        assertThat(results).extracting(result -> ((CallResult.Success) result).output()).containsOnly(
                ((CallResult.Success) results.get(0)).output());
        assertThat(results).filteredOn(result -> !((CallResult.Success) result).replayed()).hasSize(1);
        assertThat(harness.auditRecords()).hasSize(1);
        assertThat(harness.delivered()).hasSize(1);
    }
}
