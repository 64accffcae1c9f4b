package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads the columns of one row, named with a prefix when the row comes from a join ({@link Jdbc#aliased}). */
public final class ColumnReader {

    private final ResultSet row;
    private final String prefix;

    public ColumnReader(ResultSet row, String prefix) {
        this.row = row;
        this.prefix = prefix;
    }

    public String text(String column) throws SQLException {
        return row.getString(prefix + column);
    }

    public int number(String column) throws SQLException {
        return row.getInt(prefix + column);
    }

    public long version() throws SQLException {
        return row.getLong(prefix + "version");
    }

    public Instant instant(String column) throws SQLException {
        return Jdbc.instant(row, prefix + column);
    }

    public JsonNode json(String column) throws SQLException {
        return Jdbc.json(row, prefix + column);
    }
}
