package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.time.Instant;
import java.util.Objects;

/**
 * One audit entry per audit key of a successful command: what was done ({@code action}), by which
 * operation, by whom ({@code actor}: a user, or the system for automated work), on whose authority
 * ({@code onBehalfOf}: the human whose roles an automated call ran with; null for a user's own
 * call), in which organization and trace, when, with which input (personal data redacted) and
 * result code, and about which record ({@code subject}: the one the handler named with
 * {@link HandlerContext#about}; null when it named none).
 */
@PublicApi
public record AuditRecord(
        String id,
        String action,
        String operation,
        String actor,
        String onBehalfOf,
        String organizationId,
        String traceId,
        Instant occurredAt,
        JsonNode input,
        String resultCode,
        String subject) {

    public AuditRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(resultCode, "resultCode");
    }

    /** A record about no particular subject. */
    public AuditRecord(String id, String action, String operation, String actor, String onBehalfOf,
            String organizationId, String traceId, Instant occurredAt, JsonNode input, String resultCode) {
        this(id, action, operation, actor, onBehalfOf, organizationId, traceId, occurredAt, input, resultCode, null);
    }
}
