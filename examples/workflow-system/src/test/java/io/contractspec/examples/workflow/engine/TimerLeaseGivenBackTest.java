package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A timer loses to a command that changed its instance after the firing read it (PostgreSQL: the
 * command's write holds the row until it commits, and the firing's versioned save then finds a
 * newer version). The firing rolls back, so its timer is still there at the version it leased; the
 * worker gives the lease back, and the timer is due again at once instead of when the lease ends.
 */
class TimerLeaseGivenBackTest {

    private static final long WAIT_SECONDS = 20;

    private final PostgresSchema schema = new PostgresSchema();
    private final TestWorkflow workflow = TestWorkflow.on(schema.dataSource);
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() throws InterruptedException {
        worker.shutdownNow();
        assertThat(worker.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        schema.close();
    }

    @Test
    void aFiringThatLostToACommittedChangeGivesItsLeaseBackSoTheTimerFiresNextRound() throws Exception {
        new Designs(workflow).publish("timed",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60,"
                        + " transitions: {done: 'finished', timeout: 'late'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}",
                "{key: 'late', name: 'Late', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'timed'}").get("id").asText();
        workflow.clock.advance(Duration.ofSeconds(60));
        Instant due = workflow.clock.instant();

        try (Connection command = DriverManager.getConnection(schema.url(), PostgresSchema.user(), PostgresSchema.password())) {
            command.setAutoCommit(false);
            int commandPid = backendPid(command);
            try (Statement statement = command.createStatement()) { // a concurrent command's write, not committed yet
                assertThat(statement.executeUpdate("UPDATE workflow_instance SET version = version + 1 WHERE id = '"
                        + id + "'")).isEqualTo(1);
            }
            Future<Integer> round = worker.submit(() -> workflow.runtime.timerWorker().fireDue(due));
            awaitBlockedBy(commandPid); // the firing has read the instance and now waits to save it
            command.commit();

            assertThat(round.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("the firing lost").isZero();
        }

        assertThat(workflow.count("SELECT COUNT(*) FROM workflow_timer WHERE lease_owner IS NULL AND lease_until IS NULL"))
                .as("the lease was given back").isEqualTo(1);
        ObjectNode waiting = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(waiting.get("currentStepKey").asText()).isEqualTo("work");
        assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.timer.fired'")).isZero();

        assertThat(workflow.runtime.timerWorker().fireDue(due)).as("due again at once").isEqualTo(1);
        assertThat(workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("outcome").asText())
                .isEqualTo("timeout");
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Waits (bounded) until another session waits for a lock {@code pid} holds: a state, not a duration. */
    private void awaitBlockedBy(int pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        try (Connection observer = schema.dataSource.getConnection();
                PreparedStatement blocked = observer.prepareStatement(
                        "SELECT COUNT(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))")) {
            blocked.setInt(1, pid);
            while (System.nanoTime() < deadline) {
                try (ResultSet row = blocked.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("the firing never waited for the command's row lock");
    }
}
