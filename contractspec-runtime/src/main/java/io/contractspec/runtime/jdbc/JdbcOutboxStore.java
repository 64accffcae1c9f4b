package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.internal.HistoryReads;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The outbox in {@code cs_outbox_append}, shared by every node on the database: one row per
 * transaction, holding its events in emit order ({@link OutboxRows}), so appending writes one row
 * whatever the number of events, and nothing writes that row again (until retention deletes it).
 *
 * <p><b>Ordering.</b> An append takes its number ({@code seq}) when it is inserted, at the end of
 * its transaction, after the transaction's other writes: a transaction that changed a record
 * after another committed takes a later number. Delivery follows these numbers. On PostgreSQL
 * transactions commit in their own order, so seq 7 may be committed while seq 6 is still open; a
 * reader that moved past 6 would never deliver it. Readers therefore stop at a missing number
 * until it fills, or until every transaction that could hold it has ended ({@link OutboxGaps});
 * appending transactions take no lock and commit concurrently (their WAL flushes can be grouped).
 * On H2 (one node, commits in memory) appends take their numbers one transaction at a time
 * instead, under the row of {@code cs_outbox_lock}, so numbers become visible in order.
 *
 * <p><b>Delivery.</b> {@link #deliver} locks the subscriber's position row with {@code FOR UPDATE
 * SKIP LOCKED} in a transaction of its own (so a concurrent deliverer on any node returns 0
 * instead of delivering the same events), reads the next events, hands them to the consumer,
 * stores the position after the last accepted one (an append and how many of its events,
 * {@link OutboxPosition}) and commits. A consumer failure commits the
 * progress before it and is raised as {@link DeliveryFailedException}; a crash before commit
 * redelivers the batch. Either way delivery is at least once. The position row stays locked while
 * the consumer runs, so consumers should be quick.
 *
 * <p>Use it with a {@link JdbcUnitOfWork} on the same DataSource, after {@link RuntimeSchema#migrate}.
 */
@PublicApi
public final class JdbcOutboxStore implements OutboxStore {

    private final DataSource dataSource;
    private volatile OutboxGaps gaps; // known once a connection has told the database

    public JdbcOutboxStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void append(Transaction transaction, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            OutboxRows.append(Sql.sessionOf(transaction, "JdbcOutboxStore"), events);
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not append " + events.size() + " event(s) to the outbox", e);
        }
    }

    @Override
    public int deliver(String subscriber, int limit, Consumer consumer) {
        return DeliveryTransaction.run(dataSource, subscriber, limit, consumer,
                connection -> deliver(connection, gaps(connection), subscriber, limit, consumer));
    }

    /** Delivers a batch in one transaction; see {@link OutboxStore#deliverBatch}. */
    @Override
    public int deliverBatch(String subscriber, int limit, BatchConsumer consumer) {
        return DeliveryTransaction.run(dataSource, subscriber, limit, consumer,
                connection -> DeliveryTransaction.batch(connection, gaps(connection), subscriber, limit, consumer));
    }

    @Override
    public List<Stored<EventEnvelope>> eventsAbout(String subject, long after, int limit) {
        HistoryReads.check(subject, after, limit);
        try (Connection connection = dataSource.getConnection()) {
            return OutboxRows.readAbout(connection, subject, after, limit);
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not read the events about '" + subject + "'", e);
        }
    }

    private OutboxGaps gaps(Connection connection) throws SQLException {
        OutboxGaps known = gaps;
        if (known == null) {
            known = SqlValues.isPostgres(connection) ? OutboxGaps.watched() : OutboxGaps.serialized();
            gaps = known;
        }
        return known;
    }

    private static int deliver(Connection connection, OutboxGaps gaps, String subscriber, int limit, Consumer consumer)
            throws SQLException {
        OptionalLong position = SubscriberPositions.lock(connection, subscriber);
        if (position.isEmpty()) {
            connection.rollback();
            return 0;
        }
        long last = position.getAsLong();
        int delivered = 0;
        DeliveryFailedException failure = null;
        for (Stored<EventEnvelope> stored : DeliveryTransaction.read(connection, gaps, last, limit)) {
            try {
                consumer.accept(stored.value());
            } catch (Exception e) {
                failure = new DeliveryFailedException(subscriber, stored.value().id(), delivered, e);
                break;
            }
            last = stored.position();
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
