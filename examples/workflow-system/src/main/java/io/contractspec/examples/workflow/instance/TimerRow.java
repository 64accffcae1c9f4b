package io.contractspec.examples.workflow.instance;

import java.time.Instant;

/**
 * A timer of an instance: a step timeout, an approval SLA or the (next) run of an action step.
 * {@code dueAt} is null while the instance is paused; {@code remainingMillis} then holds the time left.
 */
public record TimerRow(
        String id,
        String organizationId,
        String instanceId,
        String stepExecutionId,
        String requestId,
        TimerKind kind,
        Instant dueAt,
        Long remainingMillis,
        int attempts,
        String leaseOwner,
        Instant leaseUntil,
        long version) {

    public static TimerRow due(String id, String organizationId, String instanceId, String stepExecutionId,
            String requestId, TimerKind kind, Instant dueAt) {
        return new TimerRow(id, organizationId, instanceId, stepExecutionId, requestId, kind, dueAt, null, 0, null,
                null, 0);
    }
}
