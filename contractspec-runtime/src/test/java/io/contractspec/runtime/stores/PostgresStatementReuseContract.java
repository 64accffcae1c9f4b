package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a statement whose nullable parameters flip between null and a value keeps the one
 * server-side prepared statement pgjdbc makes from its fifth execution on, because the session
 * gives a parameter the same (unspecified) type either way.
 *
 * <p>The TEXT column is what typed binding trips on: a String goes typed as varchar, a null does
 * not, and against a TEXT column (as the runtime's JSON columns are) pgjdbc then prepares the
 * statement again at every flip, each time under a new name; against VARCHAR it does not (seen
 * with pgjdbc 42.7).
 */
abstract class PostgresStatementReuseContract extends StoreContract<JdbcBackend> {

    /** The execution from which pgjdbc uses a server-side prepared statement (its default prepareThreshold). */
    static final int PREPARED_FROM = 5;
    static final int EXECUTIONS = 12;

    @BeforeAll
    void createTables() {
        // One table per test: server-side statements outlive the transaction on the pooled connection.
        for (String table : new String[] {"wq_reuse_queued", "wq_reuse_bound"}) {
            backend.database().execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, body TEXT,"
                    + " amount BIGINT, flag BOOLEAN, at TIMESTAMP WITH TIME ZONE)");
        }
    }

    static String insertInto(String table) {
        return "INSERT INTO " + table + " (id, body, amount, flag, at) VALUES (?, ?, ?, ?, ?)";
    }

    /** Row {@code i}: its nullable columns null in odd rows (the first prepared on the server is one), set in even ones. */
    static Object[] row(int i) {
        boolean empty = i % 2 == 1;
        return new Object[] {i, empty ? null : "note " + i, empty ? null : (long) i, empty ? null : true,
                empty ? null : Fixtures.T0};
    }

    /** The names of the connection's server-side statements inserting into {@code table}. */
    static List<String> preparedInserts(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name FROM pg_prepared_statements WHERE statement LIKE ? ORDER BY name")) {
            select.setString(1, "INSERT INTO " + table + "%");
            try (ResultSet rows = select.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        }
    }

    interface Insert {
        void run(Transaction transaction, Object[] row) throws Exception;
    }

    /** The connection's server-side statements for the insert, after each execution from {@link #PREPARED_FROM} on. */
    List<List<String>> preparedWhileInserting(String table, Insert insert) throws Exception {
        List<List<String>> prepared = new ArrayList<>();
        backend.unitOfWork().run(transaction -> {
            for (int i = 1; i <= EXECUTIONS; i++) {
                insert.run(transaction, row(i));
                if (i >= PREPARED_FROM) {
                    prepared.add(preparedInserts(session(transaction).connection(), table));
                }
            }
            return null;
        });
        assertThat(backend.database().count("SELECT COUNT(*) FROM " + table)).isEqualTo(EXECUTIONS);
        return prepared;
    }

    /** One statement, prepared at the fifth execution and never again, as null and non-null values alternate. */
    static void assertPreparedOnce(List<List<String>> prepared) {
        assertThat(prepared.get(0)).as("after %s executions", PREPARED_FROM).hasSize(1);
        assertThat(prepared).as("after each execution from the %sth to the %sth", PREPARED_FROM, EXECUTIONS)
                .containsOnly(prepared.get(0));
    }

    @Test
    void aQueuedInsertAlternatingNullsKeepsOneServerSideStatement() throws Exception {
        String sql = insertInto("wq_reuse_queued");

        List<List<String>> prepared = preparedWhileInserting("wq_reuse_queued", (transaction, row) -> {
            session(transaction).queue(QueuedWrite.of(sql, row));
            session(transaction).flush();
        });

        assertPreparedOnce(prepared);
    }

    @Test
    void anInsertBoundAtOnceAlternatingNullsKeepsOneServerSideStatement() throws Exception {
        String sql = insertInto("wq_reuse_bound");

        List<List<String>> prepared = preparedWhileInserting("wq_reuse_bound", (transaction, row) -> {
            session(transaction).execute(sql, row);
        });

        assertPreparedOnce(prepared);
    }
}
