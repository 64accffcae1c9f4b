package io.contractspec.examples.workflow.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the rows of this page
 * @param total matching rows across all pages, counted up to {@code Paging.TOTAL_CAP}
 * @param capped whether more rows match than were counted
 * @param hasMore whether a row follows the last one of this page
 */
public record Page<T>(List<T> items, long total, boolean capped, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page of {@code limit} rows out of {@code limit + 1} fetched, with the capped count. */
    public static <T> Page<T> of(List<T> fetched, int limit, long counted, int cap) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? fetched.subList(0, limit) : fetched, Math.min(counted, cap), counted > cap, more);
    }
}
