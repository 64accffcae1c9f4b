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
}
