package io.contractspec.examples.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.examples.workflow.store.SqlFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 11, defect 7: a failing statement is reported without the values it carried (user input). */
class SqlFailureLogTest {

    @Test
    void aFailedStatementIsReportedWithItsSqlStateButWithoutItsValues() throws Exception {
        String secret = "user-secret-" + "x".repeat(300);
        try (TestWorkflow workflow = TestWorkflow.h2(); Connection connection = workflow.runtime.dataSource().getConnection()) {
            Throwable failure = catchThrowable(() -> Jdbc.update(connection, "INSERT INTO workflow_definition (id,"
                    + " organization_id, workflow_key, name, revision, status, trigger_type, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, 1, 'draft', 'manual', ?, ?, 0)", "wf-1", "org", secret, "name",
                    Instant.EPOCH, Instant.EPOCH));

            assertThat(failure).isInstanceOf(SqlFailure.class).hasMessageContaining("SQLState 22001");
            StringWriter logged = new StringWriter();
            failure.printStackTrace(new PrintWriter(logged));
            assertThat(logged.toString()).doesNotContain("user-secret");
        }
    }
}
