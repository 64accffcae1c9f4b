package io.contractspec.kafka;

import io.contractspec.annotations.PublicApi;
import java.time.Duration;

/**
 * Wakes the relay when events were committed, so they leave within milliseconds instead of at the
 * next poll; the waking thread only sets a flag and never delivers. {@link
 * KafkaRelay.Builder#wakeUpOn} signals it at every wake-up of the executor's event bus (a call or
 * system work that committed events, an append rolled back); {@link KafkaRelay.Builder#wakeUp}
 * takes one to signal by hand. Events committed on another node are found by the relay's poll.
 */
@PublicApi
public final class OutboxWakeUp {

    private boolean pending;

    /** Asks the relay to look at the outbox now. */
    public synchronized void signal() {
        pending = true;
        notifyAll();
    }

    /** Waits until signalled or until {@code timeout} has passed; clears the signal. */
    synchronized void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left = timeout.toNanos();
        while (!pending && left > 0) {
            wait(Math.max(1, left / 1_000_000));
            left = deadline - System.nanoTime();
        }
        pending = false;
    }
}
