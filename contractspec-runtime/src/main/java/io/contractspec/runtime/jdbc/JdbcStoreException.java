package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.sql.SQLException;

/** A JDBC store could not read or write its tables; the cause is the driver's exception. */
@PublicApi
public final class JdbcStoreException extends RuntimeException {

    public JdbcStoreException(String message, SQLException cause) {
        super(message + " (SQLState " + cause.getSQLState() + ")", cause);
    }
}
