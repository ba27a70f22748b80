package io.github.tertib.store;

import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.internal.Instants;
import io.github.tertib.run.Actor;
import io.github.tertib.run.Digest;
import io.github.tertib.run.Event;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Fingerprint;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.SopDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * The store on a PostgreSQL or H2 database through plain JDBC. A command costs three round trips: the
 * query that loads the case, one batch with the events and projections, and the commit.
 */
final class JdbcCaseStore implements CaseStore {

    static final int SCHEMA_VERSION = 1;

    private static final String SUMMARY = "case_id, sop, fingerprint, status, step, started_at, last_at, due_at,"
            + " due_unknown, events";

    private final DataSource dataSource;
    private final StoreSettings settings;
    private final Dialect dialect;
    private final Registry registry = new Registry();
    private volatile boolean schemaChecked;

    JdbcCaseStore(DataSource dataSource, StoreSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new StoreException("the case store cannot reach its database: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------- schema

    @Override
    public void createSchema() {
        try (Connection c = dataSource.getConnection()) {
            Optional<Integer> version = schemaVersion(c);
            if (version.isPresent()) {
                requireVersion(version.get());
                return;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(script())) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            schemaChecked = true;
        } catch (SQLException e) {
            throw new StoreException("the case store could not create its schema (" + dialect.script() + "): "
                    + e.getMessage(), e);
        }
    }

    private String script() {
        try (InputStream in = JdbcCaseStore.class.getResourceAsStream(dialect.script())) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + dialect.script());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dialect.script(), e);
        }
    }

    /** The statements of a script: its lines without comments, split at the semicolons that end lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            b.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(b.substring(0, b.lastIndexOf(";")).strip());
                b.setLength(0);
            }
        }
        return out;
    }

    private Optional<Integer> schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM tertib_schema")) {
            r.next();
            int v = r.getInt(1);
            return r.wasNull() ? Optional.of(0) : Optional.of(v);
        } catch (SQLException e) {
            if (dialect.isMissingTable(e)) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                return Optional.empty();
            }
            throw e;
        }
    }

    private void requireVersion(int version) {
        if (version != SCHEMA_VERSION) {
            throw new StoreException("the database has version " + version + " of Tertib's case store schema, and this"
                    + " Tertib uses version " + SCHEMA_VERSION + ": migrate it with the scripts of the matching"
                    + " Tertib (io/github/tertib/store/.../V" + SCHEMA_VERSION + "__tertib.sql), or point the store at"
                    + " another database");
        }
    }

    private void checkSchema(Connection c) throws SQLException {
        if (schemaChecked) {
            return;
        }
        Optional<Integer> version = schemaVersion(c);
        if (version.isEmpty()) {
            throw new StoreException("the database has no Tertib case store schema (no table tertib_schema): call"
                    + " store.createSchema(), or apply " + dialect.script().substring(1) + " with your migration tool");
        }
        requireVersion(version.get());
        schemaChecked = true;
    }

    // ------------------------------------------------------------------------------------ revisions

    @Override
    public Revision register(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        Revision r = definition.revision();
        registry.add(definition);
        run("register " + r, c -> {
            try (PreparedStatement ps = new Sql().add("SELECT COUNT(*) FROM tertib_revision WHERE fingerprint = ")
                    .param(r.fingerprint().toString()).prepare(c); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return null;
                }
            }
            try (PreparedStatement ps = new Sql().add("INSERT INTO tertib_revision (fingerprint, sop, revised,"
                    + " registered_at) VALUES (").param(r.fingerprint().toString()).add(", ").param(r.number())
                    .add(", ").param(r.revised().orElse(null)).add(", ").param(Instant.now()).add(")").prepare(c)) {
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!dialect.isConflict(e)) {
                    throw e;
                }
                // another app server registered it at the same time
            }
            return null;
        });
        return r;
    }

    @Override
    public List<Revision> revisions() {
        return registry.revisions();
    }

    // ------------------------------------------------------------------------------------- commands

    @Override
    public SopInstance start(SopDefinition definition, String caseId, Actor actor, Instant at) {
        Objects.requireNonNull(definition, "definition");
        registry.require(definition);
        SopInstance c = SopInstance.start(definition, caseId, actor, at);
        return insertNew(c);
    }

    private SopInstance insertNew(SopInstance c) {
        Projection p = Projection.of(c, settings.calendar(), settings.policy());
        return transaction("start case " + c.id(), conn -> {
            List<String> batch = writes(c, p, 0, 0, true);
            try {
                execute(conn, batch, c.id(), 0);
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                if ("23505".equals(stateOf(e)) || dialect.isConflict(e)) {
                    throw new StoreException("case " + c.id() + " already exists in the store: give the new case"
                            + " another id, or act on the stored one with update(\"" + c.id() + "\", ...)", e);
                }
                throw e;
            }
            return c;
        });
    }

    @Override
    public Optional<SopInstance> find(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return run("find case " + caseId, conn -> {
            Loaded l = load(conn, caseId);
            return l == null ? Optional.<SopInstance>empty() : Optional.of(l.replay(registry));
        });
    }

    @Override
    public SopInstance save(SopInstance instance) {
        Objects.requireNonNull(instance, "instance");
        registry.require(instance.definition());
        String caseId = instance.id();
        return retrying(caseId, conn -> {
            Loaded l = load(conn, caseId);
            if (l == null) {
                conn.rollback();
                return insertNew(instance);
            }
            SopInstance stored = l.replay(registry);
            requireExtends(stored, instance);
            return append(conn, l, stored, instance);
        });
    }

    @Override
    public SopInstance update(String caseId, UnaryOperator<SopInstance> command) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(command, "command");
        return retrying(caseId, conn -> {
            Loaded l = load(conn, caseId);
            if (l == null) {
                conn.rollback();
                throw unknown(caseId);
            }
            SopInstance before = l.replay(registry);
            SopInstance after;
            try {
                after = Objects.requireNonNull(command.apply(before), "the command returned null");
            } catch (RuntimeException refused) {
                conn.rollback();
                throw refused;
            }
            requireSuccessor(before, after);
            return append(conn, l, before, after);
        });
    }

    static StoreException unknown(String caseId) {
        return new StoreException("there is no case " + caseId + " in the store: start it with store.start(...) first,"
                + " or check the id");
    }

    static void requireSuccessor(SopInstance before, SopInstance after) {
        List<Event> b = before.events();
        List<Event> a = after.events();
        if (!after.id().equals(before.id()) || a.size() < b.size() || !a.get(b.size() - 1).digest().equals(
                before.lastDigest())) {
            throw new IllegalArgumentException("the command given to update(\"" + before.id() + "\", ...) must return"
                    + " the case it was given or a case made from it by commands, not " + after);
        }
    }

    static void requireExtends(SopInstance stored, SopInstance instance) {
        List<Event> s = stored.events();
        List<Event> i = instance.events();
        int n = Math.min(s.size(), i.size());
        for (int k = 0; k < n; k++) {
            if (!s.get(k).digest().equals(i.get(k).digest())) {
                throw new StoreException("case " + stored.id() + " cannot be saved: its event " + (k + 1) + " differs"
                        + " from the stored one (digest " + i.get(k).digest() + ", stored " + s.get(k).digest() + "),"
                        + " so it does not extend the stored chain of " + s.size() + " events; load it with find(\""
                        + stored.id() + "\") and give the commands to that");
            }
        }
        if (i.size() < s.size()) {
            throw new StoreException("case " + stored.id() + " cannot be saved: it has " + i.size() + " events and the"
                    + " store already has " + s.size() + ", ending with digest " + stored.lastDigest() + "; load it"
                    + " with find(\"" + stored.id() + "\") and give the commands to that");
        }
    }

    private SopInstance append(Connection conn, Loaded l, SopInstance before, SopInstance after) throws SQLException {
        if (after.events().size() == before.events().size()) {
            conn.rollback();
            return before;
        }
        Projection p = Projection.of(after, settings.calendar(), settings.policy());
        List<String> batch = writes(after, p, l.events, l.closedVisits, false);
        execute(conn, batch, after.id(), l.events);
        conn.commit();
        return after;
    }

    /** The writes of a command, in this order: events (the race is decided here), case row, work, done, visits. */
    private static List<String> writes(SopInstance c, Projection p, int storedEvents, int storedVisits, boolean isNew) {
        List<String> out = new ArrayList<>();
        String id = Sql.str(c.id());
        List<Event> events = c.events();
        for (int i = storedEvents; i < events.size(); i++) {
            Event e = events.get(i);
            out.add("INSERT INTO tertib_event (case_id, seq, event_at, line) VALUES (" + id + ", " + i + ", "
                    + Sql.ts(Projection.micros(e.at())) + ", " + Sql.str(EventLog.formatLine(e)) + ")");
        }
        Optional<String> unknown = Sql.bounded(p.dueUnknown(), 2000);
        if (isNew) {
            out.add("INSERT INTO tertib_case (case_id, sop, fingerprint, status, step, started_at, activated_at, last_at,"
                    + " closed_at, events, last_digest, due_at, due_unknown, closed_visits) VALUES (" + id + ", "
                    + Sql.str(p.sop()) + ", " + Sql.str(p.fingerprint()) + ", " + Sql.str(p.status().name()) + ", "
                    + p.step() + ", " + Sql.ts(p.startedAt()) + ", " + Sql.ts(p.activatedAt()) + ", "
                    + Sql.ts(p.lastAt()) + ", " + Sql.ts(p.closedAt()) + ", " + p.events() + ", "
                    + Sql.str(p.lastDigest()) + ", " + Sql.ts(p.due()) + ", " + Sql.str(unknown) + ", "
                    + p.visits().size() + ")");
        } else {
            out.add("UPDATE tertib_case SET status = " + Sql.str(p.status().name()) + ", step = " + p.step()
                    + ", activated_at = " + Sql.ts(p.activatedAt()) + ", last_at = " + Sql.ts(p.lastAt())
                    + ", closed_at = " + Sql.ts(p.closedAt()) + ", events = " + p.events() + ", last_digest = "
                    + Sql.str(p.lastDigest()) + ", due_at = " + Sql.ts(p.due()) + ", due_unknown = " + Sql.str(unknown)
                    + ", closed_visits = " + p.visits().size() + " WHERE case_id = " + id + " AND events = "
                    + storedEvents);
            out.add("DELETE FROM tertib_work WHERE case_id = " + id);
            out.add("DELETE FROM tertib_done WHERE case_id = " + id);
        }
        for (Projection.Work w : p.work()) {
            out.add("INSERT INTO tertib_work (case_id, part, kind, step, role_id, role_title, label, definitive_only,"
                    + " separate_actors, guarded, due_at, last_at) VALUES (" + id + ", " + w.part() + ", "
                    + Sql.str(w.kind().name()) + ", " + w.step() + ", " + Sql.str(w.roleId()) + ", "
                    + Sql.str(w.roleTitle()) + ", " + Sql.str(w.label()) + ", " + Sql.bool(w.definitiveOnly()) + ", "
                    + Sql.bool(w.separateActors()) + ", " + Sql.bool(w.guarded()) + ", " + Sql.ts(p.due()) + ", "
                    + Sql.ts(p.lastAt()) + ")");
        }
        for (Projection.Done d : p.done()) {
            out.add("INSERT INTO tertib_done (case_id, role_id, role_title, actor_id) VALUES (" + id + ", "
                    + Sql.str(d.roleId()) + ", " + Sql.str(d.roleTitle()) + ", " + Sql.str(d.actorId()) + ")");
        }
        List<Projection.ClosedVisit> visits = p.visits();
        for (int i = storedVisits; i < visits.size(); i++) {
            Projection.ClosedVisit v = visits.get(i);
            out.add("INSERT INTO tertib_visit (case_id, step, visit, activated_at, closed_at, standard_seconds,"
                    + " elapsed_seconds, suspended_seconds, due_at, status, overrun_seconds, compliance_unknown) VALUES ("
                    + id + ", " + v.step() + ", " + v.visit() + ", " + Sql.ts(v.activated()) + ", " + Sql.ts(v.closed())
                    + ", " + Sql.seconds(v.standard()) + ", " + Sql.seconds(v.elapsed()) + ", "
                    + Sql.seconds(v.suspended()) + ", " + Sql.ts(v.due()) + ", " + Sql.str(v.status().map(Enum::name))
                    + ", " + Sql.seconds(v.overrun()) + ", " + Sql.str(Sql.bounded(v.unknown(), 2000)) + ")");
        }
        return out;
    }

    /** Sends the writes as one batch: one round trip. */
    private void execute(Connection conn, List<String> batch, String caseId, int storedEvents) throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String sql : batch) {
                s.addBatch(sql);
            }
            int[] counts = s.executeBatch();
            if (storedEvents > 0) {
                int update = batch.size() - 1;
                for (int i = 0; i < batch.size(); i++) {
                    if (batch.get(i).startsWith("UPDATE tertib_case")) {
                        update = i;
                        break;
                    }
                }
                if (update < counts.length && counts[update] == 0) {
                    throw new SQLException("case " + caseId + " no longer has " + storedEvents + " events", "40001");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------- loading

    /** A stored case as read: its revision, how many events and closed visits the store has, and the log. */
    private record Loaded(String caseId, String sop, String fingerprint, int events, int closedVisits,
            String lastDigest, String log) {

        SopInstance replay(Registry registry) {
            SopDefinition d = registry.forCase(caseId, sop, fingerprint);
            return SopInstance.replay(d, EventLog.parse(log), Digest.parse(lastDigest));
        }
    }

    private Loaded load(Connection conn, String caseId) throws SQLException {
        try (PreparedStatement ps = new Sql().add("SELECT c.sop, c.fingerprint, c.events, c.closed_visits,"
                + " c.last_digest, e.line FROM tertib_case c JOIN tertib_event e ON e.case_id = c.case_id WHERE"
                + " c.case_id = ").param(caseId).add(" ORDER BY e.seq").prepare(conn); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            String sop = rs.getString(1);
            String fingerprint = rs.getString(2);
            int events = rs.getInt(3);
            int visits = rs.getInt(4);
            String digest = rs.getString(5);
            StringBuilder log = new StringBuilder(EventLog.HEADER).append('\n');
            int rows = 0;
            do {
                log.append(rs.getString(6)).append('\n');
                rows++;
            } while (rs.next());
            if (rows != events) {
                throw new StoreException("case " + caseId + " has " + rows + " stored events, and its row says " + events
                        + ": the tables were changed outside the store");
            }
            return new Loaded(caseId, sop, fingerprint, events, visits, digest, log.toString());
        }
    }

    // --------------------------------------------------------------------------------------- queries

    @Override
    public List<WorkItem> worklist(Actor actor, Instant at, int offset, int limit) {
        Objects.requireNonNull(actor, "actor");
        Instants.requireInRange(at, "the instant of the worklist");
        requirePage(offset, limit);
        return run("list the work of " + actor, conn -> WorklistQuery.page(conn, registry, actor, at, offset, limit));
    }

    @Override
    public List<CaseSummary> dueBefore(Instant instant, int offset, int limit) {
        Instants.requireInRange(instant, "the instant cases are due before");
        requirePage(offset, limit);
        return run("list the cases due before " + instant, conn -> {
            Sql q = dueBeforeSql(instant, offset, limit);
            List<CaseSummary> out = new ArrayList<>();
            try (PreparedStatement ps = q.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        });
    }

    /** The page of the active cases due before the instant: a range scan of tertib_case_due in the page's order. */
    static Sql dueBeforeSql(Instant instant, int offset, int limit) {
        return new Sql().add("SELECT " + SUMMARY + " FROM tertib_case WHERE status = 'ACTIVE' AND due_at < ")
                .param(instant).add(" ORDER BY due_at, case_id LIMIT ").param(limit).add(" OFFSET ").param(offset);
    }

    static void requirePage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page needs an offset of at least 0 and a limit of at least 1, not "
                    + offset + " and " + limit);
        }
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getString(1), rs.getString(2), Fingerprint.parse(rs.getString(3)),
                InstanceStatus.valueOf(rs.getString(4)), rs.getInt(5), instant(rs, 6).orElseThrow(),
                instant(rs, 7).orElseThrow(), instant(rs, 8), Optional.ofNullable(rs.getString(9)), rs.getInt(10));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    @Override
    public Stream<CaseSummary> cases(String sop, InstanceStatus status, Instant from, Instant until) {
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(status, "status");
        Instants.requireInRange(from, "from");
        Instants.requireInRange(until, "until");
        Sql q = new Sql().add("SELECT " + SUMMARY + " FROM tertib_case WHERE sop = ").param(sop).add(" AND status = ")
                .param(status.name()).add(" AND started_at >= ").param(from).add(" AND started_at < ").param(until)
                .add(" ORDER BY started_at, case_id");
        return stream(q, "stream the cases of SOP " + sop, rs -> rs.next() ? summary(rs) : null);
    }

    @Override
    public Stream<SopInstance> instances(String sop, Instant from, Instant until) {
        Objects.requireNonNull(sop, "sop");
        Instants.requireInRange(from, "from");
        Instants.requireInRange(until, "until");
        Sql q = new Sql().add("SELECT c.case_id, c.fingerprint, c.last_digest, e.line FROM tertib_case c JOIN"
                + " tertib_event e ON e.case_id = c.case_id WHERE c.sop = ").param(sop).add(" AND c.started_at >= ")
                .param(from).add(" AND c.started_at < ").param(until).add(" ORDER BY c.started_at, c.case_id, e.seq");
        // Rows come case after case; a case is replayed when the row after its last one is read.
        boolean[] pending = {false};
        return stream(q, "stream the cases of SOP " + sop, rs -> {
            if (!pending[0] && !rs.next()) {
                return null;
            }
            String caseId = rs.getString(1);
            String fingerprint = rs.getString(2);
            String digest = rs.getString(3);
            StringBuilder log = new StringBuilder(EventLog.HEADER).append('\n');
            pending[0] = false;
            do {
                if (!rs.getString(1).equals(caseId)) {
                    pending[0] = true;
                    break;
                }
                log.append(rs.getString(4)).append('\n');
            } while (rs.next());
            SopDefinition d = registry.forCase(caseId, sop, fingerprint);
            return SopInstance.replay(d, EventLog.parse(log.toString()), Digest.parse(digest));
        });
    }

    @FunctionalInterface
    private interface Reader<T> {
        /** The next element, or null at the end. */
        T next(ResultSet rs) throws SQLException;
    }

    private <T> Stream<T> stream(Sql q, String what, Reader<T> reader) {
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            checkSchema(conn);
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

    @Override
    public MonitoringReport monitoring(SopDefinition definition, Instant from, Instant until, Instant asOf) {
        return Monitoring.of(this, settings, registry.require(definition), from, until, asOf);
    }

    @Override
    public int recomputeDueInstants() {
        int changed = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> ids = run("list the active cases", conn -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps = new Sql().add("SELECT case_id FROM tertib_case WHERE status = 'ACTIVE' AND"
                        + " case_id > ").param(from).add(" ORDER BY case_id LIMIT 500").prepare(conn);
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            if (ids.isEmpty()) {
                return changed;
            }
            for (String id : ids) {
                if (recompute(id)) {
                    changed++;
                }
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private boolean recompute(String caseId) {
        return transaction("recompute the due instant of case " + caseId, conn -> {
            Loaded l = load(conn, caseId);
            if (l == null) {
                conn.rollback();
                return false;
            }
            SopInstance c = l.replay(registry);
            Projection p = Projection.of(c, settings.calendar(), settings.policy());
            Optional<Instant> due;
            Optional<String> unknown;
            try (PreparedStatement ps = new Sql().add("SELECT due_at, due_unknown FROM tertib_case WHERE case_id = ")
                    .param(caseId).prepare(conn); ResultSet rs = ps.executeQuery()) {
                rs.next();
                due = instant(rs, 1);
                unknown = Optional.ofNullable(rs.getString(2));
            }
            Optional<String> now = Sql.bounded(p.dueUnknown(), 2000);
            if (due.equals(p.due()) && unknown.equals(now)) {
                conn.rollback();
                return false;
            }
            try (Statement s = conn.createStatement()) {
                s.addBatch("UPDATE tertib_case SET due_at = " + Sql.ts(p.due()) + ", due_unknown = " + Sql.str(now)
                        + " WHERE case_id = " + Sql.str(caseId) + " AND events = " + l.events);
                s.addBatch("UPDATE tertib_work SET due_at = " + Sql.ts(p.due()) + " WHERE case_id = " + Sql.str(caseId));
                s.executeBatch();
            }
            conn.commit();
            return true;
        });
    }

    // ---------------------------------------------------------------------------------- transactions

    @FunctionalInterface
    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    /** Runs read-only work on a connection in auto-commit. */
    private <T> T run(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            checkSchema(c);
            return work.in(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs work in a transaction that the work commits or rolls back. */
    private <T> T transaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            checkSchema(c);
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
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs a command's transaction, again on a lost race, up to the store's attempts. */
    private SopInstance retrying(String caseId, Work<SopInstance> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try (Connection c = dataSource.getConnection()) {
                checkSchema(c);
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    return work.in(c);
                } catch (SQLException e) {
                    rollbackQuietly(c);
                    if (!dialect.isConflict(e)) {
                        throw e;
                    }
                    last = e;
                } catch (RuntimeException | Error e) {
                    rollbackQuietly(c);
                    throw e;
                } finally {
                    restore(c, auto);
                }
            } catch (SQLException e) {
                throw failure("change case " + caseId, e);
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

    private static String stateOf(SQLException e) {
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

    private StoreException failure(String what, SQLException e) {
        String state = stateOf(e);
        if (state.startsWith("08") || "57P01".equals(state) || lostH2(e)) {
            return new StoreException("the case store lost its connection to the database while trying to " + what
                    + " (SQLState " + state + "): nothing of it was stored, unless the connection was lost during the"
                    + " commit; find the case again to see which", e);
        }
        return new StoreException("the case store could not " + what + " (SQLState " + state + "): " + e.getMessage(), e);
    }

}
