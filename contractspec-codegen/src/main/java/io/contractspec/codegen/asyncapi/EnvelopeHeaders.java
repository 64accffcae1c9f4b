package io.contractspec.codegen.asyncapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every event message carries: the fields of the runtime's event envelope besides the
 * payload (a test keeps the two lists equal).
 */
final class EnvelopeHeaders {

    static final String SCHEMA_NAME = "EventEnvelopeHeaders";

    /** Header name → description; {@code occurredAt} is a date-time, the others strings. */
    static final Map<String, String> HEADERS = headers();

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EnvelopeHeaders() {}

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("id", "The event's unique id; consumers deduplicate on it.");
        headers.put("key", "The event spec's key, e.g. workflow.instance.started.");
        headers.put("version", "The event spec's version (semver).");
        headers.put("occurredAt", "When it happened (RFC 3339).");
        headers.put("traceId", "The trace id of the call that caused it.");
        headers.put("actor", "The user (or system) whose call caused it.");
        headers.put("organizationId", "The organization it belongs to.");
        headers.put("subject", "The record it is about, e.g. a workflow instance id; absent when none was named.");
        return headers;
    }

    static ObjectNode schema() {
        ObjectNode schema = JSON.objectNode().put("title", SCHEMA_NAME)
                .put("description", "The envelope of every event: identity, time, trace, actor and subject.")
                .put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        HEADERS.forEach((name, description) -> {
            ObjectNode property = properties.putObject(name).put("description", description).put("type", "string");
            if (name.equals("occurredAt")) {
                property.put("format", "date-time");
            }
        });
        schema.putArray("required").add("id").add("key").add("version").add("occurredAt");
        return schema;
    }

    /** Example headers of one event, with fixed values so the document stays the same. */
    static ObjectNode example(String key, String version) {
        return JSON.objectNode()
                .put("id", "evt_01J9Z3K5X8Q2W4E6R8T0Y2U4I6")
                .put("key", key)
                .put("version", version)
                .put("occurredAt", "2026-01-15T09:30:00Z")
                .put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736")
                .put("actor", "u-requester")
                .put("organizationId", "org_demo")
                .put("subject", "inst-456");
    }
}
