package io.github.tertib.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small fixed connection pool, as an app server has one: {@code size} real connections opened once,
 * lent out and given back on close (rolled back if a transaction was left open).
 */
final class Pool implements DataSource, AutoCloseable {

    private final BlockingQueue<Connection> idle;
    private final Connection[] all;

    Pool(DataSource target, int size) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        all = new Connection[size];
        for (int i = 0; i < size; i++) {
            all[i] = target.getConnection();
            idle.add(all[i]);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real;
        try {
            real = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("close")) {
                        if (!closed[0]) {
                            closed[0] = true;
                            if (!real.getAutoCommit()) {
                                real.rollback();
                                real.setAutoCommit(true);
                            }
                            idle.add(real);
                        }
                        return null;
                    }
                    if (m.getName().equals("isClosed")) {
                        return closed[0];
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : all) {
            c.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
