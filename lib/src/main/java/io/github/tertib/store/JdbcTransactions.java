package io.github.tertib.store;

import io.github.tertib.run.SopInstance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * How the store uses its connections: reads in auto-commit, transactions that the work commits or
 * rolls back, commands retried on a lost race up to the store's attempts, results streamed through a
 * cursor, and failures told as {@link StoreException}s that say whether the connection was lost.
 */
final class JdbcTransactions {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final StoreSettings settings;
    private final JdbcSchema schema;

    JdbcTransactions(DataSource dataSource, Dialect dialect, StoreSettings settings, JdbcSchema schema) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.settings = settings;
        this.schema = schema;
    }

    @FunctionalInterface
    interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    /** Runs read-only work on a connection in auto-commit. */
    <T> T run(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            schema.check(c);
            return work.in(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs work in a transaction that the work commits or rolls back. */
    <T> T transaction(String what, Work<T> work) {
        try {
            return attempt(work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** One transaction on a connection of its own, rolled back if the work fails. */
    private <T> T attempt(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            schema.check(c);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return work.in(c);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                restore(c, auto);
            }
        }
    }

    /** Runs a command's transaction, again on a lost race, up to the store's attempts. */
    SopInstance retrying(String caseId, Work<SopInstance> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                return attempt(work);
            } catch (SQLException e) {
                if (!dialect.isConflict(e)) {
                    throw failure("change case " + caseId, e);
                }
                last = e;
            }
            if (attempt < settings.maxAttempts()) {
                settings.listener().retrying(caseId, attempt, last);
                // A little random wait spreads the servers that lost the race apart.
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(ThreadLocalRandom.current().nextInt(200 * attempt)));
            }
        }
        throw new CaseConflictException(caseId, settings.maxAttempts(), last);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection may be gone; the failure that brought us here is reported
        }
    }

    private static void restore(Connection c, boolean auto) {
        try {
            if (!c.isClosed() && auto) {
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // a connection that cannot be reset is the pool's to discard
        }
    }

    static String stateOf(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null) {
                return x.getSQLState();
            }
        }
        return "";
    }

    /** H2's "object already closed" and "connection broken". */
    private boolean lostH2(SQLException e) {
        return dialect == Dialect.H2 && (e.getErrorCode() == 90007 || e.getErrorCode() == 90067);
    }

    @FunctionalInterface
    interface Reader<T> {
        /** The next element, or null at the end. */
        T next(ResultSet rs) throws SQLException;
    }

    <T> Stream<T> stream(Sql q, String what, Reader<T> reader) {
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            schema.check(conn);
            // PostgreSQL streams rows through a cursor only inside a transaction with a fetch size.
            conn.setAutoCommit(false);
            PreparedStatement ps = q.prepare(conn);
            ps.setFetchSize(500);
            ResultSet rs = ps.executeQuery();
            Connection held = conn;
            Iterator<T> it = new Iterator<>() {
                T next;
                boolean done;

                @Override
                public boolean hasNext() {
                    if (next == null && !done) {
                        try {
                            next = reader.next(rs);
                        } catch (SQLException e) {
                            throw failure(what, e);
                        }
                        done = next == null;
                    }
                    return next != null;
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    T t = next;
                    next = null;
                    return t;
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                    false).onClose(() -> {
                        try (held; ps; rs) {
                            held.rollback();
                            held.setAutoCommit(true);
                        } catch (SQLException e) {
                            throw failure(what, e);
                        }
                    });
        } catch (SQLException e) {
            closeQuietly(conn);
            throw failure(what, e);
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
        }
    }

    StoreException failure(String what, SQLException e) {
        String state = stateOf(e);
        if (state.startsWith("08") || "57P01".equals(state) || lostH2(e)) {
            return new StoreException("the case store lost its connection to the database while trying to " + what
                    + " (SQLState " + state + "): nothing of it was stored, unless the connection was lost during the"
                    + " commit; find the case again to see which", e);
        }
        return new StoreException("the case store could not " + what + " (SQLState " + state + "): " + e.getMessage(), e);
    }
}
