package io.contractspec.runtime.pagination;

import io.contractspec.annotations.PublicApi;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list. Fetch {@code limit + 1} rows in the list's order, strictly
 * after the decoded position; {@link #of} keeps {@code limit} of them and, when the extra row
 * exists, issues the cursor that continues after the last one kept — so "is there more?" costs
 * one row, never a count.
 *
 * @param items the items of this page, at most {@code limit}
 * @param nextCursor the cursor of the next page; empty on the last page
 */
@PublicApi
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    /**
     * @param fetched up to {@code limit + 1} rows in list order
     * @param limit the page size asked for
     * @param codec signs the next cursor
     * @param filters the request's {@linkplain CursorCodec#fingerprint filter fingerprint}
     * @param position the sort key values of a row, most significant first
     */
    public static <T> Page<T> of(List<T> fetched, int limit, CursorCodec codec, String filters,
            Function<T, List<String>> position) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), Optional.empty());
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, Optional.of(codec.encode(filters, position.apply(items.get(limit - 1)))));
    }

    public boolean hasMore() {
        return nextCursor.isPresent();
    }
}
