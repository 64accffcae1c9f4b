package io.contractspec.examples.workflow.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.store.InstanceRepository;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.pagination.CursorCodec;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.schema.ExactJson;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;

/**
 * Answers {@code workflow.instance.timeline}: the instance's audit records and events (the stores
 * keep both by subject, the instance id its handlers name) merged oldest first. A page reads one
 * more of each than it needs, so it knows whether more follow; the cursor carries the last
 * position taken from each store.
 */
public final class InstanceTimelineHandler {

    private final InstanceRepository instances;
    private final OutboxStore events;
    private final AuditStore audit;
    private final CursorCodec cursors;

    public InstanceTimelineHandler(InstanceRepository instances, OutboxStore events, AuditStore audit,
            CursorCodec cursors) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.cursors = Objects.requireNonNull(cursors, "cursors");
    }

    public JsonNode timeline(JsonNode input, HandlerContext context) {
        String organization = context.requirePrincipal().organizationId();
        String instanceId = input.get("instanceId").asText();
        Connection connection = context.transaction().connection().orElseThrow(() ->
                new IllegalStateException("the workflow system runs on a database: configure a JDBC unit of work"));
        // The same rule as reading the instance: another organization's instance is not found.
        instances.find(connection, organization, instanceId).orElseThrow(() -> new ContractException(
                StandardCode.NOT_FOUND, "No workflow instance '" + instanceId + "' in your organization."));
        String filters = CursorCodec.fingerprint("workflow.instance.timeline", organization, instanceId);
        long[] after = after(input, filters);
        int limit = input.path("limit").asInt(20);
        List<Stored<AuditRecord>> records = audit.recordsAbout(instanceId, after[0], limit + 1);
        List<Stored<EventEnvelope>> happened = events.eventsAbout(instanceId, after[1], limit + 1);

        ObjectNode output = ExactJson.mapper().createObjectNode();
        ArrayNode entries = output.putArray("entries");
        int r = 0;
        int e = 0;
        while (entries.size() < limit && (r < records.size() || e < happened.size())) {
            if (e == happened.size() || r < records.size()
                    && !records.get(r).value().occurredAt().isAfter(happened.get(e).value().occurredAt())) {
                after[0] = records.get(r).position();
                entries.add(entry(records.get(r++).value()));
            } else {
                after[1] = happened.get(e).position();
                entries.add(entry(happened.get(e++).value()));
            }
        }
        if (r < records.size() || e < happened.size()) {
            output.put("nextCursor", cursors.encode(filters, List.of(Long.toString(after[0]), Long.toString(after[1]))));
        }
        return output;
    }

    /** The audit and event positions to continue after; zeros for the first page. */
    private long[] after(JsonNode input, String filters) {
        JsonNode cursor = input.get("cursor");
        if (cursor == null || cursor.isNull()) {
            return new long[] {0, 0};
        }
        List<String> position = cursors.decode(cursor.asText(), filters, "cursor");
        return new long[] {Long.parseLong(position.get(0)), Long.parseLong(position.get(1))};
    }

    private static ObjectNode entry(AuditRecord record) {
        ObjectNode entry = ExactJson.mapper().createObjectNode().put("kind", "audit").put("id", record.id())
                .put("name", record.action()).put("occurredAt", record.occurredAt().toString());
        putIfPresent(entry, "actor", record.actor());
        putIfPresent(entry, "onBehalfOf", record.onBehalfOf());
        entry.put("operation", record.operation());
        putIfPresent(entry, "traceId", record.traceId());
        return entry;
    }

    private static ObjectNode entry(EventEnvelope event) {
        ObjectNode entry = ExactJson.mapper().createObjectNode().put("kind", "event").put("id", event.id())
                .put("name", event.key()).put("occurredAt", event.occurredAt().toString());
        putIfPresent(entry, "actor", event.actor());
        entry.put("version", event.version());
        putIfPresent(entry, "traceId", event.traceId());
        if (event.payload().isObject()) {
            entry.set("data", event.payload());
        }
        return entry;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
