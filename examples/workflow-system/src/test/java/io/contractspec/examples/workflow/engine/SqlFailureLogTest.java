package io.contractspec.examples.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.examples.workflow.store.SqlFailure;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import io.contractspec.runtime.jdbc.QueuedWriteException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 7: a failing statement is reported without the values it carried (user input),
 * whether the read that sends the queued write reports it or the commit does.
 */
class SqlFailureLogTest {

    static final String SECRET = "user-secret-" + "x".repeat(300);
    static final String TOO_LONG_A_KEY = "INSERT INTO workflow_definition (id, organization_id, workflow_key, name,"
            + " revision, status, trigger_type, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, 1, 'draft', 'manual', ?, ?, 0)";

    static String logged(Throwable failure) {
        StringWriter logged = new StringWriter();
        failure.printStackTrace(new PrintWriter(logged));
        return logged.toString();
    }

    @Test
    void aWriteFailingAtAReadIsReportedWithItsSqlStateAndStatementButWithoutItsValues() throws Exception {
        try (TestWorkflow workflow = TestWorkflow.h2()) {
            Throwable failure = catchThrowable(() -> new JdbcUnitOfWork(workflow.runtime.dataSource()).run(transaction -> {
                JdbcSession session = JdbcSession.of(transaction);
                Jdbc.update(session, TOO_LONG_A_KEY, "wf-1", "org", SECRET, "name", Instant.EPOCH, Instant.EPOCH);
                return Jdbc.count(session, "SELECT COUNT(*) FROM workflow_definition");
            }));

            assertThat(failure).isInstanceOf(SqlFailure.class)
                    .hasMessageContaining("SQLState 22001").hasMessageContaining("INSERT INTO workflow_definition");
            assertThat(logged(failure)).doesNotContain("user-secret");
        }
    }

    @Test
    void aWriteFailingAtTheCommitIsReportedWithoutItsValuesToo() throws Exception {
        try (TestWorkflow workflow = TestWorkflow.h2()) {
            Throwable failure = catchThrowable(() -> new JdbcUnitOfWork(workflow.runtime.dataSource()).run(transaction -> {
                Jdbc.update(JdbcSession.of(transaction), TOO_LONG_A_KEY, "wf-1", "org", SECRET, "name", Instant.EPOCH,
                        Instant.EPOCH);
                return null;
            }));

            assertThat(failure).isInstanceOf(QueuedWriteException.class).hasMessageContaining("SQLState 22001");
            assertThat(logged(failure)).doesNotContain("user-secret");
        }
    }
}
