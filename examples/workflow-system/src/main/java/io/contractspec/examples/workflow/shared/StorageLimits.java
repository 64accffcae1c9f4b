package io.contractspec.examples.workflow.shared;

/**
 * What the stores can hold, stated in the contracts so that validation answers 422 naming the
 * field instead of the database failing (or silently truncating) later. One statement of each
 * limit; the tables in {@code V1__workflow_tables.sql} follow them.
 */
public final class StorageLimits {

    /** Ids, keys, names, labels and user ids: the {@code VARCHAR(255)} columns. */
    public static final int SHORT_TEXT = 255;

    /** Descriptions, comments and reasons: {@code TEXT} columns, bounded so one request stays reasonable. */
    public static final int LONG_TEXT = 10_000;

    /** Positions, seconds and other counters: the {@code INT} columns. */
    public static final int MAX_INT = Integer.MAX_VALUE;

    /**
     * Date-times both databases store, {@code java.time} parses and the output can show again in
     * UTC with a four-digit year: years 1900 to 9998 (PostgreSQL has no year 0; an offset of up to
     * 18 hours must not move an instant past 9999) and offsets within ±18:00 ({@code ZoneOffset}'s
     * range), on top of the DateTime format.
     */
    public static final String STORED_DATE_TIME =
            "^(19[0-9]{2}|[2-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-.*(Z|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)$";

    private StorageLimits() {}
}
