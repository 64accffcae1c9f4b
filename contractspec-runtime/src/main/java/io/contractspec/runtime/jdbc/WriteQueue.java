package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.sql.SQLException;

/**
 * The writes of one {@link JdbcUnitOfWork} transaction that have not been sent yet. A write is
 * queued instead of executed; the queue is sent when the transaction's connection next creates a
 * statement (so every read sees the writes queued before it) and just before the commit. On
 * PostgreSQL a flush is one round trip (one per 65,535 parameters, as many as pgjdbc sends in one
 * request); elsewhere the writes run one after the other. A transition of the workflow example
 * makes up to a dozen writes, which then cost one round trip instead of a dozen.
 *
 * <p>Reach it through the call's connection:
 *
 * <pre>{@code
 * Connection connection = transaction.connection().orElseThrow();
 * if (connection.isWrapperFor(WriteQueue.class)) {
 *     connection.unwrap(WriteQueue.class).add(QueuedWrite.of(
 *             "UPDATE account SET balance = ?, version = version + 1 WHERE id = ? AND version = ?",
 *             balance, id, version).expectOne(() -> new ContractException(StandardCode.CONFLICT, "changed")));
 * }
 * }</pre>
 *
 * <p>Because a queued write runs later, its failure is reported later: by the call that creates
 * the next statement on the connection, or by the commit. Either way the transaction rolls back
 * as a whole, as it would have (on PostgreSQL a failed statement ends the transaction anyway).
 * A work that catches the failure and returns cannot commit either, since only part of that flush
 * ran: the commit throws, unless the work rolled back to a savepoint set before the failure.
 * Statements prepared before a write was queued do not send it; prepare statements when you use
 * them.
 */
@PublicApi
public interface WriteQueue {

    /** Queues a write; it runs in queue order, before anything the connection prepares later. */
    void add(QueuedWrite write);

    /** Sends the queued writes now; throws what the first failing write (or its check) raises. */
    void flush() throws SQLException;

    /** How many writes are queued. */
    int size();
}
