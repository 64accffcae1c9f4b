package io.contractspec.runtime.stores;

import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.jdbc.WriteQueue;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code wq_note} table the write-queue contracts write to, the writes they queue on it and
 * the ways they look at it. Notes read as {@code "id=body"} in id order, so an assertion shows the
 * whole table at a glance.
 */
final class NoteTable {

    static final String INSERT = "INSERT INTO wq_note (id, body) VALUES (?, ?)";
    static final String RENAME = "UPDATE wq_note SET body = ? WHERE id = ?";

    private final TestDatabase database;

    private NoteTable(TestDatabase database) {
        this.database = database;
    }

    static NoteTable create(TestDatabase database) {
        database.execute("CREATE TABLE wq_note (id INT PRIMARY KEY, body VARCHAR(100))");
        return new NoteTable(database);
    }

    void empty() {
        database.execute("DELETE FROM wq_note");
    }

    /** Inserts and commits a note outside any unit of work. */
    void insertCommitted(int id, String body) {
        database.execute("INSERT INTO wq_note (id, body) VALUES (" + id + ", '" + body + "')");
    }

    /** The notes committed, read on a connection of their own. */
    List<String> committed() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return read(connection);
        }
    }

    static QueuedWrite insert(int id, String body) {
        return QueuedWrite.of(INSERT, id, body);
    }

    static QueuedWrite rename(int id, String body) {
        return QueuedWrite.of(RENAME, body, id);
    }

    static Connection connection(Transaction transaction) {
        return transaction.connection().orElseThrow();
    }

    static WriteQueue queue(Transaction transaction) throws SQLException {
        return connection(transaction).unwrap(WriteQueue.class);
    }

    /**
     * The pooled connection behind the transaction's one: same transaction, but it does not send
     * the queue, so it shows what has reached the database so far.
     */
    static Connection bypassingQueue(Transaction transaction) throws SQLException {
        return connection(transaction).unwrap(Connection.class);
    }

    /** Inserts a note at once, with a statement of the connection's own. */
    static void insertNow(Connection connection, int id, String body) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setInt(1, id);
            insert.setString(2, body);
            insert.executeUpdate();
        }
    }

    /** The notes the connection sees; on a transaction's connection this sends its queue first. */
    static List<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, body FROM wq_note ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            List<String> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getInt("id") + "=" + rows.getString("body"));
            }
            return notes;
        }
    }
}
