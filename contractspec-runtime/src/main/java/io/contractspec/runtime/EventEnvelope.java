package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.time.Instant;
import java.util.Objects;

/**
 * An event as it travels: a unique id, the event spec's key and version, when it happened, the
 * trace of the call that caused it, the acting user and organization, and the validated payload.
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
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
