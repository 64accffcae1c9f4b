package io.contractspec.runtime.stores;

import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.runtime.jdbc.DataSources;
import javax.sql.DataSource;

/** A private in-memory H2 database, opened through the runtime's own {@link DataSources} helper. */
final class H2TestDatabase extends TestDatabase {

    private final String name;
    private final HikariDataSource dataSource;

    H2TestDatabase(String name) {
        this.name = name;
        this.dataSource = DataSources.h2Memory(name);
    }

    @Override
    String name() {
        return name;
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    int sessionsWaitingIn(String statement) {
        // H2 reports a wait on a row lock as BLOCKED but a wait on another transaction's entry in a
        // unique index as RUNNING; either way the session is stuck inside that statement.
        return (int) count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_STATE <> 'SLEEP'"
                + " AND EXECUTING_STATEMENT LIKE '" + statement + "%'");
    }

    @Override
    public void close() {
        // The database outlives its connections (DB_CLOSE_DELAY=-1); free what it holds.
        execute("DROP ALL OBJECTS");
        dataSource.close();
    }
}
