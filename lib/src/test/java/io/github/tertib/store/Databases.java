package io.github.tertib.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real databases the store's tests run against: a fresh H2 in-memory database, or a fresh database
 * on one embedded PostgreSQL server started once per test run (its binaries come from Maven).
 */
final class Databases {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /** A new, empty H2 database in memory, kept until the JVM ends. */
    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:tertib" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The embedded PostgreSQL server, started on first use and stopped when the JVM ends. */
    static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return postgres;
    }

    /** A new, empty database on the embedded PostgreSQL server. */
    static PGSimpleDataSource postgres() {
        return postgres("");
    }

    /** A new database whose transactions run at the given isolation level by default, such as {@code serializable}. */
    static PGSimpleDataSource postgres(String isolation) {
        EmbeddedPostgres pg = server();
        String name = "tertib" + NAMES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            if (!isolation.isEmpty()) {
                s.execute("ALTER DATABASE " + name + " SET default_transaction_isolation = '" + isolation + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(pg.getJdbcUrl("postgres", name));
        return ds;
    }
}
