package io.contractspec.runtime.stores;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/** A database of its own for one test class: an H2 in-memory database or a PostgreSQL schema. */
abstract class TestDatabase implements AutoCloseable {

    static TestDatabase h2() {
        return new H2TestDatabase(uniqueName());
    }

    static TestDatabase postgres() {
        return new PostgresTestDatabase(uniqueName());
    }

    static String uniqueName() {
        return "cs_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    abstract String name();

    abstract DataSource dataSource();

    /**
     * How many of this database's sessions are stuck in a statement starting with the given text,
     * waiting for a lock or a key another transaction holds.
     */
    abstract int sessionsWaitingIn(String statement);

    @Override
    public abstract void close();

    /** A second pool of at most {@code connections} on the same database; the caller closes it. */
    HikariDataSource smallPool(int connections) {
        HikariDataSource shared = (HikariDataSource) dataSource();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(shared.getJdbcUrl());
        config.setUsername(shared.getUsername());
        config.setPassword(shared.getPassword());
        config.setMaximumPoolSize(connections);
        config.setConnectionTimeout(Concurrently.PATIENCE.toMillis() / 2);
        config.setPoolName(name() + "-small");
        return new HikariDataSource(config);
    }

    void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + name();
    }
}
