package io.contractspec.examples.workflow.shared;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.pagination.CursorCodec;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.function.Function;

/**
 * What every list handler does with its page fields: turns a cursor into the position to continue
 * after (refusing one issued for other filters, or combined with an offset) and the last row of a
 * page into the next cursor.
 */
public final class ListPages {

    private final CursorCodec cursors;

    public ListPages(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /** The position to continue after; empty for the first page. */
    public List<String> after(String cursor, int offset, String filters) {
        if (cursor == null) {
            return List.of();
        }
        if (offset > 0) {
            String message = "offset cannot be combined with cursor: the cursor already says where the page starts";
            throw new ContractException(StandardCode.VALIDATION_FAILED, "offset: " + message,
                    List.of(Diagnostic.issue("offset_with_cursor", "offset", message)));
        }
        return cursors.decode(cursor, filters, "cursor");
    }

    /** The cursor of the page after this one; null on the last page. */
    public <T> String nextCursor(Page<T> page, String filters, Function<T, List<String>> position) {
        if (!page.hasMore()) {
            return null;
        }
        return cursors.encode(filters, position.apply(page.items().get(page.items().size() - 1)));
    }
}
