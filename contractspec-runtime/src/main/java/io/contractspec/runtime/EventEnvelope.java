package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.time.Instant;
import java.util.Objects;

/**
 * An event as it travels: a unique id, the event spec's key and version, when it happened, the
 * trace of the call that caused it, the acting user and organization, the validated payload, and
 * the subject: the record it is about (e.g. a workflow instance id; null when the emitter named
 * none), by which its history is read back ({@link io.contractspec.runtime.spi.OutboxStore#eventsAbout}).
 */
@PublicApi
public record EventEnvelope(
        String id,
        String key,
        String version,
        Instant occurredAt,
        String traceId,
        String actor,
        String organizationId,
        JsonNode payload,
        String subject) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event about no particular record. */
    public EventEnvelope(String id, String key, String version, Instant occurredAt, String traceId, String actor,
            String organizationId, JsonNode payload) {
        this(id, key, version, occurredAt, traceId, actor, organizationId, payload, null);
    }

    /** This event with the given subject. */
    public EventEnvelope about(String subject) {
        return new EventEnvelope(id, key, version, occurredAt, traceId, actor, organizationId, payload, subject);
    }
}
