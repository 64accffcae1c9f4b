package io.contractspec.runtime.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Which writes of a PostgreSQL flush may have failed. The flush is one request, and the server's
 * error names the table (for constraint and row errors), not the statement: the writes to that
 * table. Read by reflection so that the runtime needs pgjdbc only where it runs on PostgreSQL.
 */
final class FailedWrites {

    private FailedWrites() {}

    static List<QueuedWrite> ofTable(List<QueuedWrite> batch, SQLException failure) {
        String table = tableNamedBy(failure);
        if (table == null) {
            return batch;
        }
        List<QueuedWrite> toTable = batch.stream().filter(write -> table.equals(write.table())).toList();
        return toTable.isEmpty() ? batch : toTable;
    }

    /** The table of pgjdbc's server error message, lower case; null when the error names none. */
    static String tableNamedBy(SQLException failure) {
        try {
            Method serverMessage = failure.getClass().getMethod("getServerErrorMessage");
            Object message = serverMessage.invoke(failure);
            if (message == null) {
                return null;
            }
            Object table = message.getClass().getMethod("getTable").invoke(message);
            return table == null ? null : table.toString().toLowerCase(Locale.ROOT);
        } catch (ReflectiveOperationException | RuntimeException notPgjdbc) {
            return null;
        }
    }
}
