package io.contractspec.examples.workflow.app;

import io.contractspec.runtime.retention.JsonLinesArchive;
import io.contractspec.runtime.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How long the runtime's tables keep their rows, as {@code serve} options. At 2,000 transitions a
 * second the outbox alone gains about 9,000 rows a second; these settings keep the tables at the
 * size a period of work needs. "0" keeps a store's rows forever.
 */
final class RetentionOptions {

    @Option(names = "--keep-events", paramLabel = "<duration>", defaultValue = "7d", converter = DurationConverter.class,
            description = "How long delivered events stay in the outbox once every subscriber has them; 0 keeps them"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration events;

    @Option(names = "--keep-idempotency-keys", paramLabel = "<duration>", defaultValue = "1d",
            converter = DurationConverter.class,
            description = "How long idempotency keys are kept; at least the runtime's idempotency TTL (default:"
                    + " ${DEFAULT-VALUE}).")
    Duration idempotencyKeys;

    @Option(names = "--keep-audit", paramLabel = "<duration>", defaultValue = "0", converter = DurationConverter.class,
            description = "How long audit records are kept; 0 keeps them forever (default: ${DEFAULT-VALUE}).")
    Duration audit;

    @Option(names = "--archive", paramLabel = "<dir>",
            description = "Archive purged events and audit records as JSON Lines in this folder instead of dropping them.")
    Path archive;

    /** The policy these options describe. */
    RetentionPolicy policy() {
        return policy(events, idempotencyKeys, audit, archive);
    }

    /** The defaults, for applications started without the command line. */
    static RetentionPolicy defaults() {
        return policy(Duration.ofDays(7), Duration.ofDays(1), Duration.ZERO, null);
    }

    private static RetentionPolicy policy(Duration events, Duration keys, Duration audit, Path archive) {
        RetentionPolicy.Builder policy = RetentionPolicy.builder();
        if (!events.isZero()) {
            policy.deliveredEvents(events);
        }
        if (!keys.isZero()) {
            policy.idempotencyKeys(keys);
        }
        if (!audit.isZero()) {
            policy.audit(audit);
        }
        if (archive != null) {
            policy.archive(new JsonLinesArchive(archive, Clock.systemUTC()));
        }
        return policy.build();
    }
}
