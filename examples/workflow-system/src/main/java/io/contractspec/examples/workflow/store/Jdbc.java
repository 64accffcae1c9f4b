package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The little JDBC the repositories share: binding parameters (instants as UTC timestamps, JSON as
 * text), mapping rows, and turning the lost race of an optimistic update into CONFLICT.
 */
public final class Jdbc {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {}

    public static int update(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    /** An update guarded by {@code version = ?}: no row changed means another transaction changed it first. */
    public static void updateVersioned(Connection connection, String what, String sql, Object... parameters) {
        if (update(connection, sql, parameters) != 1) {
            throw new ContractException(StandardCode.CONFLICT, what + " was changed concurrently; reload and retry");
        }
    }

    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
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

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Long longValue(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static JsonNode json(ResultSet row, String column) throws SQLException {
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

    static String jsonText(JsonNode node) {
        return node == null ? null : node.toString();
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof JsonNode node) {
                statement.setString(index, node.toString());
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.toString());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /**
     * A duplicate key, or a lock another transaction holds on the same row (H2's concurrent update, PostgreSQL's
     * serialization failure, deadlock or lock timeout) is the losing side of a race: CONFLICT, not a crash. A
     * deadlock happens when a timer and a command change the same instance: the timer locks its row first, the
     * command its step visit; the database picks one victim and the other proceeds.
     */
    private static RuntimeException translate(String sql, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || state.equals("23505") || state.equals("HYT00") || e.getErrorCode() == 90131) {
            return new ContractException(StandardCode.CONFLICT, "the record is being changed by another request; retry");
        }
        return new IllegalStateException("SQL failed: " + sql, e);
    }
}
