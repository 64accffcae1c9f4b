package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.jdbc.SqlValues;
import io.contractspec.runtime.jdbc.WriteQueue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The little JDBC the repositories share: queuing writes on the call's transaction, binding values
 * ({@link SqlValues}), mapping rows, and turning the lost race of an optimistic update into CONFLICT.
 */
public final class Jdbc {

    public static final ObjectMapper JSON = io.contractspec.schema.ExactJson.mapper();

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {}

    /**
     * A write whose row count does not matter. Within a call's transaction it is queued and reaches the database
     * with the next read or the commit (see {@link WriteQueue}); a failure then surfaces there, and the
     * transaction rolls back as a whole either way.
     */
    public static void update(Connection connection, String sql, Object... parameters) {
        write(connection, null, sql, parameters);
    }

    /** An update guarded by {@code version = ?}: no row changed means another transaction changed it first. */
    public static void updateVersioned(Connection connection, String what, String sql, Object... parameters) {
        write(connection, () -> new ContractException(StandardCode.CONFLICT,
                what + " was changed concurrently; reload and retry"), sql, parameters);
    }

    /** A write whose values are taken when it reaches the database (see {@link QueuedWrite#late}). */
    public static void updateLate(Connection connection, String sql, Supplier<Object[]> parameters) {
        write(connection, null, sql, parameters);
    }

    private static void write(Connection connection, Supplier<ContractException> unlessOneRow, String sql,
            Object... parameters) {
        write(connection, unlessOneRow, sql, () -> parameters);
    }

    private static void write(Connection connection, Supplier<ContractException> unlessOneRow, String sql,
            Supplier<Object[]> parameters) {
        try {
            if (connection.isWrapperFor(WriteQueue.class)) {
                QueuedWrite write = QueuedWrite.late(sql, parameters).translateErrors(Jdbc::raceLost);
                connection.unwrap(WriteQueue.class).add(unlessOneRow == null ? write : write.expectOne(unlessOneRow));
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                SqlValues.of(connection).bind(statement, 1, parameters.get());
                if (statement.executeUpdate() != 1 && unlessOneRow != null) {
                    throw unlessOneRow.get();
                }
            }
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlValues.of(connection).bind(statement, 1, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    public static <T> Optional<T> queryOne(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(connection, sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static long count(Connection connection, String sql, Object... parameters) {
        return queryOne(connection, sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    /** {@code "a, b"} as {@code "t.a AS t_a, t.b AS t_b"}: a table's columns in a join, named apart. */
    public static String aliased(String columns, String alias) {
        return Arrays.stream(columns.split(","))
                .map(String::trim)
                .map(column -> alias + "." + column + " AS " + alias + "_" + column)
                .collect(Collectors.joining(", "));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static Long longValue(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static JsonNode json(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("column " + column + " holds invalid JSON", e);
        }
    }

    public static String jsonText(JsonNode node) {
        try {
            return node == null ? null : JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A duplicate key, or a lock another transaction holds on the same row (H2's concurrent update, PostgreSQL's
     * serialization failure, deadlock or lock timeout) is the losing side of a race: CONFLICT, not a crash. A
     * deadlock happens when a timer and a command change the same instance: the timer locks its row first, the
     * command its step visit; the database picks one victim and the other proceeds.
     */
    private static RuntimeException translate(String sql, SQLException e) {
        ContractException lost = raceLost(e);
        return lost != null ? lost : new SqlFailure(sql, e);
    }

    /** CONFLICT when the failure is the losing side of a race (see {@link #translate}); otherwise null. */
    private static ContractException raceLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean race = switch (state) {
            case "40001", "40P01", "55P03", "23505", "HYT00" -> true;
            default -> e.getErrorCode() == 90131;
        };
        return race ? new ContractException(StandardCode.CONFLICT, "the record is being changed by another request; retry")
                : null;
    }
}
