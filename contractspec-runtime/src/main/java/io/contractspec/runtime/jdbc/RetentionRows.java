package io.contractspec.runtime.jdbc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading rows for the archive and estimating table sizes, on H2 and PostgreSQL alike. */
final class RetentionRows {

    private RetentionRows() {}

    /** Every column of every row, as JSON objects keyed by lower-case column name. */
    static List<ObjectNode> read(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<ObjectNode> read = new ArrayList<>();
        while (rows.next()) {
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
                Object value = rows.getObject(column);
                if (value == null) {
                    row.putNull(name);
                } else if (value instanceof Long || value instanceof Integer) {
                    row.put(name, ((Number) value).longValue());
                } else if (value instanceof BigDecimal decimal) {
                    row.put(name, decimal);
                } else if (value instanceof java.sql.Timestamp || value instanceof OffsetDateTime) {
                    row.put(name, rows.getObject(column, OffsetDateTime.class).toInstant().toString());
                } else {
                    row.put(name, value.toString());
                }
            }
            read.add(row);
        }
        return read;
    }

    /**
     * The planner's estimate of a table's rows (PostgreSQL's {@code reltuples}, H2's
     * {@code ROW_COUNT_ESTIMATE}): free to read, unlike {@code COUNT(*)} over millions of rows.
     */
    static long estimate(Connection connection, String table) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String sql = postgres
                ? "SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)"
                : "SELECT ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, postgres ? table : table.toUpperCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                // PostgreSQL reports -1 for a table never analyzed.
                return row.next() ? Math.max(0, row.getLong(1)) : 0;
            }
        }
    }
}
