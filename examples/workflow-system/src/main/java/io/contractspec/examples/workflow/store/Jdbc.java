package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.jdbc.QueuedWriteException;
import io.contractspec.runtime.jdbc.RowMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The little JDBC the repositories share, over the call's {@link JdbcSession}: writes queued (they
 * reach the database at the session's next read or the commit, one round trip on PostgreSQL),
 * reads, mapping rows, and turning the lost race of an optimistic update into CONFLICT.
 */
public final class Jdbc {

    public static final ObjectMapper JSON = io.contractspec.schema.ExactJson.mapper();

    private Jdbc() {}

    /**
     * A write whose row count does not matter, queued: it reaches the database with the session's next read or the
     * commit, and a failure of it surfaces there, naming this statement (see {@link JdbcSession}).
     */
    public static void update(JdbcSession session, String sql, Object... parameters) {
        queue(session, QueuedWrite.of(sql, parameters));
    }

    /** An update guarded by {@code version = ?}: no row changed means another transaction changed it first. */
    public static void updateVersioned(JdbcSession session, String what, String sql, Object... parameters) {
        queue(session, QueuedWrite.of(sql, parameters).expectOne(() -> new ContractException(StandardCode.CONFLICT,
                what + " was changed concurrently; reload and retry")));
    }

    private static void queue(JdbcSession session, QueuedWrite write) {
        try {
            session.queue(write.translateErrors(Jdbc::raceLost));
        } catch (SQLException e) {
            throw translate(write.sql(), e);
        }
    }

    public static <T> List<T> query(JdbcSession session, String sql, RowMapper<T> mapper, Object... parameters) {
        try {
            return session.query(sql, mapper, parameters);
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    public static <T> Optional<T> queryOne(JdbcSession session, String sql, RowMapper<T> mapper, Object... parameters) {
        try {
            return session.queryFirst(sql, mapper, parameters);
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    public static long count(JdbcSession session, String sql, Object... parameters) {
        return queryOne(session, sql, row -> row.getLong(1), parameters).orElse(0L);
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
        if (lost != null) {
            return lost;
        }
        // A queued write failed at this statement's flush: name the write, not the statement that sent it.
        return new SqlFailure(e instanceof QueuedWriteException queued
                ? queued.writes().stream().map(QueuedWrite::sql).collect(Collectors.joining("; ")) : sql, e);
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
