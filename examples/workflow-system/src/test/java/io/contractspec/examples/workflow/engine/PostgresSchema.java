package io.contractspec.examples.workflow.engine;

import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.runtime.jdbc.DataSources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema in the real PostgreSQL (default {@code 127.0.0.1:5432/test} as {@code postgres},
 * override with {@code -Dcontractspec.test.postgres=jdbc:postgresql://…}), dropped on close.
 */
public final class PostgresSchema implements AutoCloseable {

    private static final String SERVER = System.getProperty("contractspec.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("contractspec.test.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("contractspec.test.postgres.password", "");

    public final String name = "wf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    public final HikariDataSource dataSource;

    public PostgresSchema() {
        admin("CREATE SCHEMA " + name);
        // A lock wait that would hang the build fails the test instead.
        dataSource = DataSources.pooled(url(), USER, PASSWORD);
    }

    /** The JDBC URL of the schema, for a pool of one's own. */
    public String url() {
        return SERVER + "?currentSchema=" + name + "&options=-c%20lock_timeout=10000";
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    @Override
    public void close() {
        dataSource.close();
        admin("DROP SCHEMA " + name + " CASCADE");
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
