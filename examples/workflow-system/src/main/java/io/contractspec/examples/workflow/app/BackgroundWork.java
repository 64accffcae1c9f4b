package io.contractspec.examples.workflow.app;

import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.runtime.jdbc.JdbcRetention;
import io.contractspec.runtime.retention.RetentionRun;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's periodic work: on one thread, fire due timers, then relay committed events (including
 * those other nodes committed) to the subscribers; on another, apply the retention policy once a
 * minute (under a database lease, so one node of a cluster does it). A failing round is logged and
 * the next one runs as planned.
 */
final class BackgroundWork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Duration RETENTION_INTERVAL = Duration.ofMinutes(1);

    private final List<ScheduledExecutorService> schedulers;

    private BackgroundWork(List<ScheduledExecutorService> schedulers) {
        this.schedulers = schedulers;
    }

    static BackgroundWork start(WorkflowRuntime runtime, Duration interval, JdbcRetention retention) {
        ScheduledExecutorService rounds = thread("workflow-background");
        long millis = interval.toMillis();
        rounds.scheduleWithFixedDelay(() -> runRound(runtime), millis, millis, TimeUnit.MILLISECONDS);
        ScheduledExecutorService purges = thread("workflow-retention");
        purges.scheduleWithFixedDelay(() -> runRetention(retention), RETENTION_INTERVAL.toMillis(),
                RETENTION_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return new BackgroundWork(List.of(rounds, purges));
    }

    private static ScheduledExecutorService thread(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void runRetention(JdbcRetention retention) {
        try {
            RetentionRun run = retention.runOnce();
            if (run.eventsDeleted() + run.keysDeleted() + run.auditDeleted() > 0) {
                LOG.debug("retention removed {} event(s), {} idempotency key(s), {} audit record(s)",
                        run.eventsDeleted(), run.keysDeleted(), run.auditDeleted());
            }
        } catch (RuntimeException e) {
            LOG.warn("Retention run failed; the next one runs as planned", e);
        }
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
        schedulers.forEach(ScheduledExecutorService::shutdown);
        for (ScheduledExecutorService scheduler : schedulers) {
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
}
