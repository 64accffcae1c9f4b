package io.contractspec.runtime.memory;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The embedded audit trail: records become visible when their transaction commits. Queries return
 * them oldest first; records of the same instant keep the order they were committed in.
 *
 * <p>It is bounded: past its capacity (default {@value #DEFAULT_CAPACITY}) the oldest records are
 * dropped, so a long-running demo does not grow without end. An audit trail that must keep
 * everything belongs in a database ({@code JdbcAuditStore}).
 */
@PublicApi
public final class InMemoryAuditStore implements AuditStore {

    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final Deque<AuditRecord> records = new ArrayDeque<>();
    /** How many records were dropped from the front; history positions count from the first record ever. */
    private long dropped;

    public InMemoryAuditStore() {
        this(DEFAULT_CAPACITY);
    }

    /** A trail that keeps the newest {@code capacity} records. */
    public InMemoryAuditStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void append(Transaction transaction, List<AuditRecord> committed) {
        List<AuditRecord> copy = List.copyOf(committed);
        transaction.afterCommit(() -> keep(copy));
    }

    private synchronized void keep(List<AuditRecord> committed) {
        records.addAll(committed);
        while (records.size() > capacity) {
            records.removeFirst();
            dropped++;
        }
    }

    @Override
    public synchronized List<AuditRecord> query(AuditQuery query) {
        // Commit order is not time order (a call's clock may lag); the sort is stable, so ties keep it.
        return records.stream()
                .filter(query::matches)
                .sorted(Comparator.comparing(AuditRecord::occurredAt))
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized List<Stored<AuditRecord>> recordsAbout(String subject, long after, int limit) {
        return SubjectHistory.after(records, dropped + 1, AuditRecord::subject, subject, after, limit);
    }
}
