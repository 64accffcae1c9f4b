package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.internal.PiiRedactor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.contractspec.runtime.internal.Ids;

/** Builds the audit records of a successful command: one per audit key, input with PII redacted. */
final class AuditRecords {

    static final String SUCCESS = "OK";

    private AuditRecords() {}

    static List<AuditRecord> of(OperationSpec operation, JsonNode input, CallContext context, Instant now,
            String subject) {
        JsonNode redacted = PiiRedactor.redact(input, operation.policy().pii());
        Principal actor = context.principal().orElse(null);
        List<AuditRecord> records = new ArrayList<>(operation.audit().size());
        for (String action : operation.audit()) {
            records.add(new AuditRecord(
                    Ids.newId(now.toEpochMilli()),
                    action,
                    operation.ref().toString(),
                    context.actor().orElse(null),
                    context.onBehalfOf().orElse(null),
                    actor == null ? null : actor.organizationId(),
                    context.traceId(),
                    now,
                    redacted,
                    SUCCESS,
                    subject));
        }
        return records;
    }
}
