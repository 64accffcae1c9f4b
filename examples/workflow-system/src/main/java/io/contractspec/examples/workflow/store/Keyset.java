package io.contractspec.examples.workflow.store;

import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.time.Instant;
import java.util.List;

/**
 * The SQL of keyset pagination: a list sorted by (sort column, id) continues strictly after the
 * position of the previous page's last row, through the index that serves the sort, so the
 * thousandth page costs what the first does. The count is capped: it stops at
 * {@link Paging#TOTAL_CAP} + 1 rows.
 */
public final class Keyset {

    private Keyset() {}

    /**
     * Appends "after this position" for a list sorted by {@code column, id} in one direction. The
     * leading {@code column <= ?} (or {@code >=}) is what an index range scan can use.
     */
    public static void after(StringBuilder where, List<Object> parameters, String column, boolean descending,
            Object position, String id) {
        String op = descending ? "<" : ">";
        where.append(" AND ").append(column).append(' ').append(op).append("= ? AND (")
                .append(column).append(' ').append(op).append(" ? OR id ").append(op).append(" ?)");
        parameters.add(position);
        parameters.add(position);
        parameters.add(id);
    }

    public static Instant instant(String position) {
        return Instant.parse(position);
    }

    /** How many rows match, counting no further than the cap allows. */
    public static long cappedCount(JdbcSession session, String table, String where, List<Object> parameters) {
        return Jdbc.count(session, "SELECT COUNT(*) FROM (SELECT 1 FROM " + table + where
                + " FETCH FIRST " + (Paging.TOTAL_CAP + 1) + " ROWS ONLY) capped", parameters.toArray());
    }
}
