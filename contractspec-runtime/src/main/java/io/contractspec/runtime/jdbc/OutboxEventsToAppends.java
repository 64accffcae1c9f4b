package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Runtime migration 7: moves each event of the per-event outbox ({@code cs_outbox}, before V6) into
 * an append of its own in {@code cs_outbox_append}, keeping its delivery number (so the subscriber
 * positions V6 converted still point after the same events) or none when it was not numbered yet,
 * then drops {@code cs_outbox}. In Java because the events are rewritten as a JSON array, which
 * the two databases cannot build alike in SQL.
 */
final class OutboxEventsToAppends extends RuntimeJavaMigration {

    private static final String READ = "SELECT seq, event_id, event_key, event_version, occurred_at, trace_id,"
            + " actor, organization_id, payload, subject, delivery_seq FROM cs_outbox ORDER BY seq";
    private static final String INSERT = "INSERT INTO cs_outbox_append"
            + " (append_id, delivery_seq, occurred_at, event_count, subject, events) VALUES (?, ?, ?, 1, ?, ?)";

    OutboxEventsToAppends() {
        super(7, "outbox events to appends");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(READ);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            read.setFetchSize(1_000);
            int batched = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    EventEnvelope event = new EventEnvelope(rows.getString("event_id"), rows.getString("event_key"),
                            rows.getString("event_version"), Sql.getInstant(rows, "occurred_at"),
                            rows.getString("trace_id"), rows.getString("actor"), rows.getString("organization_id"),
                            Sql.readJson(rows, "payload"), rows.getString("subject"));
                    long deliverySeq = rows.getLong("delivery_seq");
                    insert.setString(1, event.id());
                    if (rows.wasNull()) {
                        insert.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        insert.setLong(2, deliverySeq);
                    }
                    Sql.setInstant(insert, 3, event.occurredAt());
                    insert.setString(4, event.subject());
                    insert.setString(5, OutboxAppendJson.write(List.of(event)));
                    insert.addBatch();
                    if (++batched % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE cs_outbox");
            // The sequencer continues after the highest number kept (already so unless rows were numbered by hand).
            drop.execute("UPDATE cs_outbox_lock SET sequenced = (SELECT COALESCE(MAX(delivery_seq), 0)"
                    + " FROM cs_outbox_append) WHERE id = 1 AND sequenced < (SELECT COALESCE(MAX(delivery_seq), 0)"
                    + " FROM cs_outbox_append)");
        }
    }
}
