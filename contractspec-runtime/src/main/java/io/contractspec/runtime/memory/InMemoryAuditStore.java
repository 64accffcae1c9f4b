package io.contractspec.runtime.memory;

import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.Transaction;
import java.util.ArrayList;
import java.util.List;

/** The embedded audit trail: records become visible when their transaction commits. */
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
        List<AuditRecord> matching = new ArrayList<>();
        for (AuditRecord record : records) {
            if (query.matches(record)) {
                matching.add(record);
                if (matching.size() == query.limit()) {
                    break;
                }
            }
        }
        return matching;
    }
}
