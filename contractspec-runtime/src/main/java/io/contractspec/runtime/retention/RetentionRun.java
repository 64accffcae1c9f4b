package io.contractspec.runtime.retention;

import io.contractspec.annotations.PublicApi;


/**
 * What one retention run did and saw.
 *
 * @param leaseHeld false when another node holds the retention lease (then nothing was done)
 * @param eventsDeleted delivered events removed from the outbox
 * @param keysDeleted expired idempotency keys removed
 * @param auditDeleted audit records removed
 * @param outboxLag events numbered for delivery that the slowest subscriber has not consumed yet
 * @param outboxRows estimated rows in the outbox after the run
 * @param auditRows estimated audit rows after the run
 * @param idempotencyRows estimated idempotency rows after the run
 */
@PublicApi
public record RetentionRun(boolean leaseHeld, long eventsDeleted, long keysDeleted, long auditDeleted,
        long outboxLag, long outboxRows, long auditRows, long idempotencyRows) {

    public static RetentionRun skipped() {
        return new RetentionRun(false, 0, 0, 0, 0, 0, 0, 0);
    }
}
