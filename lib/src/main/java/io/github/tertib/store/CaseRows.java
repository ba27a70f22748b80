package io.github.tertib.store;

import io.github.tertib.run.Digest;
import io.github.tertib.run.Event;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Fingerprint;
import io.github.tertib.sop.SopDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A case's rows: the writes of a command (events and projections), a stored case read back, a summary read. */
final class CaseRows {

    /** The columns of a {@link CaseSummary}, in the order {@link #summary} reads them. */
    static final String SUMMARY = "case_id, sop, fingerprint, status, step, started_at, last_at, due_at,"
            + " due_unknown, events";

    private CaseRows() {
    }

    /** The writes of a command, in this order: events (the race is decided here), case row, work, done, visits. */
    static List<String> writes(SopInstance c, Projection p, int storedEvents, int storedVisits, boolean isNew) {
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
    static void execute(Connection conn, List<String> batch, String caseId, int storedEvents) throws SQLException {
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

    /** A stored case as read: its revision, how many events and closed visits the store has, and the log. */
    record Loaded(String caseId, String sop, String fingerprint, int events, int closedVisits,
            String lastDigest, String log) {

        SopInstance replay(Registry registry) {
            SopDefinition d = registry.forCase(caseId, sop, fingerprint);
            return SopInstance.replay(d, EventLog.parse(log), Digest.parse(lastDigest));
        }
    }

    static Loaded load(Connection conn, String caseId) throws SQLException {
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

    static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getString(1), rs.getString(2), Fingerprint.parse(rs.getString(3)),
                InstanceStatus.valueOf(rs.getString(4)), rs.getInt(5), instant(rs, 6).orElseThrow(),
                instant(rs, 7).orElseThrow(), instant(rs, 8), Optional.ofNullable(rs.getString(9)), rs.getInt(10));
    }

    static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }
}
