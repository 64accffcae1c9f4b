package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.OutboxStore.BatchConsumer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * {@link JdbcOutboxStore#deliverBatch}: the same transaction as a delivery event by event (number
 * what has committed, lock the subscriber's position with {@code SKIP LOCKED}, read, advance,
 * commit), but the consumer gets the events read at once and says how many it took over. A consumer
 * failure rolls the transaction back: the position stays and the whole batch comes again.
 */
final class BatchDelivery {

    private BatchDelivery() {}

    static int deliver(DataSource dataSource, String subscriber, int limit, BatchConsumer consumer) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                OutboxSequencer.sequencePending(connection);
                return deliver(connection, subscriber, limit, consumer);
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

    private static int deliver(Connection connection, String subscriber, int limit, BatchConsumer consumer)
            throws SQLException {
        OptionalLong position = SubscriberPositions.lock(connection, subscriber);
        if (position.isEmpty()) {
            connection.rollback();
            return 0;
        }
        List<OutboxRows.Stored> batch = OutboxRows.readAfter(connection, position.getAsLong(), limit);
        if (batch.isEmpty()) {
            connection.rollback();
            return 0;
        }
        int taken = OutboxStore.checkTakenOver(subscriber, batch.stream().map(OutboxRows.Stored::event).toList(), consumer);
        if (taken > 0) {
            SubscriberPositions.advance(connection, subscriber, batch.get(taken - 1).seq());
        }
        connection.commit();
        return taken;
    }
}
