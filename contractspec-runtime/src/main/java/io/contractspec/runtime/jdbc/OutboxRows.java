package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes envelopes to {@code cs_outbox} and reads them back in delivery order ({@code delivery_seq},
 * given after commit by {@link OutboxSequencer}).
 */
final class OutboxRows {

    /** An event as stored: its place in the outbox and the envelope. */
    record Stored(long seq, EventEnvelope event) {}

    private static final String INSERT = "INSERT INTO cs_outbox"
            + " (event_id, event_key, event_version, occurred_at, trace_id, actor, organization_id, payload, append_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String READ_AFTER = "SELECT delivery_seq, event_id, event_key, event_version, occurred_at,"
            + " trace_id, actor, organization_id, payload FROM cs_outbox WHERE delivery_seq > ? ORDER BY delivery_seq"
            + " FETCH FIRST ? ROWS ONLY";

    private OutboxRows() {}

    /** Inserts the events of one transaction as one append (the first event's id names it); takes no lock. */
    static void append(Connection connection, List<EventEnvelope> events) throws SQLException {
        String appendId = events.get(0).id();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (EventEnvelope event : events) {
                insert.setString(1, event.id());
                insert.setString(2, event.key());
                insert.setString(3, event.version());
                Sql.setInstant(insert, 4, event.occurredAt());
                insert.setString(5, event.traceId());
                insert.setString(6, event.actor());
                insert.setString(7, event.organizationId());
                insert.setString(8, Sql.writeJson(event.payload()));
                insert.setString(9, appendId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<Stored> readAfter(Connection connection, long seq, int limit) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ_AFTER)) {
            read.setLong(1, seq);
            read.setInt(2, limit);
            try (ResultSet rows = read.executeQuery()) {
                List<Stored> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new Stored(rows.getLong("delivery_seq"), new EventEnvelope(
                            rows.getString("event_id"),
                            rows.getString("event_key"),
                            rows.getString("event_version"),
                            Sql.getInstant(rows, "occurred_at"),
                            rows.getString("trace_id"),
                            rows.getString("actor"),
                            rows.getString("organization_id"),
                            Sql.readJson(rows, "payload"))));
                }
                return events;
            }
        }
    }
}
