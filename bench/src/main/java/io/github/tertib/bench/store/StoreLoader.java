package io.github.tertib.bench.store;

import io.github.tertib.bench.TertibCalendarBench;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.store.CaseStore;
import io.github.tertib.time.WorkCalendar;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the store's tables on PostgreSQL with many cases fast: a million in minutes, where
 * {@code CaseStore.save} on PostgreSQL does some 140 a second (three round trips and a commit each).
 *
 * <pre>
 * StoreV4 tertib = StoreV4.on(dataSource);                      // schema and V.4 registered
 * StoreLoader.load(dataSource, MonitoringCases.stream(n, seed, calendar), 4);
 * tertib.store().worklist(kasi, asOf);                          // the loaded cases, as if saved
 * </pre>
 *
 * <p>Each of {@code threads} workers has a scratch H2 database in memory with the store's own schema
 * and a real store on it, on the same calendar. It takes the cases a chunk at a time, {@code save}s
 * them into the scratch store (so the store itself computes every event row and projection, and no
 * logic of the store is written again here), then streams each scratch table with a {@code case_id}
 * into the same table on PostgreSQL with one {@code COPY ... FROM STDIN} (PgJDBC's
 * {@link CopyManager}), commits, and empties the scratch tables. The revisions of the cases are
 * registered on the target through a store, as {@code register} would. At the end the tables are
 * {@code ANALYZE}d. The rows are the store's, column for column: a loaded case replays, and every
 * query sees what it would see had the cases been saved one by one ({@code StoreLoaderTest}).
 */
public final class StoreLoader {

    /** Cases a worker saves into its scratch store before copying them out. */
    static final int CHUNK = 1_000;

    private static final AtomicInteger SCRATCH = new AtomicInteger();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    private StoreLoader() {
    }

    /**
     * Loads the cases into the store's tables over {@code target} (PostgreSQL, schema created), with
     * due instants on the bench stores' calendar (the ASN's with Indonesia's holidays, as
     * {@link StoreV4#on}); returns how many cases were loaded.
     */
    public static long load(DataSource target, Iterator<SopInstance> cases, int threads) {
        return load(target, TertibCalendarBench.asnWithHolidays(), cases, threads, CHUNK);
    }

    /** As {@link #load(DataSource, Iterator, int)}, on the given calendar and in chunks of {@code chunk} cases. */
    static long load(DataSource target, WorkCalendar calendar, Iterator<SopInstance> cases, int threads, int chunk) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(cases, "cases");
        if (threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("the loader needs at least 1 thread and chunks of at least 1 case, not "
                    + threads + " and " + chunk);
        }
        requirePostgres(target);
        CaseStore targetStore = CaseStore.jdbc(target, calendar);
        Set<String> registered = Collections.synchronizedSet(new HashSet<>());
        AtomicLong loaded = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(workers.submit(() -> {
                    work(target, calendar, cases, chunk, targetStore, registered, loaded);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading the cases failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the cases", e);
        } finally {
            workers.shutdownNow();
        }
        try (Connection c = target.getConnection(); Statement s = c.createStatement()) {
            for (String table : tablesWithCases(c)) {
                s.execute("ANALYZE " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze the loaded tables: " + e.getMessage(), e);
        }
        return loaded.get();
    }

    private static void requirePostgres(DataSource target) {
        try (Connection c = target.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equalsIgnoreCase(product)) {
                throw new IllegalArgumentException("StoreLoader copies rows with PostgreSQL's COPY; the target is "
                        + product + ": save the cases with CaseStore.save there instead");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the target database: " + e.getMessage(), e);
        }
    }

    /** One worker: chunks through its scratch store into the target until the cases run out. */
    private static void work(DataSource target, WorkCalendar calendar, Iterator<SopInstance> cases, int chunk,
            CaseStore targetStore, Set<String> registered, AtomicLong loaded) throws SQLException, IOException {
        JdbcDataSource scratch = new JdbcDataSource();
        scratch.setURL("jdbc:h2:mem:tertib-loader-" + SCRATCH.incrementAndGet());
        // this connection keeps the scratch database alive; closing it drops the database
        JdbcConnectionPool pool = JdbcConnectionPool.create(scratch);
        try (Connection keep = scratch.getConnection(); Connection pg = target.getConnection()) {
            // the store takes a connection per transaction: pooled, they cost nothing to open
            CaseStore store = CaseStore.jdbc(pool, calendar);
            store.createSchema();
            List<String> tables = tablesWithCases(keep);
            CopyManager copy = pg.unwrap(PGConnection.class).getCopyAPI();
            Set<SopDefinition> known = Collections.newSetFromMap(new IdentityHashMap<>());
            while (true) {
                List<SopInstance> next = take(cases, chunk);
                if (next.isEmpty()) {
                    return;
                }
                for (SopInstance c : next) {
                    SopDefinition d = c.definition();
                    if (known.add(d)) {
                        store.register(d);
                        if (registered.add(d.revision().fingerprint().toString())) {
                            targetStore.register(d);
                        }
                    }
                    store.save(c);
                }
                boolean auto = pg.getAutoCommit();
                pg.setAutoCommit(false);
                try (Statement s = keep.createStatement()) {
                    for (String table : tables) {
                        copy(keep, copy, table);
                    }
                    pg.commit();
                    for (String table : tables) {
                        s.execute("TRUNCATE TABLE " + table);
                    }
                } catch (SQLException | IOException | RuntimeException e) {
                    pg.rollback();
                    throw e;
                } finally {
                    pg.setAutoCommit(auto);
                }
                loaded.addAndGet(next.size());
            }
        } finally {
            pool.dispose();
        }
    }

    private static List<SopInstance> take(Iterator<SopInstance> cases, int chunk) {
        List<SopInstance> out = new ArrayList<>(chunk);
        synchronized (cases) {
            while (out.size() < chunk && cases.hasNext()) {
                out.add(cases.next());
            }
        }
        return out;
    }

    /** The store's tables with a case_id column, read from the scratch database's metadata. */
    static List<String> tablesWithCases(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, "%", null)) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("tertib_") && column.equals("case_id") && !tables.contains(table)) {
                    tables.add(table);
                }
            }
        }
        if (!tables.contains("tertib_case")) {
            throw new IllegalStateException("no tertib_case table among " + tables + ": has the store its schema?");
        }
        return tables;
    }

    /** Streams one scratch table into the same table on PostgreSQL, in COPY's text format. */
    private static void copy(Connection scratch, CopyManager copy, String table) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        List<String> names = new ArrayList<>();
        try (Statement s = scratch.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            for (int i = 1; i <= n; i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    if (i > 1) {
                        rows.append('\t');
                    }
                    field(rows, rs, i, meta.getColumnType(i));
                }
                rows.append('\n');
            }
        }
        if (rows.length() > 0) {
            copy.copyIn("COPY " + table + " (" + String.join(", ", names) + ") FROM STDIN",
                    new StringReader(rows.toString()));
        }
    }

    private static void field(StringBuilder out, ResultSet rs, int column, int type) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                out.append(t == null ? "\\N" : TIMESTAMP.format(t.withOffsetSameInstant(ZoneOffset.UTC)));
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(column);
                out.append(rs.wasNull() ? "\\N" : b ? "t" : "f");
            }
            default -> {
                String v = rs.getString(column);
                if (v == null) {
                    out.append("\\N");
                } else {
                    escape(out, v);
                }
            }
        }
    }

    /** A text value in COPY's text format: backslash, tab, newline and carriage return escaped. */
    private static void escape(StringBuilder out, String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
