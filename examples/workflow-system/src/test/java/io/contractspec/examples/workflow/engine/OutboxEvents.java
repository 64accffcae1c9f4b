package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the outbox rows appended after a mark, in delivery order. */
final class OutboxEvents {

    /** One outbox row: its key, the actor and organization columns, and the parsed payload. */
    record Row(String key, String actor, String organizationId, ObjectNode payload) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private long mark;

    OutboxEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Forgets everything appended so far. */
    void mark() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM cs_outbox");
                ResultSet result = statement.executeQuery()) {
            result.next();
            mark = result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows appended since the last {@link #mark()}. */
    List<Row> since() {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT event_key, actor, organization_id,"
                        + " payload FROM cs_outbox WHERE seq > ? ORDER BY seq")) {
            statement.setLong(1, mark);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), result.getString(3),
                            (ObjectNode) JSON.readTree(result.getString(4))));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
