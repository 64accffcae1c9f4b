package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.OutboxStore.BatchConsumer;
import io.contractspec.runtime.spi.OutboxStore.DeliveryFailedException;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Stored;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The transaction every delivery of {@link JdbcOutboxStore} runs in: a step that locks the
 * subscriber's position with {@code SKIP LOCKED}, reads, hands over, advances and commits. A {@link DeliveryFailedException}
 * leaves the step having committed (or rolled back) what it meant to; anything else rolls back.
 * {@link #batch} is the step of {@link OutboxStore#deliverBatch}.
 */
final class DeliveryTransaction {

    /** One delivery on a connection with auto-commit off; returns how many events it handed over. */
    @FunctionalInterface
    interface Step {
        int run(Connection connection) throws SQLException;
    }

    private DeliveryTransaction() {}

    static int run(DataSource dataSource, String subscriber, int limit, Object consumer, Step step) {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(consumer, "consumer");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return step.run(connection);
            } catch (DeliveryFailedException settled) {
                throw settled;
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

    /** Hands the next events over at once; advances past the prefix the consumer took over, or rolls back. */
    static int batch(Connection connection, OutboxGaps gaps, String subscriber, int limit, BatchConsumer consumer)
            throws SQLException {
        OptionalLong position = SubscriberPositions.lock(connection, subscriber);
        if (position.isEmpty()) {
            connection.rollback();
            return 0;
        }
        List<Stored<EventEnvelope>> batch = read(connection, gaps, position.getAsLong(), limit);
        if (batch.isEmpty()) {
            connection.rollback();
            return 0;
        }
        int taken;
        try {
            taken = OutboxStore.checkTakenOver(subscriber, batch.stream().map(Stored::value).toList(), consumer);
        } catch (DeliveryFailedException nothingTaken) {
            connection.rollback();
            throw nothingTaken;
        }
        if (taken > 0) {
            SubscriberPositions.advance(connection, subscriber, batch.get(taken - 1).position());
        }
        connection.commit();
        return taken;
    }

    /** The next events after a position, up to a number that may still fill. */
    static List<Stored<EventEnvelope>> read(Connection connection, OutboxGaps gaps, long position, int limit)
            throws SQLException {
        return OutboxRows.readAfter(connection, position, limit, gaps.round());
    }
}
