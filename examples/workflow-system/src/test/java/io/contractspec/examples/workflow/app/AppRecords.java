package io.contractspec.examples.workflow.app;

import io.contractspec.runtime.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** What the running application recorded: the events a subscriber received, and the audit trail. */
final class AppRecords {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WorkflowApplication application;
    private final List<EventEnvelope> received = new CopyOnWriteArrayList<>();

    AppRecords(WorkflowApplication application) {
        this.application = application;
        application.runtime().subscribe("test-recorder", received::add);
    }

    /** The events of one trace, once the subscriber has received at least {@code atLeast} of them. */
    List<String> eventKeys(String traceId, int atLeast) {
        Predicate<EventEnvelope> ofTrace = event -> traceId.equals(event.traceId());
        Instant deadline = Instant.now().plus(PATIENCE);
        while (received.stream().filter(ofTrace).count() < atLeast && Instant.now().isBefore(deadline)) {
            application.runtime().eventBus().relay();
            pause();
        }
        return received.stream().filter(ofTrace).map(EventEnvelope::key).toList();
    }

    /** The audit records of one trace, as {@code operation by actor: result}. */
    List<String> audit(String traceId) {
        String sql = "SELECT operation, actor, result_code FROM cs_audit WHERE trace_id = ? ORDER BY seq";
        try (Connection connection = application.runtime().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, traceId);
            List<String> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(rows.getString(1) + " by " + rows.getString(2) + ": " + rows.getString(3));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
