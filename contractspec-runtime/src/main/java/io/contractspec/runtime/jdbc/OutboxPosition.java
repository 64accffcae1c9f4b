package io.contractspec.runtime.jdbc;

/**
 * Positions in an outbox that stores one row per append (a transaction's events): a position is
 * {@code row * EVENTS_PER_APPEND + events}, a row number and how many of that row's events come
 * before it. Rows are numbered by {@code cs_outbox_append.seq}. A subscriber's position (in {@code
 * cs_outbox_position.last_seq}) says: every append numbered below {@link #row} is delivered (or
 * its number will never be used), and the first {@link #events} events of the append numbered
 * {@link #row}. A subject's history counts the same way. Both keep the one-number positions the
 * store SPI hands out.
 */
final class OutboxPosition {

    /** The most events one transaction may append (2^20), so a row number keeps 43 bits. */
    static final int EVENTS_PER_APPEND = 1 << 20;

    private OutboxPosition() {}

    static long of(long row, int events) {
        return row * EVENTS_PER_APPEND + events;
    }

    static long row(long position) {
        return position / EVENTS_PER_APPEND;
    }

    static int events(long position) {
        return (int) (position % EVENTS_PER_APPEND);
    }

    /** The position after the event at {@code index} of an append of {@code count} events numbered {@code row}. */
    static long after(long row, int index, int count) {
        return index + 1 == count ? of(row + 1, 0) : of(row, index + 1);
    }
}
