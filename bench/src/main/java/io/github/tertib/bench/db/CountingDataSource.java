package io.github.tertib.bench.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts what a client of a {@link DataSource} sends to the database: a {@link Proxy} over the real
 * data source, the connections it hands out and their statements, which forwards every call and
 * counts the ones that reach the server. Nothing is mocked: every call runs on the real driver.
 *
 * <pre>
 * CountingDataSource counting = CountingDataSource.over(pool);
 * store = CaseStore.jdbc(counting.dataSource(), calendar);
 * JdbcCounts before = counting.counts();
 * store.update(id, c -> c.complete(2, kabid, t));
 * JdbcCounts one = counting.counts().minus(before);   // one.roundTrips()
 * </pre>
 *
 * <p>A <em>round trip</em> is a call the client waits on the server for: every {@code execute},
 * {@code executeQuery}, {@code executeUpdate} and {@code executeBatch} (a batch goes in one trip,
 * as the PostgreSQL driver sends it), and a {@code commit} or {@code rollback} (or a
 * {@code setAutoCommit(true)}, which commits) of a transaction in which a statement ran. A commit or
 * rollback of a connection on which nothing ran since the last one is not counted: the PostgreSQL
 * driver opens a transaction lazily, with its first statement, and does not send an empty commit
 * (the pools call {@code rollback} on every connection they take back). Opening and closing
 * connections from the pool, and reading result sets already fetched, are not round trips.
 *
 * <p>With {@link #journal(boolean)} on, the SQL text of every statement executed is kept in order
 * ({@link #takeJournal()}), to show which tables a command touches; a batch is one entry,
 * {@code -- batch of N: } and its statements separated by {@value #BATCH_SEPARATOR}. Thread-safe; the counts are
 * totals over all threads.
 */
public final class CountingDataSource {

    private static final Set<String> EXECUTES = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate");
    private static final Set<String> BATCHES = Set.of("executeBatch", "executeLargeBatch");

    /** Between the statements of a batch in its journal entry. */
    public static final String BATCH_SEPARATOR = " ;; ";

    private final DataSource real;
    private final DataSource proxy;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean journalOn;
    private final List<String> journal = new ArrayList<>();

    private CountingDataSource(DataSource real) {
        this.real = real;
        this.proxy = (DataSource) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, this::onDataSource);
    }

    /** Returns a counter over {@code real}; its {@link #dataSource()} is what clients use. */
    public static CountingDataSource over(DataSource real) {
        return new CountingDataSource(Objects.requireNonNull(real, "real"));
    }

    /** The counting data source: hand this to the code being counted. */
    public DataSource dataSource() {
        return proxy;
    }

    /** The data source counted. */
    public DataSource real() {
        return real;
    }

    /** The totals so far; subtract two with {@link JdbcCounts#minus}. */
    public JdbcCounts counts() {
        return new JdbcCounts(statements.get(), batches.get(), commits.get(), rollbacks.get(), connections.get());
    }

    /** Starts or stops keeping the SQL of executed statements. */
    public void journal(boolean on) {
        journalOn = on;
    }

    /** Returns the SQL kept since the last call, in order, and forgets it. */
    public List<String> takeJournal() {
        synchronized (journal) {
            List<String> taken = List.copyOf(journal);
            journal.clear();
            return taken;
        }
    }

    /**
     * Calls to the database, counted.
     *
     * @param statements statements executed one at a time
     * @param batches batches executed (each one round trip, however many statements it holds)
     * @param commits commits of transactions in which something ran
     * @param rollbacks rollbacks of transactions in which something ran
     * @param connections connections taken from the data source
     */
    public record JdbcCounts(long statements, long batches, long commits, long rollbacks, long connections) {

        /** Round trips: statements, batches, commits and rollbacks. */
        public long roundTrips() {
            return statements + batches + commits + rollbacks;
        }

        /** The counts since {@code earlier}. */
        public JdbcCounts minus(JdbcCounts earlier) {
            return new JdbcCounts(statements - earlier.statements, batches - earlier.batches,
                    commits - earlier.commits, rollbacks - earlier.rollbacks, connections - earlier.connections);
        }

        @Override
        public String toString() {
            return roundTrips() + " round trips (" + statements + " statements, " + batches + " batches, "
                    + commits + " commits, " + rollbacks + " rollbacks; " + connections + " connections)";
        }
    }

    private Object onDataSource(Object self, Method method, Object[] args) throws Throwable {
        Object result = forward(real, method, args);
        if (result instanceof Connection connection && method.getName().equals("getConnection")) {
            connections.incrementAndGet();
            return wrap(connection);
        }
        return result;
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
    }

    /** One connection: knows whether a transaction is open on the server, as the driver does. */
    private final class ConnectionHandler implements InvocationHandler {

        private final Connection connection;
        private boolean inTransaction;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "commit" -> endTransaction(commits);
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        endTransaction(rollbacks);
                    }
                }
                case "setAutoCommit" -> {
                    if ((Boolean) args[0] && !connection.getAutoCommit()) {
                        endTransaction(commits);
                    }
                }
                case "unwrap", "isWrapperFor" -> {
                    return forward(connection, method, args);
                }
                default -> {
                    // forwarded below
                }
            }
            Object result = forward(connection, method, args);
            if (result instanceof Statement statement && !name.equals("getStatement")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(this, statement, sql));
            }
            return result;
        }

        private void endTransaction(AtomicLong counter) {
            if (inTransaction) {
                counter.incrementAndGet();
                inTransaction = false;
            }
        }

        void executed(String sql) throws java.sql.SQLException {
            inTransaction = !connection.getAutoCommit();
            if (journalOn && sql != null) {
                synchronized (journal) {
                    journal.add(sql.strip().replaceAll("\\s+", " "));
                }
            }
        }
    }

    /** One statement: counts its executions against its connection. */
    private final class StatementHandler implements InvocationHandler {

        private final ConnectionHandler connection;
        private final Statement statement;
        private final String preparedSql;
        private final List<String> batched = new ArrayList<>();

        StatementHandler(ConnectionHandler connection, Statement statement, String preparedSql) {
            this.connection = connection;
            this.statement = statement;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched.add(args != null && args.length == 1 ? (String) args[0] : preparedSql);
            }
            Object result = forward(statement, method, args);
            if (EXECUTES.contains(name)) {
                statements.incrementAndGet();
                connection.executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
            } else if (BATCHES.contains(name)) {
                batches.incrementAndGet();
                connection.executed("-- batch of " + batched.size() + ": " + String.join(BATCH_SEPARATOR, batched));
                batched.clear();
            } else if (name.equals("clearBatch")) {
                batched.clear();
            }
            return result;
        }
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
