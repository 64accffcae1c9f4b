package io.contractspec.runtime.stores;

import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.runtime.jdbc.DataSources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A fresh schema in the real PostgreSQL (default {@code 127.0.0.1:5432/test} as {@code postgres},
 * override with {@code -Dcontractspec.test.postgres=jdbc:postgresql://…}), dropped on close. Other
 * builds may share the database, so everything here is scoped to the schema and to connections
 * whose application name is the schema's name.
 */
final class PostgresTestDatabase extends TestDatabase {

    private static final String SERVER = System.getProperty("contractspec.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("contractspec.test.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("contractspec.test.postgres.password", "");

    private final String schema;
    private final HikariDataSource dataSource;

    PostgresTestDatabase(String schema) {
        this.schema = schema;
        admin("CREATE SCHEMA " + schema);
        String separator = SERVER.contains("?") ? "&" : "?";
        // A lock wait that would hang the build fails the test instead, as on H2.
        this.dataSource = DataSources.pooled(SERVER + separator + "currentSchema=" + schema
                + "&ApplicationName=" + schema + "&options=-c%20lock_timeout=10000", USER, PASSWORD);
    }

    @Override
    String name() {
        return schema;
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    int sessionsWaitingIn(String statement) {
        return (int) count("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND application_name = '" + schema + "' AND query LIKE '" + statement + "%'");
    }

    @Override
    public void close() {
        dataSource.close();
        admin("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is required for this test: " + sql, e);
        }
    }
}
