package io.contractspec.runtime.memory;

import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The embedded audit trail: records become visible when their transaction commits. Queries return
 * them oldest first; records of the same instant keep the order they were committed in.
 */
public final class InMemoryAuditStore implements AuditStore {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void append(Transaction transaction, List<AuditRecord> committed) {
        List<AuditRecord> copy = List.copyOf(committed);
        transaction.afterCommit(() -> {
            synchronized (this) {
                records.addAll(copy);
            }
        });
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
        return SubjectHistory.after(records, AuditRecord::subject, subject, after, limit);
    }
}
