package io.contractspec.runtime.stores;

import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code wq_note} table the session contracts write to (and {@code wq_tag}, a second table for
 * telling writes apart by the table they write to), the writes they queue on it and the ways they
 * look at it. Notes read as {@code "id=body"} in id order, so an assertion shows the whole table at
 * a glance.
 */
final class NoteTable {

    static final String INSERT = "INSERT INTO wq_note (id, body) VALUES (?, ?)";
    static final String RENAME = "UPDATE wq_note SET body = ? WHERE id = ?";
    static final String SELECT = "SELECT id, body FROM wq_note ORDER BY id";

    private final TestDatabase database;

    private NoteTable(TestDatabase database) {
        this.database = database;
    }

    static NoteTable create(TestDatabase database) {
        database.execute("CREATE TABLE wq_note (id INT PRIMARY KEY, body VARCHAR(100))");
        database.execute("CREATE TABLE wq_tag (id INT PRIMARY KEY)");
        return new NoteTable(database);
    }

    void empty() {
        database.execute("DELETE FROM wq_note");
        database.execute("DELETE FROM wq_tag");
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

    static QueuedWrite tag(int id) {
        return QueuedWrite.of("INSERT INTO wq_tag (id) VALUES (?)", id);
    }

    static JdbcSession session(Transaction transaction) {
        return JdbcSession.of(transaction);
    }

    /** The notes the transaction sees, read through its session (which sends its queue first). */
    static List<String> read(JdbcSession session) throws SQLException {
        return session.query(SELECT, row -> row.getInt("id") + "=" + row.getString("body"));
    }

    /**
     * The notes on a connection, without sending anything: on a connection the session handed out
     * before writes were queued, this shows what has reached the database so far.
     */
    static List<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT);
                ResultSet rows = select.executeQuery()) {
            List<String> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getInt("id") + "=" + rows.getString("body"));
            }
            return notes;
        }
    }
}
