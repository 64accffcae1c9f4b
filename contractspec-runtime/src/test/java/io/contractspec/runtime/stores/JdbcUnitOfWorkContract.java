package io.contractspec.runtime.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC unit of work on a real database: one transaction per run, the connection always handed back. */
abstract class JdbcUnitOfWorkContract extends UnitOfWorkContract<JdbcBackend> {

    @BeforeAll
    void createTable() {
        backend.database().execute("CREATE TABLE uow_note (body VARCHAR(100) NOT NULL)");
    }

    @BeforeEach
    void emptyTable() {
        backend.database().execute("DELETE FROM uow_note");
    }

    static void insert(Connection connection, String body) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO uow_note (body) VALUES (?)")) {
            insert.setString(1, body);
            insert.executeUpdate();
        }
    }

    long notes() {
        return backend.database().count("SELECT COUNT(*) FROM uow_note");
    }

    int activeConnections() {
        return ((HikariDataSource) backend.database().dataSource()).getHikariPoolMXBean().getActiveConnections();
    }

    @Test
    void commitsTheWorkAndHandsTheConnectionBackBeforeTheCallbacks() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            Connection connection = transaction.connection().orElseThrow();
            assertThat(connection.getAutoCommit()).isFalse();
            insert(connection, "one");
            insert(connection, "two");
            transaction.afterCommit(() -> seen.add(notes() + " notes, " + activeConnections() + " connections in use"));
            return null;
        });

        assertThat(seen).containsExactly("2 notes, 0 connections in use");
    }

    @Test
    void rollsBackEverythingTheWorkWroteWhenItThrows() {
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            insert(transaction.connection().orElseThrow(), "lost");
            transaction.afterRollback(() -> seen.add(notes() + " notes, " + activeConnections() + " connections in use"));
            throw new IllegalStateException("handler failed");
        })).hasMessage("handler failed");

        assertThat(seen).containsExactly("0 notes, 0 connections in use");
    }

    @Test
    void aFailingStatementRollsBackTheWholeTransaction() {
        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            Connection connection = transaction.connection().orElseThrow();
            insert(connection, "first");
            insert(connection, null);
            return null;
        })).isInstanceOf(SQLException.class);

        assertThat(notes()).isZero();
        assertThat(activeConnections()).isZero();
    }

    @Test
    void restoresAutoCommitOnThePooledConnection() throws Exception {
        backend.unitOfWork().run(transaction -> null);

        try (Connection connection = backend.database().dataSource().getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }
}
