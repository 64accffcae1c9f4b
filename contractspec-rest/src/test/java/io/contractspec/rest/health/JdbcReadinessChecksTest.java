package io.contractspec.rest.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcReadinessChecksTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void database(org.junit.jupiter.api.TestInfo test) {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + test.getDisplayName().replaceAll("\\W", "") + ";DB_CLOSE_DELAY=-1");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private void historyTable() throws SQLException {
        sql("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT PRIMARY KEY, \"version\" VARCHAR(50),"
                + " \"success\" BOOLEAN NOT NULL)");
    }

    @Test
    void findsAReachableDatabaseUp() {
        assertThat(JdbcReadinessChecks.reachable(dataSource).check().isUp()).isTrue();
    }

    @Test
    void findsAnUnreachableDatabaseDownWithoutTheDriverMessage() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:tcp://localhost:9/nowhere");

        CheckResult result = JdbcReadinessChecks.reachable(nowhere).check();

        assertThat(result.isUp()).isFalse();
        assertThat(result.detail()).isEqualTo("The database is not reachable.");
    }

    @Test
    void findsMigrationsDownWithoutAHistoryTable() {
        CheckResult result = JdbcReadinessChecks.migrationsApplied(dataSource).check();

        assertThat(result).isEqualTo(CheckResult.down("The migration history cannot be read."));
    }

    @Test
    void findsMigrationsDownWhenNoneWasApplied() throws SQLException {
        historyTable();

        assertThat(JdbcReadinessChecks.migrationsApplied(dataSource).check())
                .isEqualTo(CheckResult.down("No migration has been applied."));
    }

    @Test
    void findsMigrationsUpWhenAllSucceededAndTheExpectedVersionIsThere() throws SQLException {
        historyTable();
        sql("INSERT INTO \"flyway_schema_history\" VALUES (1, '1', TRUE), (2, '2', TRUE)");

        assertThat(JdbcReadinessChecks.migrationsApplied(dataSource).check().isUp()).isTrue();
        assertThat(JdbcReadinessChecks.migrationsApplied(dataSource, "flyway_schema_history", "2").check().isUp()).isTrue();
        assertThat(JdbcReadinessChecks.migrationsApplied(dataSource, "flyway_schema_history", "3").check())
                .isEqualTo(CheckResult.down("Migration 3 has not been applied."));
    }

    @Test
    void findsMigrationsDownWhenOneFailed() throws SQLException {
        historyTable();
        sql("INSERT INTO \"flyway_schema_history\" VALUES (1, '1', TRUE), (2, '2', FALSE)");

        assertThat(JdbcReadinessChecks.migrationsApplied(dataSource).check()).isEqualTo(CheckResult.down("A migration failed."));
    }

    @Test
    void refusesATableNameThatIsNotPlain() {
        assertThatThrownBy(() -> JdbcReadinessChecks.migrationsApplied(dataSource, "x; DROP TABLE y", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
