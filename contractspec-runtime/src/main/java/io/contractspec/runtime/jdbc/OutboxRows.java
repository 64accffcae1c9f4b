package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.Stored;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a transaction's events to {@code cs_outbox_append} as one row and reads them back, in
 * delivery order (the row's {@code seq}, taken when it is inserted, at the end of the transaction;
 * {@link OutboxGaps} says when a missing number may be passed) or as one subject's history. A row
 * is never written again once inserted. The row names its subject when every event names the same
 * one; an append about several subjects names each in {@code cs_outbox_subject} instead.
 */
final class OutboxRows {

    private static final MultiRowInsert INSERT = new MultiRowInsert("INSERT INTO cs_outbox_append"
            + " (append_id, occurred_at, event_count, subject, events) VALUES", 5);
    private static final MultiRowInsert SUBJECTS = new MultiRowInsert("INSERT INTO cs_outbox_subject"
            + " (subject, append_id) VALUES", 2);

    /** Appends read per statement while delivering: a delivery wants events, and rows hold several. */
    private static final int ROWS_PER_READ = 64;

    /** Where appends take their numbers one at a time (H2): the lock row, held until commit. */
    private static final QueuedWrite SERIALIZE = QueuedWrite.of(
            "UPDATE cs_outbox_lock SET appends = appends + 1 WHERE id = 1");

    private static final String READ_AFTER = "SELECT seq, events FROM cs_outbox_append"
            + " WHERE seq >= ? ORDER BY seq FETCH FIRST ? ROWS ONLY";

    // Committed rows by insert order (seq).
    private static final String READ_ABOUT = "SELECT seq, events FROM ("
            + "SELECT seq, events FROM cs_outbox_append WHERE subject = ? AND seq >= ?"
            + " UNION ALL SELECT a.seq, a.events FROM cs_outbox_subject s"
            + " JOIN cs_outbox_append a ON a.append_id = s.append_id WHERE s.subject = ? AND a.seq >= ?"
            + ") about ORDER BY seq FETCH FIRST ? ROWS ONLY";

    private OutboxRows() {}

    /**
     * Inserts the events of one transaction as one row (the first event's id names it), queued with
     * the transaction's other writes. On H2 it first locks the row of {@code cs_outbox_lock} until
     * the transaction ends, so that numbers become visible in order ({@link OutboxGaps}).
     */
    static void append(SessionStatements session, List<EventEnvelope> events) throws SQLException {
        if (events.size() >= OutboxPosition.EVENTS_PER_APPEND) {
            throw new IllegalArgumentException("one transaction may append at most "
                    + (OutboxPosition.EVENTS_PER_APPEND - 1) + " events, got " + events.size());
        }
        String appendId = events.get(0).id();
        Set<String> subjects = new LinkedHashSet<>();
        for (EventEnvelope event : events) {
            subjects.add(event.subject());
        }
        subjects.remove(null);
        boolean oneSubject = subjects.size() == 1 && events.stream().allMatch(event -> event.subject() != null);
        if (!session.postgres()) {
            session.queue(SERIALIZE);
        }
        INSERT.run(session, 1, new Object[] {
            appendId, events.get(events.size() - 1).occurredAt(), events.size(),
            oneSubject ? subjects.iterator().next() : null, OutboxAppendJson.write(events)});
        if (!oneSubject && !subjects.isEmpty()) {
            Object[] values = new Object[subjects.size() * SUBJECTS.columns()];
            int i = 0;
            for (String subject : subjects) {
                values[i++] = subject;
                values[i++] = appendId;
            }
            SUBJECTS.run(session, subjects.size(), values);
        }
    }

    /**
     * Up to {@code limit} events after a subscriber's position, each with the position after it,
     * stopping at a missing number the round may not pass.
     */
    static List<Stored<EventEnvelope>> readAfter(Connection connection, long position, int limit, OutboxGaps.Round gaps)
            throws SQLException {
        List<Stored<EventEnvelope>> events = new ArrayList<>();
        long next = OutboxPosition.row(position);
        int skip = OutboxPosition.events(position);
        boolean more = true;
        while (events.size() < limit && more) {
            int rows = 0;
            boolean stopped = false;
            try (PreparedStatement read = connection.prepareStatement(READ_AFTER)) {
                read.setLong(1, next);
                read.setInt(2, ROWS_PER_READ);
                try (ResultSet result = read.executeQuery()) {
                    while (events.size() < limit && result.next()) {
                        rows++;
                        long row = result.getLong(1);
                        if (row != next && !gaps.mayPass(next, row)) {
                            stopped = true;
                            break;
                        }
                        List<EventEnvelope> append = OutboxAppendJson.read(result.getString(2));
                        for (int i = skip; i < append.size() && events.size() < limit; i++) {
                            events.add(new Stored<>(OutboxPosition.after(row, i, append.size()), append.get(i)));
                        }
                        skip = 0;
                        next = row + 1;
                    }
                }
            }
            more = stopped ? gaps.mayRetry(connection, !events.isEmpty()) : rows == ROWS_PER_READ;
        }
        return events;
    }

    /** One subject's committed events after a history position, in append order, at most {@code limit}. */
    static List<Stored<EventEnvelope>> readAbout(Connection connection, String subject, long after, int limit)
            throws SQLException {
        List<Stored<EventEnvelope>> events = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(READ_ABOUT)) {
            long fromRow = OutboxPosition.row(after);
            read.setString(1, subject);
            read.setLong(2, fromRow);
            read.setString(3, subject);
            read.setLong(4, fromRow);
            read.setInt(5, limit);
            try (ResultSet result = read.executeQuery()) {
                while (result.next() && events.size() < limit) {
                    long seq = result.getLong(1);
                    List<EventEnvelope> append = OutboxAppendJson.read(result.getString(2));
                    for (int i = 0; i < append.size() && events.size() < limit; i++) {
                        long position = OutboxPosition.of(seq, i + 1);
                        if (position > after && Objects.equals(subject, append.get(i).subject())) {
                            events.add(new Stored<>(position, append.get(i)));
                        }
                    }
                }
            }
        }
        return events;
    }
}
