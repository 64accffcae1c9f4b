package io.contractspec.runtime.memory;

import io.contractspec.runtime.internal.HistoryReads;
import io.contractspec.runtime.spi.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the history of one subject from an embedded store's list: the position is the index + 1. */
final class SubjectHistory {

    private SubjectHistory() {}

    static <T> List<Stored<T>> after(List<T> values, Function<T, String> subjectOf, String subject, long after,
            int limit) {
        HistoryReads.check(subject, after, limit);
        List<Stored<T>> page = new ArrayList<>();
        for (int i = (int) Math.min(after, values.size()); i < values.size() && page.size() < limit; i++) {
            T value = values.get(i);
            if (subject.equals(subjectOf.apply(value))) {
                page.add(new Stored<>(i + 1L, value));
            }
        }
        return page;
    }
}
