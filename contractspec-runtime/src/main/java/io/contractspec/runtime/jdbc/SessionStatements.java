package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What both sessions run the same way: statements of their own, after sending what is queued. */
abstract class SessionStatements implements JdbcSession {

    abstract SqlValues values();

    /** Whether the session's database is PostgreSQL (asked without sending what is queued). */
    final boolean postgres() {
        return values() == SqlValues.forPostgres(true);
    }

    @Override
    public final <T> List<T> query(String sql, RowMapper<T> rows, Object... values) throws SQLException {
        Connection connection = connection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            values().bind(statement, 1, values);
            try (ResultSet result = statement.executeQuery()) {
                List<T> mapped = new ArrayList<>();
                while (result.next()) {
                    mapped.add(rows.map(result));
                }
                return mapped;
            }
        }
    }

    @Override
    public final int execute(String sql, Object... values) throws SQLException {
        Connection connection = connection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            values().bind(statement, 1, values);
            return statement.executeUpdate();
        }
    }
}
