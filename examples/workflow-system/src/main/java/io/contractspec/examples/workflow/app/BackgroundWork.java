package io.contractspec.examples.workflow.app;

import io.contractspec.examples.workflow.WorkflowRuntime;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's periodic work on one thread: fire due timers, then relay committed events (including
 * those other nodes committed) to the subscribers. A failing round is logged and the next one runs
 * as planned.
 */
final class BackgroundWork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler;

    private BackgroundWork(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static BackgroundWork start(WorkflowRuntime runtime, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "workflow-background");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> runRound(runtime), millis, millis, TimeUnit.MILLISECONDS);
        return new BackgroundWork(scheduler);
    }

    private static void runRound(WorkflowRuntime runtime) {
        try {
            int fired = runtime.timerWorker().fireDue();
            if (fired > 0) {
                LOG.debug("fired {} timer(s)", fired);
            }
            runtime.eventBus().relay();
        } catch (RuntimeException e) {
            LOG.warn("Background round failed; the next one runs as planned", e);
        }
    }

    /** Lets a running round finish, then stops. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
