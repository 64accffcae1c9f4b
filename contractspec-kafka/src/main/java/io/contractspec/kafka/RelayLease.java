package io.contractspec.kafka;

import io.contractspec.runtime.jdbc.JdbcLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The database lease that makes one node of a cluster the relaying one; the others stand by and
 * take over once it expires (a node that stopped or crashed). The holder renews it when half of it
 * has passed, so a busy relay costs one short statement per half lease, not one per round.
 */
final class RelayLease {

    private final JdbcLeases leases;
    private final String name;
    private final String holder;
    private final Duration duration;
    private final Clock clock;
    private Instant renewAt = Instant.MIN;

    RelayLease(JdbcLeases leases, String name, String holder, Duration duration, Clock clock) {
        this.leases = leases;
        this.name = name;
        this.holder = holder;
        this.duration = duration;
        this.clock = clock;
    }

    /** Whether this node may relay now (taking or renewing the lease when due). */
    boolean held() {
        Instant now = clock.instant();
        if (now.isBefore(renewAt)) {
            return true;
        }
        if (leases.tryAcquire(name, holder, duration)) {
            renewAt = now.plus(duration.dividedBy(2));
            return true;
        }
        renewAt = Instant.MIN;
        return false;
    }

    void release() {
        renewAt = Instant.MIN;
        leases.release(name, holder);
    }
}
