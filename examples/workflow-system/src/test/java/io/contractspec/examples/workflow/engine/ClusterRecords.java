package io.contractspec.examples.workflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Reads the shared database directly: what the nodes wrote, whichever of them wrote it. */
final class ClusterRecords {

    private final DataSource dataSource;

    ClusterRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Outbox events of an organization's instances (not of designing workflows), counted by event key. */
    Map<String, Long> eventCounts(String organization) {
        Map<String, Long> counts = new TreeMap<>();
        for (CommittedEvents.Event event : CommittedEvents.read(dataSource, 0)) {
            if (organization.equals(event.organizationId()) && !event.key().startsWith("workflow.definition.")
                    && !event.key().equals("workflow.step.added")) {
                counts.merge(event.key(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Instances of an organization, counted by status. */
    Map<String, Long> instanceStatuses(String organization) {
        Map<String, Long> counts = new TreeMap<>();
        query("SELECT status, COUNT(*) FROM workflow_instance WHERE organization_id = ? GROUP BY status",
                row -> counts.put(row.getString(1), row.getLong(2)), organization);
        return counts;
    }

    List<String> instanceIds(String organization, String workflowKey) {
        List<String> ids = new ArrayList<>();
        query("SELECT id FROM workflow_instance WHERE organization_id = ? AND workflow_key = ? ORDER BY id",
                row -> ids.add(row.getString(1)), organization, workflowKey);
        return ids;
    }

    /** The pending requests for a role: instance id → request id. */
    Map<String, String> pendingRequests(String organization, String role) {
        Map<String, String> requests = new LinkedHashMap<>();
        query("SELECT workflow_instance_id, id FROM approval_request WHERE organization_id = ? AND approver_role = ?"
                + " AND status = 'pending'", row -> requests.put(row.getString(1), row.getString(2)), organization, role);
        return requests;
    }

    long count(String sql, String parameter) {
        long[] count = new long[1];
        query(sql, row -> count[0] = row.getLong(1), parameter);
        return count[0];
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, String... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
