package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One write for a {@link JdbcSession}'s queue: its SQL with {@code ?} parameters, the values bound
 * to them (the Java types {@link JdbcSession} lists), and optionally a check of the rows it changed
 * and a translation of its database errors.
 */
@PublicApi
public final class QueuedWrite {

    private static final Pattern TARGET = Pattern.compile(
            "\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(?:\\w+\\.)?\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);

    private final String sql;
    private final Object[] values;
    private final Supplier<? extends RuntimeException> unlessOneRow;
    private final Function<SQLException, ? extends RuntimeException> translation;

    private QueuedWrite(String sql, Object[] values, Supplier<? extends RuntimeException> unlessOneRow,
            Function<SQLException, ? extends RuntimeException> translation) {
        this.sql = sql;
        this.values = values;
        this.unlessOneRow = unlessOneRow;
        this.translation = translation;
    }

    /**
     * A write whose row count does not matter. The values are bound in order when the write is
     * sent; they are not copied, so they must not change until then.
     */
    public static QueuedWrite of(String sql, Object... values) {
        return new QueuedWrite(checked(sql), Objects.requireNonNull(values, "values"), null, null);
    }

    private static String checked(String sql) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank() || sql.contains(";")) {
            throw new IllegalArgumentException("a queued write is one SQL statement without ';', got: " + sql);
        }
        return sql;
    }

    /**
     * The write must change exactly one row, as an optimistic update ({@code ... AND version = ?})
     * does unless another transaction changed the row first; otherwise the flush throws what
     * {@code otherwise} supplies.
     */
    public QueuedWrite expectOne(Supplier<? extends RuntimeException> otherwise) {
        return new QueuedWrite(sql, values, Objects.requireNonNull(otherwise, "otherwise"), translation);
    }

    /**
     * Translates this write's database error (e.g. a unique violation into a conflict); returning
     * null leaves the error as it is. On PostgreSQL, where the server names the failed table and
     * not the statement, every write of the flush to that table may be asked: translate by the
     * error's kind (its SQLState).
     */
    public QueuedWrite translateErrors(Function<SQLException, ? extends RuntimeException> translation) {
        return new QueuedWrite(sql, values, unlessOneRow, Objects.requireNonNull(translation, "translation"));
    }

    public String sql() {
        return sql;
    }

    Object[] values() {
        return values;
    }

    /** The table the statement writes to, lower case, as PostgreSQL names it in errors; null if not plain. */
    String table() {
        Matcher target = TARGET.matcher(sql);
        return target.lookingAt() ? target.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Checks the rows the write changed. */
    void checkRowCount(int rows) {
        if (unlessOneRow != null && rows != 1) {
            throw unlessOneRow.get();
        }
    }

    RuntimeException translate(SQLException failure) {
        return translation == null ? null : translation.apply(failure);
    }
}
