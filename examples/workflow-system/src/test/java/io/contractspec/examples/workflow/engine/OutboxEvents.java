package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javax.sql.DataSource;

/** Reads the outbox events appended after a mark, in append order. */
final class OutboxEvents {

    /** One outbox event: its key, actor, organization and payload. */
    record Row(String key, String actor, String organizationId, ObjectNode payload) {}


    private final DataSource dataSource;
    private long mark;

    OutboxEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Forgets everything appended so far. */
    void mark() {
        mark = CommittedEvents.lastAppend(dataSource);
    }

    /** The events appended since the last {@link #mark()}. */
    List<Row> since() {
        return CommittedEvents.read(dataSource, mark).stream()
                .map(event -> new Row(event.key(), event.actor(), event.organizationId(), (ObjectNode) event.payload()))
                .toList();
    }
}
