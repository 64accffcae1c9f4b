package io.contractspec.runtime.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Savepoint;

/**
 * The connection a {@link JdbcUnitOfWork} hands to the call: the pooled connection, except that
 * it sends the transaction's {@link WriteQueue} before it creates a statement or changes the
 * transaction, and unwraps to that queue.
 */
final class TransactionConnection implements InvocationHandler {

    private final Connection connection;
    private final PendingWrites writes;

    private TransactionConnection(Connection connection, PendingWrites writes) {
        this.connection = connection;
        this.writes = writes;
    }

    static Connection wrap(Connection connection, PendingWrites writes) {
        return (Connection) Proxy.newProxyInstance(TransactionConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new TransactionConnection(connection, writes));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "unwrap" -> {
                if (args[0] == WriteQueue.class || args[0] == PendingWrites.class) {
                    return writes;
                }
            }
            case "isWrapperFor" -> {
                if (args[0] == WriteQueue.class || args[0] == PendingWrites.class) {
                    return true;
                }
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "TransactionConnection[" + connection + ", " + writes.size() + " queued write(s)]";
            }
            case "rollback" -> {
                if (args == null) {
                    writes.discard(); // the whole transaction goes; what is queued need not be sent first
                } else {
                    writes.flush(); // to a savepoint: the database undoes the queued writes made after it
                    Object result = passOn(method, args);
                    writes.rolledBackTo((Savepoint) args[0]);
                    return result;
                }
            }
            case "setSavepoint" -> {
                writes.flush();
                Savepoint savepoint = (Savepoint) passOn(method, args);
                writes.savepointSet(savepoint);
                return savepoint;
            }
            case "prepareStatement", "prepareCall", "createStatement", "commit", "setAutoCommit",
                    "releaseSavepoint", "setTransactionIsolation" -> writes.flush();
            default -> {
                // passed on unchanged
            }
        }
        return passOn(method, args);
    }

    private Object passOn(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
