package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The outbox in {@code cs_outbox}, shared by every node on the database.
 *
 * <p><b>Ordering.</b> Events are numbered by an identity column when inserted, but transactions
 * commit in their own order: if a relay read {@code seq > last} while seq 7 was committed and
 * seq 6 still open, it would move past 6 and never deliver it. So every append first updates the
 * single row of {@code cs_outbox_lock} and holds that row lock until commit; appending
 * transactions thus number and commit their events one after the other, and whatever a reader
 * sees is a gap-free prefix. The price: transactions that emit events serialize from their append
 * to their commit. The executor appends as the last step before commit, so the lock is held
 * briefly, and calls that emit nothing never take it. It relies on READ COMMITTED (the default of
 * both databases) and on a sequence that never hands out numbers out of order across sessions.
 *
 * <p><b>Delivery.</b> {@link #deliver} runs in a transaction of its own: it locks the subscriber's
 * position row with {@code FOR UPDATE SKIP LOCKED} (so a concurrent deliverer on any node returns
 * 0 instead of delivering the same events), reads the next events, hands them to the consumer,
 * stores the position after the last accepted one and commits. A consumer failure commits the
 * progress before it and is raised as {@link DeliveryFailedException}; a crash before commit
 * redelivers the batch. Either way delivery is at least once. The position row stays locked while
 * the consumer runs, so consumers should be quick.
 *
 * <p>Use it with a {@link JdbcUnitOfWork} on the same DataSource, after {@link RuntimeSchema#migrate}.
 */
public final class JdbcOutboxStore implements OutboxStore {

    private final DataSource dataSource;

    public JdbcOutboxStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void append(Transaction transaction, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            OutboxRows.append(Sql.connectionOf(transaction, "JdbcOutboxStore"), events);
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not append " + events.size() + " event(s) to the outbox", e);
        }
    }

    @Override
    public int deliver(String subscriber, int limit, Consumer consumer) {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(consumer, "consumer");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return deliver(connection, subscriber, limit, consumer);
            } catch (DeliveryFailedException progressCommitted) {
                throw progressCommitted;
            } catch (SQLException | RuntimeException | Error e) {
                Sql.rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not deliver events to subscriber '" + subscriber + "'", e);
        }
    }

    private static int deliver(Connection connection, String subscriber, int limit, Consumer consumer)
            throws SQLException {
        OptionalLong position = SubscriberPositions.lock(connection, subscriber);
        if (position.isEmpty()) {
            connection.rollback();
            return 0;
        }
        long last = position.getAsLong();
        int delivered = 0;
        DeliveryFailedException failure = null;
        for (OutboxRows.Stored stored : OutboxRows.readAfter(connection, last, limit)) {
            try {
                consumer.accept(stored.event());
            } catch (Exception e) {
                failure = new DeliveryFailedException(subscriber, stored.event().id(), delivered, e);
                break;
            }
            last = stored.seq();
            delivered++;
        }
        if (delivered > 0) {
            SubscriberPositions.advance(connection, subscriber, last);
        }
        connection.commit();
        if (failure != null) {
            throw failure;
        }
        return delivered;
    }
}
