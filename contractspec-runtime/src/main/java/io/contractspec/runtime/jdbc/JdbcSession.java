package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SQL of one call's transaction, with its writes queued: a {@link #queue queued} write is not
 * sent when it is queued but at the next <em>flush point</em> — a {@link #query}, an {@link
 * #execute}, {@link #flush()}, {@link #connection()}, a savepoint, or the commit — together with
 * every write queued before it. On PostgreSQL a flush is one round trip however many writes it
 * sends (one per 65,535 parameters, as many as pgjdbc sends in one request); a transition of the
 * workflow example makes a dozen writes, which then cost one round trip instead of a dozen. The
 * runtime's outbox and audit stores queue theirs here too, so a call's rows, events and audit
 * record reach the database together.
 *
 * <pre>{@code
 * JdbcSession session = JdbcSession.of(context.transaction());
 * session.queue(QueuedWrite.of("UPDATE account SET balance = ?, version = version + 1 WHERE id = ? AND version = ?",
 *         balance, id, version).expectOne(() -> new ContractException(StandardCode.CONFLICT, "changed")));
 * List<String> names = session.query("SELECT name FROM account WHERE owner = ?", row -> row.getString(1), owner);
 * }</pre>
 *
 * <p><b>Failures</b> of queued writes surface at the flush point that sends them, never as the
 * failure of that point's own statement: a write's row-count check throws what the write supplies;
 * a database error is thrown as the write's {@link QueuedWrite#translateErrors translation} or else
 * as a {@link QueuedWriteException} naming the write that failed. On PostgreSQL a flush is one
 * request and the server names the table, not the statement, that failed: the exception names the
 * writes of that flush to that table (one, unless a flush writes to a table twice). Either way the
 * transaction is lost: on PostgreSQL a failed statement ends it anyway, and a work that catches the
 * failure and returns cannot commit (only part of the flush ran) unless it rolls back to a {@link
 * #savepoint} set before the failure.
 *
 * <p>Values are bound as plain Java values: {@code null}, String, Boolean, Integer, Long, Short,
 * Double, BigDecimal, Instant and OffsetDateTime (kept to the microsecond), JsonNode (as its JSON
 * text) and enum constants (as their {@code toString()}). On PostgreSQL every value goes as text
 * of unspecified type, which the server types as the statement needs (so a parameter whose type the
 * statement does not determine, as in {@code ? IS NULL}, needs a CAST).
 */
@PublicApi
public interface JdbcSession {

    /**
     * The session of a call's transaction. With a {@link JdbcUnitOfWork} writes are queued; with
     * another unit of work that has a connection (the Spring starter's) every write runs when it
     * is queued, with the same checks and translations.
     *
     * @throws IllegalStateException when the transaction has no JDBC connection (an in-memory runtime)
     */
    static JdbcSession of(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        if (transaction instanceof JdbcTransaction jdbc) {
            return jdbc.session();
        }
        return new DirectSession(transaction.connection().orElseThrow(() -> new IllegalStateException(
                "the call's transaction has no JDBC connection: configure the executor with a JdbcUnitOfWork"
                        + " on the same DataSource")));
    }

    /**
     * Queues a write; writes are sent in queue order at the next flush point. Where the unit of
     * work does not queue, the write runs now and its failure is thrown here.
     */
    void queue(QueuedWrite write) throws SQLException;

    /** Sends the queued writes now. */
    void flush() throws SQLException;

    /** Runs a query after sending the queued writes, so that it sees them; one value per row. */
    <T> List<T> query(String sql, RowMapper<T> rows, Object... values) throws SQLException;

    /** The first row of {@link #query}, if any. */
    default <T> Optional<T> queryFirst(String sql, RowMapper<T> rows, Object... values) throws SQLException {
        List<T> found = query(sql, rows, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Runs a statement now, after sending the queued writes; returns the rows it changed. */
    int execute(String sql, Object... values) throws SQLException;

    /**
     * The transaction's connection, after sending the queued writes, for what this interface does
     * not offer. Writes queued later are not sent by statements prepared on it, only at the next
     * flush point. Never commit, roll back or close it.
     */
    Connection connection() throws SQLException;

    /** Sends the queued writes and sets a savepoint, so that rolling back to it undoes exactly what follows. */
    Savepoint savepoint() throws SQLException;

    /**
     * Rolls back to {@code savepoint}, dropping the writes queued since (they were all queued after
     * it, since setting a savepoint sends the queue). A flush that failed after the savepoint was
     * set no longer keeps the transaction from committing.
     */
    void rollbackTo(Savepoint savepoint) throws SQLException;

    /** How many writes are queued and not sent yet. */
    int queued();
}
