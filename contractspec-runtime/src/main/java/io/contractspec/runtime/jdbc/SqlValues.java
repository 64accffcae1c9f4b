package io.contractspec.runtime.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Binds plain Java values to statement parameters: {@code null}, String, Boolean, Integer, Long,
 * Short, Double, BigDecimal, Instant and OffsetDateTime (kept to the microsecond, as both
 * databases store them), JsonNode (as its JSON text) and enum constants (as their
 * {@code toString()}, so an enum decides its stored form).
 *
 * <p>On PostgreSQL every value goes as text of unspecified type, and the server gives it the type
 * the statement needs there. A parameter then has the same type whether its value is null or not:
 * pgjdbc prepares a statement again, and loses its cached plan, whenever a parameter's type
 * changes between executions, and with typed binding a null goes untyped while a value goes typed,
 * so a nullable TEXT or timestamp column flipping between null and a value re-prepares the
 * statement each time. It also spares pgjdbc's calendar-based timestamp formatting. A parameter whose
 * type the statement does not determine ({@code ? IS NULL}) needs a CAST on PostgreSQL.
 */
final class SqlValues {

    private static final SqlValues STANDARD = new SqlValues(false);
    private static final SqlValues POSTGRES = new SqlValues(true);

    private final boolean untypedText;

    private SqlValues(boolean untypedText) {
        this.untypedText = untypedText;
    }

    static SqlValues forPostgres(boolean postgres) {
        return postgres ? POSTGRES : STANDARD;
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** Binds {@code values} to the parameters from {@code first} on; returns the next free index. */
    int bind(PreparedStatement statement, int first, Object... values) throws SQLException {
        int index = first;
        for (Object value : values) {
            if (untypedText) {
                bindText(statement, index++, value);
            } else {
                bindTyped(statement, index++, value);
            }
        }
        return index;
    }

    private static void bindText(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, text(value), Types.OTHER);
        }
    }

    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Double
                || value instanceof BigDecimal || value instanceof Boolean || value instanceof JsonNode
                || value instanceof Enum<?>) {
            return value.toString();
        }
        throw unsupported(value);
    }

    private static void bindTyped(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String string) {
            statement.setString(index, string);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        } else if (value instanceof OffsetDateTime time) {
            statement.setObject(index, time.truncatedTo(ChronoUnit.MICROS));
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Short number) {
            statement.setShort(index, number);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof JsonNode || value instanceof Enum<?>) {
            statement.setString(index, value.toString());
        } else {
            throw unsupported(value);
        }
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("cannot bind a " + value.getClass().getName()
                + "; bind a String, Boolean, Integer, Long, Short, Double, BigDecimal, Instant, OffsetDateTime,"
                + " JsonNode or enum constant");
    }
}
