package io.contractspec.runtime.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** What the JDBC stores share: the call's connection, time and JSON columns, error codes. */
final class Sql {

    /** Both H2 and PostgreSQL report a unique or primary key violation with this SQLState. */
    static final String UNIQUE_VIOLATION = "23505";

    private static final JsonMapper JSON = io.contractspec.schema.ExactJson.mapper();

    private Sql() {}

    /** The call's session; both kinds ({@link QueuedSession}, {@link DirectSession}) run their statements alike. */
    static SessionStatements sessionOf(Transaction transaction, String store) {
        try {
            return (SessionStatements) JdbcSession.of(transaction);
        } catch (IllegalStateException noConnection) {
            throw new IllegalStateException(store + " writes in the call's JDBC transaction; configure the executor"
                    + " with a JdbcUnitOfWork on the same DataSource", noConnection);
        }
    }

    /**
     * Binds an instant as TIMESTAMP WITH TIME ZONE. Both databases keep microseconds; truncating
     * here (PostgreSQL would round) makes a stored instant read back exactly as written.
     */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static String writeJson(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode readJson(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column " + column + " holds invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** True when the failure (or one chained to it, as batches report) is a unique violation. */
    static boolean isUniqueViolation(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Rolls back after a failure, keeping a rollback failure as a suppressed exception. */
    static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
