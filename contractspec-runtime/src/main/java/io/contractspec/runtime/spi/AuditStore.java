package io.contractspec.runtime.spi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import java.util.List;

/** Where audit records go: written in the call's transaction, queried by the audit trail. */
@PublicApi
public interface AuditStore {

    void append(Transaction transaction, List<AuditRecord> records);

    /** Records matching the query, oldest first. */
    List<AuditRecord> query(AuditQuery query);

    /**
     * The committed records about one subject (see {@link AuditRecord#subject()}), in write order,
     * after the given position (0 for the start), at most {@code limit}. Records retention removed
     * are gone from this history too.
     */
    List<Stored<AuditRecord>> recordsAbout(String subject, long after, int limit);
}
