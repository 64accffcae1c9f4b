package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.Stored;
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

    private static final MultiRowInsert INSERT = new MultiRowInsert("INSERT INTO cs_outbox"
            + " (event_id, event_key, event_version, occurred_at, trace_id, actor, organization_id, payload, append_id,"
            + " subject) VALUES", 10);

    private static final String COLUMNS = "event_id, event_key, event_version, occurred_at, trace_id, actor,"
            + " organization_id, payload, subject";

    private static final String READ_AFTER = "SELECT delivery_seq, " + COLUMNS + " FROM cs_outbox"
            + " WHERE delivery_seq > ? ORDER BY delivery_seq FETCH FIRST ? ROWS ONLY";

    // Committed rows by insert order (seq): a subject's history does not wait for the sequencer.
    private static final String READ_ABOUT = "SELECT seq, " + COLUMNS + " FROM cs_outbox"
            + " WHERE subject = ? AND seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY";

    private OutboxRows() {}

    /**
     * Inserts the events of one transaction as one append (the first event's id names it), in one
     * statement, queued with the transaction's other writes; takes no lock.
     */
    static void append(JdbcSession session, List<EventEnvelope> events) throws SQLException {
        String appendId = events.get(0).id();
        Object[] values = new Object[events.size() * INSERT.columns()];
        int i = 0;
        for (EventEnvelope event : events) {
            values[i++] = event.id();
            values[i++] = event.key();
            values[i++] = event.version();
            values[i++] = event.occurredAt();
            values[i++] = event.traceId();
            values[i++] = event.actor();
            values[i++] = event.organizationId();
            values[i++] = Sql.writeJson(event.payload());
            values[i++] = appendId;
            values[i++] = event.subject();
        }
        INSERT.run(session, events.size(), values);
    }

    static List<Stored<EventEnvelope>> readAfter(Connection connection, long seq, int limit) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ_AFTER)) {
            read.setLong(1, seq);
            read.setInt(2, limit);
            return read(read, "delivery_seq");
        }
    }

    static List<Stored<EventEnvelope>> readAbout(Connection connection, String subject, long seq, int limit) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ_ABOUT)) {
            read.setString(1, subject);
            read.setLong(2, seq);
            read.setInt(3, limit);
            return read(read, "seq");
        }
    }

    private static List<Stored<EventEnvelope>> read(PreparedStatement read, String position) throws SQLException {
        try (ResultSet rows = read.executeQuery()) {
            List<Stored<EventEnvelope>> events = new ArrayList<>();
            while (rows.next()) {
                events.add(new Stored<>(rows.getLong(position), new EventEnvelope(
                        rows.getString("event_id"),
                        rows.getString("event_key"),
                        rows.getString("event_version"),
                        Sql.getInstant(rows, "occurred_at"),
                        rows.getString("trace_id"),
                        rows.getString("actor"),
                        rows.getString("organization_id"),
                        Sql.readJson(rows, "payload"),
                        rows.getString("subject"))));
            }
            return events;
        }
    }
}
