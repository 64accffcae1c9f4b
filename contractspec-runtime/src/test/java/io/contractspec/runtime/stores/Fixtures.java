package io.contractspec.runtime.stores;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.EventEnvelope;
import java.time.Instant;

/** Values the contracts store; instants have microsecond precision, as the databases keep them. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");

    private Fixtures() {}

    static EventEnvelope event(String id) {
        // Numbers as every store reads them back: exact decimals (ExactJson), whatever node the producer built.
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("id", id).put("amount", new java.math.BigDecimal("12.5"));
        payload.putArray("tags").add("a").add("ü€");
        return new EventEnvelope(id, "test.thing.happened", "1.0.0", T0, "trace-" + id, "user-1", "org-1", payload);
    }

    static EventEnvelope anonymousEvent(String id) {
        return new EventEnvelope(id, "test.thing.happened", "1.0.0", T0, null, null, null,
                JsonNodeFactory.instance.objectNode().put("id", id));
    }

    static AuditRecord record(String id, String action, String actor, String organization, String trace, Instant at) {
        JsonNode input = JsonNodeFactory.instance.objectNode().put("record", id).putNull("nothing");
        return new AuditRecord(id, action, "test.thing.do@1.0.0", actor, null, organization, trace, at, input, "OK");
    }

    static JsonNode json(String field, String value) {
        return JsonNodeFactory.instance.objectNode().put(field, value);
    }
}
