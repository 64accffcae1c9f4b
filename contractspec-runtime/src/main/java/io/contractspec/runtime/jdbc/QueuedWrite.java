package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One statement for a {@link WriteQueue}: its SQL with {@code ?} parameters, the values bound to
 * them (see {@link SqlValues} for the Java types it takes), and optionally a check of the rows it
 * changed and a translation of its database errors.
 */
@PublicApi
public final class QueuedWrite {

    private final String sql;
    private final Supplier<Object[]> values;
    private final Supplier<? extends RuntimeException> unlessOneRow;
    private final Function<SQLException, ? extends RuntimeException> translation;

    private QueuedWrite(String sql, Supplier<Object[]> values, Supplier<? extends RuntimeException> unlessOneRow,
            Function<SQLException, ? extends RuntimeException> translation) {
        this.sql = sql;
        this.values = values;
        this.unlessOneRow = unlessOneRow;
        this.translation = translation;
    }

    /** A write whose row count does not matter. The values are bound in order; they are not copied. */
    public static QueuedWrite of(String sql, Object... values) {
        Objects.requireNonNull(values, "values");
        return new QueuedWrite(checked(sql), () -> values, null, null);
    }

    /**
     * A write whose values are taken when it is sent, not when it is queued: a new row can be inserted
     * first, so that the rows referring to it may follow, and still reach the database in the state the
     * transaction leaves it in. {@code values} is called once, when the write is sent (at once without a
     * queue).
     */
    public static QueuedWrite late(String sql, Supplier<Object[]> values) {
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
     * Translates a database error of the flush this write is part of (e.g. a unique violation into
     * a conflict); returning null leaves the error as it is. On PostgreSQL a flush is one request,
     * so the error may come from another write of the same flush: translate by the error's kind
     * (its SQLState), not by assuming it is this write's.
     */
    public QueuedWrite translateErrors(Function<SQLException, ? extends RuntimeException> translation) {
        return new QueuedWrite(sql, values, unlessOneRow, Objects.requireNonNull(translation, "translation"));
    }

    public String sql() {
        return sql;
    }

    /** The values to bind; for a {@link #late} write, taken now. */
    Object[] values() {
        return values.get();
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
