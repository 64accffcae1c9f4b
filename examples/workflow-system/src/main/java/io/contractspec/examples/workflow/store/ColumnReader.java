package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads the columns of one row, named with a prefix when the row comes from a join ({@link Jdbc#aliased}). */
final class ColumnReader {

    private final ResultSet row;
    private final String prefix;

    ColumnReader(ResultSet row, String prefix) {
        this.row = row;
        this.prefix = prefix;
    }

    String text(String column) throws SQLException {
        return row.getString(prefix + column);
    }

    int number(String column) throws SQLException {
        return row.getInt(prefix + column);
    }

    long version() throws SQLException {
        return row.getLong(prefix + "version");
    }

    Instant instant(String column) throws SQLException {
        return Jdbc.instant(row, prefix + column);
    }

    JsonNode json(String column) throws SQLException {
        return Jdbc.json(row, prefix + column);
    }
}
