package io.contractspec.runtime.memory;

import io.contractspec.runtime.internal.HistoryReads;
import io.contractspec.runtime.spi.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the history of one subject from an embedded store's list: the position is the index + 1. */
final class SubjectHistory {

    private SubjectHistory() {}

    /**
     * The values about {@code subject} after position {@code after}, at most {@code limit}.
     * {@code values} holds the values still kept, the first of them at position {@code firstKept}
     * (positions count every value ever appended, from 1, so they stay valid when old ones are dropped).
     */
    static <T> List<Stored<T>> after(Iterable<T> values, long firstKept, Function<T, String> subjectOf, String subject,
            long after, int limit) {
        HistoryReads.check(subject, after, limit);
        List<Stored<T>> page = new ArrayList<>();
        long position = firstKept;
        for (T value : values) {
            if (page.size() == limit) {
                break;
            }
            if (position > after && subject.equals(subjectOf.apply(value))) {
                page.add(new Stored<>(position, value));
            }
            position++;
        }
        return page;
    }
}
