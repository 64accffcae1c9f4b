package io.contractspec.runtime.jdbc;

import java.sql.SQLException;
import java.util.Arrays;

/**
 * An {@code INSERT ... VALUES (...), (...)} of any number of rows, queued on the call's {@link
 * JdbcSession}. The statement text of each row count is built once.
 */
final class MultiRowInsert {

    private static final int CACHED_ROW_COUNTS = 32;

    private final String head;
    private final int columns;
    private final String[] byRows = new String[CACHED_ROW_COUNTS + 1];

    /** {@code head} ends with {@code VALUES}; {@code columns} parameters per row. */
    MultiRowInsert(String head, int columns) {
        this.head = head;
        this.columns = columns;
    }

    int columns() {
        return columns;
    }

    /** Inserts {@code rows} rows whose values are {@code values}, row after row. */
    void run(JdbcSession session, int rows, Object[] values) throws SQLException {
        // pgjdbc sends at most this many parameters in one statement; larger inserts go in parts.
        int perStatement = Math.max(1, PendingWrites.MAX_PARAMETERS / columns);
        if (rows <= perStatement) {
            session.queue(QueuedWrite.of(sql(rows), values));
            return;
        }
        for (int first = 0; first < rows; first += perStatement) {
            int count = Math.min(perStatement, rows - first);
            session.queue(QueuedWrite.of(sql(count), Arrays.copyOfRange(values, first * columns, (first + count) * columns)));
        }
    }

    private String sql(int rows) {
        if (rows <= CACHED_ROW_COUNTS) {
            String cached = byRows[rows];
            if (cached == null) {
                cached = build(rows);
                byRows[rows] = cached; // a benign race: every thread builds the same text
            }
            return cached;
        }
        return build(rows);
    }

    private String build(int rows) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(head);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? " " : ", ").append(row);
        }
        return sql.toString();
    }
}
