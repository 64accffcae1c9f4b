package io.contractspec.runtime.internal;

/** The arguments of a store's history read (by subject, after a position), checked alike by every store. */
public final class HistoryReads {

    /** The most values one read returns. */
    public static final int MAX_LIMIT = 10_000;

    private HistoryReads() {}

    public static void check(String subject, long after, int limit) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (after < 0) {
            throw new IllegalArgumentException("after must not be negative, got " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }
}
