package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.EventSpec;

/**
 * An event entry: meta, the payload model, the payload paths holding personal data and the
 * partition key path, written only when declared (so snapshots of events without one are unchanged).
 */
final class EventJson {

    private EventJson() {}

    static ObjectNode write(EventSpec event, WriteCache cache) {
        ObjectNode entry = SpecJson.entry(event);
        entry.set("payload", ModelJson.model(event.payload(), cache));
        entry.set("pii", SpecJson.strings(event.pii()));
        event.partitionKey().ifPresent(path -> entry.put("partitionKey", path));
        return entry;
    }

    static EventSpec read(JsonCursor entry) {
        EventSpec.Builder event = SpecJson.meta(entry, EventSpec::builder)
                .payload(ModelJson.readModel(entry.object("payload")))
                .pii(entry.strings("pii").toArray(String[]::new));
        entry.optionalText("partitionKey").ifPresent(event::partitionKey);
        entry.end();
        return entry.build(event::build);
    }
}
