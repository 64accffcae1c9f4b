package io.contractspec.runtime.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.runtime.EventEnvelope;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one outbox append (one transaction's events, in emit order) as the JSON array
 * stored in {@code cs_outbox_append.events}: one object per envelope, the payload as written.
 */
final class OutboxAppendJson {

    private static final JsonMapper JSON = io.contractspec.schema.ExactJson.mapper();

    private OutboxAppendJson() {}

    static String write(List<EventEnvelope> events) {
        StringWriter text = new StringWriter(256 * events.size());
        try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            out.setCodec(JSON);
            out.writeStartArray();
            for (EventEnvelope event : events) {
                out.writeStartObject();
                out.writeStringField("id", event.id());
                out.writeStringField("key", event.key());
                out.writeStringField("version", event.version());
                out.writeStringField("occurredAt", event.occurredAt().toString());
                optional(out, "traceId", event.traceId());
                optional(out, "actor", event.actor());
                optional(out, "organizationId", event.organizationId());
                optional(out, "subject", event.subject());
                out.writeFieldName("payload");
                out.writeTree(event.payload());
                out.writeEndObject();
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the events of an outbox append", e);
        }
        return text.toString();
    }

    static List<EventEnvelope> read(String text) {
        JsonNode array;
        try {
            array = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("cs_outbox_append.events holds invalid JSON: " + e.getMessage(), e);
        }
        List<EventEnvelope> events = new ArrayList<>(array.size());
        for (JsonNode event : array) {
            events.add(new EventEnvelope(
                    event.get("id").asText(),
                    event.get("key").asText(),
                    event.get("version").asText(),
                    InstantText.parse(event.get("occurredAt").asText()),
                    text(event, "traceId"),
                    text(event, "actor"),
                    text(event, "organizationId"),
                    event.get("payload"),
                    text(event, "subject")));
        }
        return events;
    }

    private static void optional(JsonGenerator out, String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
