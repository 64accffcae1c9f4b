package io.contractspec.runtime.retention;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import java.io.IOException;
import java.util.List;

/**
 * Receives rows just before retention deletes them. The batch is deleted only after
 * {@link #archive} returns; when it throws, nothing of the batch is deleted and the next run tries
 * again, so an archive sees a row at least once.
 */
@FunctionalInterface
@PublicApi
public interface RetentionArchive {

    /**
     * @param table the runtime table the rows come from ({@code cs_outbox_append}: one row per transaction, its events as a JSON array; {@code cs_audit})
     * @param rows the rows, one JSON object each (column name → value; times as ISO-8601 text)
     */
    void archive(String table, List<ObjectNode> rows) throws IOException;
}
