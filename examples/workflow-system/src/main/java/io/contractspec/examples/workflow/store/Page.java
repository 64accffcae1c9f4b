package io.contractspec.examples.workflow.store;

import java.util.List;

/** One page of a listing and the number of matching rows across all pages. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
