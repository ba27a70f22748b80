package io.github.tertib.store;

import io.github.tertib.internal.Instants;
import io.github.tertib.run.Actor;
import io.github.tertib.run.Digest;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.SopDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The store on a PostgreSQL or H2 database through plain JDBC. A command costs three round trips: the
 * query that loads the case, one batch with the events and projections, and the commit.
 */
final class JdbcCaseStore extends BaseCaseStore {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final JdbcSchema schema;
    private final JdbcTransactions tx;

    JdbcCaseStore(DataSource dataSource, StoreSettings settings) {
        super(settings);
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new StoreException("the case store cannot reach its database: " + e.getMessage(), e);
        }
        this.schema = new JdbcSchema(dataSource, dialect);
        this.tx = new JdbcTransactions(dataSource, dialect, settings, schema);
    }

    // ------------------------------------------------------------------------------------ revisions

    @Override
    public Revision register(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        Revision r = definition.revision();
        registry.add(definition);
        tx.run("register " + r, c -> {
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

    // ------------------------------------------------------------------------------------- commands

    @Override
    public void createSchema() {
        schema.create();
    }

    @Override
    SopInstance insertNew(SopInstance c) {
        Projection p = Projection.of(c, settings.calendar(), settings.policy());
        return tx.transaction("start case " + c.id(), conn -> {
            List<String> batch = CaseRows.writes(c, p, 0, 0, true);
            try {
                CaseRows.execute(conn, batch, c.id(), 0);
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                if ("23505".equals(JdbcTransactions.stateOf(e)) || dialect.isConflict(e)) {
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
        return tx.run("find case " + caseId, conn -> {
            CaseRows.Loaded l = CaseRows.load(conn, caseId);
            return l == null ? Optional.<SopInstance>empty() : Optional.of(l.replay(registry));
        });
    }

    @Override
    public SopInstance save(SopInstance instance) {
        Objects.requireNonNull(instance, "instance");
        registry.require(instance.definition());
        String caseId = instance.id();
        return tx.retrying(caseId, conn -> {
            CaseRows.Loaded l = CaseRows.load(conn, caseId);
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
        return tx.retrying(caseId, conn -> {
            CaseRows.Loaded l = CaseRows.load(conn, caseId);
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

    private SopInstance append(Connection conn, CaseRows.Loaded l, SopInstance before, SopInstance after)
            throws SQLException {
        if (after.events().size() == before.events().size()) {
            conn.rollback();
            return before;
        }
        Projection p = Projection.of(after, settings.calendar(), settings.policy());
        List<String> batch = CaseRows.writes(after, p, l.events(), l.closedVisits(), false);
        CaseRows.execute(conn, batch, after.id(), l.events());
        conn.commit();
        return after;
    }

    // --------------------------------------------------------------------------------------- queries

    @Override
    public List<WorkItem> worklist(Actor actor, Instant at, int offset, int limit) {
        Objects.requireNonNull(actor, "actor");
        Instants.requireInRange(at, "the instant of the worklist");
        requirePage(offset, limit);
        return tx.run("list the work of " + actor, conn -> WorklistQuery.page(conn, registry, actor, at, offset, limit));
    }

    @Override
    public List<CaseSummary> dueBefore(Instant instant, int offset, int limit) {
        Instants.requireInRange(instant, "the instant cases are due before");
        requirePage(offset, limit);
        return tx.run("list the cases due before " + instant, conn -> {
            Sql q = dueBeforeSql(instant, offset, limit);
            List<CaseSummary> out = new ArrayList<>();
            try (PreparedStatement ps = q.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(CaseRows.summary(rs));
                }
            }
            return out;
        });
    }

    /** The page of the active cases due before the instant: a range scan of tertib_case_due in the page's order. */
    static Sql dueBeforeSql(Instant instant, int offset, int limit) {
        return new Sql().add("SELECT " + CaseRows.SUMMARY + " FROM tertib_case WHERE status = 'ACTIVE' AND due_at < ")
                .param(instant).add(" ORDER BY due_at, case_id LIMIT ").param(limit).add(" OFFSET ").param(offset);
    }

    @Override
    public Stream<CaseSummary> cases(String sop, InstanceStatus status, Instant from, Instant until) {
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(status, "status");
        requirePeriod(sop, from, until);
        Sql q = new Sql().add("SELECT " + CaseRows.SUMMARY + " FROM tertib_case WHERE sop = ").param(sop)
                .add(" AND status = ").param(status.name()).add(" AND started_at >= ").param(from).add(" AND started_at < ").param(until)
                .add(" ORDER BY started_at, case_id");
        return tx.stream(q, "stream the cases of SOP " + sop, rs -> rs.next() ? CaseRows.summary(rs) : null);
    }

    @Override
    public Stream<SopInstance> instances(String sop, Instant from, Instant until) {
        requirePeriod(sop, from, until);
        Sql q = new Sql().add("SELECT c.case_id, c.fingerprint, c.last_digest, e.line FROM tertib_case c JOIN"
                + " tertib_event e ON e.case_id = c.case_id WHERE c.sop = ").param(sop).add(" AND c.started_at >= ")
                .param(from).add(" AND c.started_at < ").param(until).add(" ORDER BY c.started_at, c.case_id, e.seq");
        // Rows come case after case; a case is replayed when the row after its last one is read.
        boolean[] pending = {false};
        return tx.stream(q, "stream the cases of SOP " + sop, rs -> {
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

    @Override
    public int recomputeDueInstants() {
        int changed = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> ids = tx.run("list the active cases", conn -> {
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
        return tx.transaction("recompute the due instant of case " + caseId, conn -> {
            CaseRows.Loaded l = CaseRows.load(conn, caseId);
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
                due = CaseRows.instant(rs, 1);
                unknown = Optional.ofNullable(rs.getString(2));
            }
            Optional<String> now = Sql.bounded(p.dueUnknown(), 2000);
            if (due.equals(p.due()) && unknown.equals(now)) {
                conn.rollback();
                return false;
            }
            try (Statement s = conn.createStatement()) {
                s.addBatch("UPDATE tertib_case SET due_at = " + Sql.ts(p.due()) + ", due_unknown = " + Sql.str(now)
                        + " WHERE case_id = " + Sql.str(caseId) + " AND events = " + l.events());
                s.addBatch("UPDATE tertib_work SET due_at = " + Sql.ts(p.due()) + " WHERE case_id = " + Sql.str(caseId));
                s.executeBatch();
            }
            conn.commit();
            return true;
        });
    }
}
