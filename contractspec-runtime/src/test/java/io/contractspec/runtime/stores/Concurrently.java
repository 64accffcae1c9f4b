package io.contractspec.runtime.stores;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Small helpers for the concurrency cases; every wait is bounded so a broken store fails, not hangs. */
final class Concurrently {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private Concurrently() {}

    static <T> Future<T> start(ExecutorService threads, Callable<T> task) {
        return threads.submit(task);
    }

    static ExecutorService threads(int count) {
        return Executors.newFixedThreadPool(count);
    }

    static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("gave up waiting for a latch");
        }
    }

    static <T> T get(Future<T> future) throws Exception {
        return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls until the condition holds: waits for a state, asserts nothing about timing. */
    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    static void stop(ExecutorService threads) throws InterruptedException {
        threads.shutdownNow();
        if (!threads.awaitTermination(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("test threads did not stop");
        }
    }
}
