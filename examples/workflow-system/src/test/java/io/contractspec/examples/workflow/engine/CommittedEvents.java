package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The events in the runtime's outbox, read straight from its table for assertions: one row per
 * transaction ({@code cs_outbox_append}), its events a JSON array in emit order.
 */
public final class CommittedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event and the append (the row) it came in. */
    public record Event(long append, String id, String key, String traceId, String actor, String organizationId,
            JsonNode payload) {}

    private CommittedEvents() {}

    /** Every event of the appends after {@code afterAppend} (0: all), in delivery order (the appends' insert order). */
    public static List<Event> read(DataSource dataSource, long afterAppend) {
        List<Event> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, events FROM cs_outbox_append WHERE seq > ? ORDER BY seq")) {
            select.setLong(1, afterAppend);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (JsonNode event : JSON.readTree(rows.getString(2))) {
                        events.add(new Event(rows.getLong(1), event.path("id").asText(), event.path("key").asText(),
                                text(event, "traceId"), text(event, "actor"), text(event, "organizationId"),
                                event.get("payload")));
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not read the outbox", e);
        }
        return events;
    }

    /** The newest append's number (0 when none). */
    public static long lastAppend(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM cs_outbox_append");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox", e);
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
