package io.contractspec.examples.workflow.instance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceTimeline;
import io.contractspec.examples.workflow.instance.InstanceRecords.TimelineEntry;
import io.contractspec.examples.workflow.instance.InstanceRecords.TimelineInput;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.pagination.CursorCodec;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers {@code workflow.instance.timeline}: the instance's audit records and events (the stores
 * keep both by subject, the instance id its handlers name) merged oldest first. A page reads one
 * more of each than it needs, so it knows whether more follow; the cursor carries the last
 * position taken from each store.
 */
final class InstanceTimelineHandler {

    private final InstanceRepository instances;
    private final OutboxStore events;
    private final AuditStore audit;
    private final CursorCodec cursors;

    InstanceTimelineHandler(InstanceRepository instances, OutboxStore events, AuditStore audit,
            CursorCodec cursors) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.cursors = Objects.requireNonNull(cursors, "cursors");
    }

    InstanceTimeline timeline(TimelineInput input, HandlerContext context) {
        String organization = context.requirePrincipal().organizationId();
        String instanceId = input.instanceId();
        // The same rule as reading the instance: another organization's instance is not found.
        instances.find(JdbcSession.of(context.transaction()), organization, instanceId).orElseThrow(() -> InstanceErrors.INSTANCE_NOT_FOUND
                .exception("No workflow instance '" + instanceId + "' in your organization."));
        String filters = CursorCodec.fingerprint("workflow.instance.timeline", organization, instanceId);
        long[] after = after(input.cursor(), filters);
        int limit = input.limit();
        List<Stored<AuditRecord>> records = audit.recordsAbout(instanceId, after[0], limit + 1);
        List<Stored<EventEnvelope>> happened = events.eventsAbout(instanceId, after[1], limit + 1);

        List<TimelineEntry> entries = new ArrayList<>(limit);
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
        String next = r < records.size() || e < happened.size()
                ? cursors.encode(filters, List.of(Long.toString(after[0]), Long.toString(after[1])))
                : null;
        return new InstanceTimeline(entries, next);
    }

    /** The audit and event positions to continue after; zeros for the first page. */
    private long[] after(String cursor, String filters) {
        if (cursor == null) {
            return new long[] {0, 0};
        }
        List<String> position = cursors.decode(cursor, filters, "cursor");
        return new long[] {Long.parseLong(position.get(0)), Long.parseLong(position.get(1))};
    }

    private static TimelineEntry entry(AuditRecord record) {
        return new TimelineEntry(TimelineEntryKind.AUDIT, record.id(), record.action(), record.occurredAt(),
                orNull(record.actor()), orNull(record.onBehalfOf()), record.operation(), null, orNull(record.traceId()),
                null);
    }

    private static TimelineEntry entry(EventEnvelope event) {
        return new TimelineEntry(TimelineEntryKind.EVENT, event.id(), event.key(), event.occurredAt(),
                orNull(event.actor()), null, null, event.version(), orNull(event.traceId()),
                event.payload() instanceof ObjectNode data ? data : null);
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
