package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a reader of the outbox may pass a number missing before a committed append. Appends are
 * delivered in {@code seq} order, and on PostgreSQL a transaction takes its {@code seq} when it
 * inserts its append, at its end, but may commit after one that took a later number: the number
 * it holds is missing until then. A reader must stop there, or it would move past it and never
 * deliver it. A missing number is passed only once it can no longer fill: when every transaction
 * that was writing appends when the reader first saw the gap has ended (a rolled-back transaction,
 * or numbers a crash skipped, leave gaps for good).
 *
 * <p>The writers are the transactions holding {@code RowExclusiveLock} on {@code cs_outbox_append}
 * in {@code pg_locks}: an insert takes that lock before it takes its number, and keeps it until
 * the transaction ends. Any transaction still holding a number below a committed append therefore
 * holds that lock when the gap is first seen, after the read that showed the later append. Each
 * time a read stops at the gap, the reader asks whether they have all ended; if so it reads again,
 * and a number still missing in a read made after they ended is settled for good. A gap first seen
 * while no transaction writes appends (a new subscriber starting below the oldest append kept, a
 * rollback long ago) is settled at once by that second read. Asking costs a {@code pg_locks} query
 * (about 0.1 ms of server time); most gaps are appends committing at that very moment, filled by
 * the next read, so a reader that delivered something before a gap it had not seen asks only if it
 * finds the gap again.
 *
 * <p>On H2 appends are serialized (the lock row of {@code cs_outbox_lock}, held until commit), so
 * numbers become visible in order and a missing one never fills: {@link #serialized()} passes
 * every gap. What a reader learns is shared by every reader of the store on this node; another
 * node learns it for itself, which costs it time, never order.
 */
final class OutboxGaps {

    private static final System.Logger LOG = System.getLogger(JdbcOutboxStore.class.getName());

    /** Gaps remembered; forgetting one only makes a reader watch it again. */
    private static final int REMEMBERED = 4_096;
    /** Reads that found a gap's writers still open before the wait is worth a warning (seconds under load). */
    private static final int WAITS_BEFORE_WARNING = 500;

    private static final String WRITERS = "SELECT virtualtransaction FROM pg_locks WHERE locktype = 'relation'"
            + " AND relation = CAST('cs_outbox_append' AS regclass) AND mode = 'RowExclusiveLock'";

    private static final OutboxGaps SERIALIZED = new OutboxGaps(false);

    private final boolean watched;
    private final Map<Long, Gap> gaps = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Gap> eldest) {
            return size() > REMEMBERED;
        }
    };

    private OutboxGaps(boolean watched) {
        this.watched = watched;
    }

    /** Gaps on PostgreSQL, where appends commit out of {@code seq} order. */
    static OutboxGaps watched() {
        return new OutboxGaps(true);
    }

    /** Gaps where appends take their numbers one transaction at a time (H2): every gap is final. */
    static OutboxGaps serialized() {
        return SERIALIZED;
    }

    /** A read (and the reads it retries): which gaps it may pass. */
    Round round() {
        return new Round(this);
    }

    private static boolean disjoint(Set<String> first, Set<String> now) {
        for (String writer : first) {
            if (now.contains(writer)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> writers(Connection connection) throws SQLException {
        Set<String> writers = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(WRITERS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                writers.add(rows.getString(1));
            }
        }
        return writers;
    }

    /**
     * A missing range's first number: the transactions writing appends when a reader first asked
     * (null until one has), and the next append once settled (else 0).
     */
    private static final class Gap {
        final Set<String> writers;
        long settledBefore;
        int waits;

        Gap(Set<String> writers) {
            this.writers = writers;
        }
    }

    /**
     * A transaction left open after it appended (idle in transaction) holds back delivery of every
     * later event; say so, once per gap, naming the open transactions.
     */
    private static void warnIfLong(long missing, Gap gap, Set<String> writing) {
        int waits;
        synchronized (gap) {
            waits = ++gap.waits;
        }
        if (waits == WAITS_BEFORE_WARNING) {
            Set<String> open = new HashSet<>(gap.writers);
            open.retainAll(writing);
            LOG.log(System.Logger.Level.WARNING, "Outbox delivery has waited " + waits + " reads at append number "
                    + missing + " for transactions that were writing appends and are still open (pg_locks"
                    + " virtualtransaction " + open + "); events after it wait until they end. A session left"
                    + " idle in transaction holds delivery back: PostgreSQL's idle_in_transaction_session_timeout ends it.");
        }
    }

    /** One read of a reader, and the reads it retries from a gap it may then pass. */
    static final class Round {

        private final OutboxGaps gaps;
        private long stoppedAt = -1;
        private long permitted = -1;

        private Round(OutboxGaps gaps) {
            this.gaps = gaps;
        }

        /**
         * Whether the reader, expecting {@code missing} next, may go on to the committed append
         * {@code next}; if not, the read stops there (see {@link #mayRetry}).
         */
        boolean mayPass(long missing, long next) {
            if (!gaps.watched) {
                return true;
            }
            long from = missing;
            synchronized (gaps.gaps) {
                Gap gap = gaps.gaps.get(from);
                while (gap != null && gap.settledBefore > 0) {
                    if (next <= gap.settledBefore) {
                        return true;
                    }
                    // Appends after the settled range are missing from this read: a gap of their own.
                    from = gap.settledBefore;
                    gap = gaps.gaps.get(from);
                }
                if (from == permitted) {
                    // Read after every writer of its first sight had ended: it stays missing.
                    gaps.gaps.computeIfAbsent(from, settled -> new Gap(Set.of())).settledBefore = next;
                    return true;
                }
            }
            stoppedAt = from;
            return false;
        }

        /**
         * After a read that stopped at a gap: whether a read made now may pass it, because every
         * transaction writing appends when it was first seen has ended (a gap first seen now, when
         * none is writing, at once). Otherwise the gap stays watched, and the reader waits. A
         * reader that {@code deliveredSome} and meets the gap for the first time only notes it.
         */
        boolean mayRetry(Connection connection, boolean deliveredSome) throws SQLException {
            if (stoppedAt < 0) {
                return false;
            }
            long missing = stoppedAt;
            stoppedAt = -1;
            Gap gap;
            synchronized (gaps.gaps) {
                gap = gaps.gaps.get(missing);
                if (gap == null && deliveredSome) {
                    // Most gaps are appends committing this very moment, filled by the next read;
                    // a reader that made progress asks pg_locks only if this one is still there then.
                    gaps.gaps.put(missing, new Gap(null));
                    return false;
                }
            }
            Set<String> writing = writers(connection);
            synchronized (gaps.gaps) {
                gap = gaps.gaps.get(missing);
                if (gap == null || gap.writers == null) {
                    gap = new Gap(writing);
                    gaps.gaps.put(missing, gap);
                }
            }
            if (!disjoint(gap.writers, writing)) {
                warnIfLong(missing, gap, writing);
                return false;
            }
            permitted = missing;
            return true;
        }
    }
}
