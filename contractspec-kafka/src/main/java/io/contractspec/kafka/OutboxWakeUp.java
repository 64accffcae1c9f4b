package io.contractspec.kafka;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.CallOutcome;
import io.contractspec.runtime.CallParameters;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Completion;
import io.contractspec.runtime.ExecutionListener;
import java.time.Duration;

/**
 * Wakes the relay when a call committed events, so they leave within milliseconds instead of at the
 * next poll; the request thread only sets a flag and never delivers. Register it on the executor
 * ({@code ExecutorBuilder.listener}) and give it to {@link KafkaRelay.Builder#wakeUp}. Events
 * committed elsewhere (another node, a timer) are found by the relay's poll.
 */
@PublicApi
public final class OutboxWakeUp implements ExecutionListener {

    private boolean pending;

    @Override
    public Completion<CallOutcome> beginCall(CallParameters call) {
        return outcome -> {
            if (outcome.result() instanceof CallResult.Success success && !success.events().isEmpty()) {
                signal();
            }
        };
    }

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
