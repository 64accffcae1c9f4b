package io.contractspec.examples.workflow.store;

import java.sql.SQLException;

/**
 * A statement failed for a reason other than a lost race. Drivers quote the offending values in
 * their messages (PostgreSQL's "Key (...)=(...)", H2's "Value too long ...: 'text'"), and those
 * values are user input that must not end up in logs; so this keeps the statement (placeholders
 * only), the SQLState and the vendor code, and the driver's stack trace, but not its message.
 */
public final class SqlFailure extends RuntimeException {

    private final String sqlState;

    SqlFailure(String sql, SQLException driverFailure) {
        super("SQL failed with SQLState " + driverFailure.getSQLState() + " (vendor code " + driverFailure.getErrorCode()
                + ", " + driverFailure.getClass().getName() + "): " + sql);
        this.sqlState = driverFailure.getSQLState();
        setStackTrace(driverFailure.getStackTrace());
    }

    public String sqlState() {
        return sqlState;
    }
}
