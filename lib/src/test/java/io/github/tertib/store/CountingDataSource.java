package io.github.tertib.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A real DataSource seen through a proxy that counts the round trips the store makes: every statement
 * executed (a query, an update, a whole batch) and every commit and rollback. It can also fail a
 * connection on purpose before a commit, to drop it in the middle of a transaction that has written. Not a mock: every call reaches
 * the real database.
 */
final class CountingDataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    final AtomicInteger roundTrips = new AtomicInteger();
    final AtomicInteger conflicts = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    private final DataSource target;
    private final Dialect dialect;
    private volatile Consumer<Connection> beforeCommit = c -> { };

    CountingDataSource(DataSource target, boolean postgres) {
        this.target = target;
        this.dialect = postgres ? Dialect.POSTGRESQL : Dialect.H2;
    }

    /** Runs the action with the real connection just before each commit. */
    void beforeCommit(Consumer<Connection> action) {
        this.beforeCommit = action;
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, m, args) -> {
                    Object r = call(target, m, args);
                    if (r instanceof Connection c) {
                        connections.incrementAndGet();
                        return wrap(Connection.class, c, c);
                    }
                    return r;
                });
    }

    private Object wrap(Class<?> type, Object real, Connection connection) {
        InvocationHandler h = (proxy, m, args) -> {
            String name = m.getName();
            if (EXECUTIONS.contains(name) || name.equals("commit") || name.equals("rollback")) {
                if (name.equals("commit")) {
                    beforeCommit.accept(connection);
                }
                roundTrips.incrementAndGet();
            }
            try {
                Object r = call(real, m, args);
                if (r instanceof PreparedStatement p) {
                    return wrap(PreparedStatement.class, p, connection);
                }
                if (r instanceof Statement s) {
                    return wrap(Statement.class, s, connection);
                }
                return r;
            } catch (SQLException e) {
                if (dialect.isConflict(e)) {
                    conflicts.incrementAndGet();
                }
                throw e;
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object call(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
