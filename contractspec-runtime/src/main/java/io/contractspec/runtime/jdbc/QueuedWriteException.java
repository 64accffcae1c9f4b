package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A queued write failed in the database when a flush point sent it (see {@link JdbcSession}). It
 * carries the database's SQLState and error code, so code that classifies errors by them keeps
 * working, and names the write that failed: on PostgreSQL, where a flush is one request and the
 * server names only the table, the writes of that flush to that table (all of the flush's writes
 * when the server names none).
 *
 * <p>It keeps the driver's stack trace but neither its message nor the driver's exception as its
 * cause: drivers quote the offending values in their messages (PostgreSQL's "Key (...)=(...)",
 * H2's "Value too long ...: 'text'"), and those are user input that must not reach the logs this
 * exception is written to. A write's {@link QueuedWrite#translateErrors translation} still gets the
 * driver's exception.
 */
@PublicApi
public final class QueuedWriteException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final transient List<QueuedWrite> writes;

    QueuedWriteException(List<QueuedWrite> writes, SQLException driverFailure) {
        super(message(writes, driverFailure), driverFailure.getSQLState(), driverFailure.getErrorCode());
        this.writes = List.copyOf(writes);
        setStackTrace(driverFailure.getStackTrace());
    }

    private static String message(List<QueuedWrite> writes, SQLException driverFailure) {
        String which = writes.size() == 1
                ? "the queued write " + writes.get(0).sql()
                : "one of " + writes.size() + " queued writes sent together ("
                        + writes.stream().map(QueuedWrite::sql).collect(Collectors.joining("; ")) + ")";
        return which + " failed with SQLState " + driverFailure.getSQLState() + " (vendor code "
                + driverFailure.getErrorCode() + ", " + driverFailure.getClass().getName() + ")";
    }

    /** The write that failed, or the writes one of which did; in queue order. */
    public List<QueuedWrite> writes() {
        return writes;
    }
}
