package org.wbcigateway.gateway.platform.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose commits are durable when they return: after a connection commits a transaction that wrote
 * (or runs a writing statement in auto-commit mode), {@link H2StoreSync} puts it on disk before control returns to
 * the caller — and so before the gateway acknowledges it with a TEQ, a REST answer or an event-feed offset.
 * Read-only work costs nothing extra.
 */
public final class DurableCommitDataSource extends DelegatingDataSource {

    public DurableCommitDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                DurableCommitDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ConnectionHandler(connection));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }

    /** Tracks whether the connection's current transaction wrote, and syncs when such a transaction ends. */
    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection target;
        private boolean wrote;

        ConnectionHandler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    Object result = DurableCommitDataSource.invoke(target, method, args);
                    syncIfWritten();
                    return result;
                }
                case "setAutoCommit" -> {
                    boolean committing = Boolean.TRUE.equals(args[0]) && !target.getAutoCommit();
                    Object result = DurableCommitDataSource.invoke(target, method, args);
                    if (committing) {
                        syncIfWritten();
                    }
                    return result;
                }
                case "rollback" -> {
                    Object result = DurableCommitDataSource.invoke(target, method, args);
                    if (args == null || args.length == 0) {
                        wrote = false;
                    }
                    return result;
                }
                case "close" -> {
                    wrote = false; // the pool rolls back what was not committed
                    return DurableCommitDataSource.invoke(target, method, args);
                }
                case "createStatement", "prepareStatement", "prepareCall" -> {
                    Statement statement = (Statement) DurableCommitDataSource.invoke(target, method, args);
                    return wrapStatement(statement, (Connection) proxy);
                }
                default -> {
                    return DurableCommitDataSource.invoke(target, method, args);
                }
            }
        }

        private Object wrapStatement(Statement statement, Connection connectionProxy) {
            Class<?> type = statement instanceof CallableStatement
                    ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(
                    DurableCommitDataSource.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                        if (m.getName().equals("getConnection")) {
                            return connectionProxy;
                        }
                        Object result = DurableCommitDataSource.invoke(statement, m, a);
                        if (m.getName().startsWith("execute") && !m.getName().equals("executeQuery")) {
                            wrote = true;
                            if (target.getAutoCommit()) {
                                syncIfWritten();
                            }
                        }
                        return result;
                    });
        }

        private void syncIfWritten() throws SQLException {
            if (wrote) {
                wrote = false;
                H2StoreSync.sync(target);
            }
        }
    }
}
