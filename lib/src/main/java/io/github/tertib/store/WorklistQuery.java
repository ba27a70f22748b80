package io.github.tertib.store;

import io.github.tertib.run.Actor;
import io.github.tertib.run.Delegation;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The worklist as one SQL statement that stays cheap under a generic plan (PgJDBC prepares a
 * statement on the server after five executions, and PostgreSQL may then plan it without its
 * parameters' values). The work an actor may take is split into branches, one per role held or
 * acted for (a valid delegation of a role not held) and per kind (part, decision, resume), so that
 * each branch has one role and one kind as equalities: an index range scan of
 * {@code tertib_work_role (role_id, kind, due_at, case_id, part)} already in the page's order, read
 * no further than {@code offset + limit} rows that qualify. The branches are joined by
 * {@code UNION ALL} (they are disjoint: a row has one role and one kind), and the outer query orders
 * what they return and cuts the page. The conditions are those of {@link Worklists#candidates}.
 */
final class WorklistQuery {

    private static final String COLUMNS = "w.case_id, w.part, w.kind, w.step, w.role_id, w.role_title, w.label,"
            + " w.definitive_only, w.separate_actors, w.guarded, w.due_at";

    private static final String ORDER = " ORDER BY w.due_at NULLS LAST, w.case_id, w.part";

    private WorklistQuery() {
    }

    /** The ids of the roles the actor holds, each once: a role is matched on its id, as commands match it. */
    static List<String> held(Actor actor) {
        Set<String> out = new LinkedHashSet<>();
        for (Role r : actor.roles()) {
            out.add(r.id());
        }
        return List.copyOf(out);
    }

    /** The ids of the roles the actor acts for at {@code at} and does not hold, each once. */
    static List<String> acting(Actor actor, Instant at) {
        Set<String> out = new LinkedHashSet<>();
        for (Delegation d : actor.delegations()) {
            if (d.isValidAt(at)) {
                out.add(d.role().id());
            }
        }
        out.removeAll(held(actor));
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The statement of one page, or empty when the actor has no role at all. */
    static Optional<Sql> sql(Actor actor, Instant at, int offset, int limit) {
        List<String> held = held(actor);
        List<String> acting = acting(actor, at);
        if (held.isEmpty() && acting.isEmpty()) {
            return Optional.empty();
        }
        long rows = Math.min((long) offset + limit, Integer.MAX_VALUE);
        Sql q = new Sql().add("SELECT u.case_id, c.sop, c.fingerprint, u.part, u.kind, u.step, u.role_id, u.role_title,"
                + " u.label, u.definitive_only, u.separate_actors, u.guarded, u.due_at FROM (");
        boolean first = true;
        for (String r : concat(held, acting)) {
            for (Projection.Kind kind : Projection.Kind.values()) {
                q.add(first ? "" : " UNION ALL ");
                first = false;
                branch(q, r, kind, held.contains(r), held, acting, actor, at, rows);
            }
        }
        q.add(") u JOIN tertib_case c ON c.case_id = u.case_id ORDER BY u.due_at NULLS LAST, u.case_id, u.part LIMIT ")
                .add(Integer.toString(limit)).add(" OFFSET ").add(Integer.toString(offset));
        return Optional.of(q);
    }

    /**
     * One branch: the rows of one role and kind. A part or decision waits for whoever holds its role,
     * or acts for it unless the step is definitive-only, and not for one who did another part of a
     * four-eyes step (a count of the actor's done rows in the case: a primary key lookup; PostgreSQL
     * would hash a NOT EXISTS under OR from a scan of all of tertib_done). A suspended case is resumed
     * in the first of its resume rows whose role the actor holds, or else the first it acts for: the
     * row qualifies when no earlier row is preferred.
     */
    private static void branch(Sql q, String roleId, Projection.Kind kind, boolean isHeld, List<String> held,
            List<String> acting, Actor actor, Instant at, long rows) {
        q.add("SELECT * FROM (SELECT " + COLUMNS + " FROM tertib_work w WHERE w.role_id = ").param(roleId)
                .add(" AND w.kind = '" + kind.name() + "' AND w.last_at <= ").param(at);
        if (kind != Projection.Kind.RESUME) {
            if (!isHeld) {
                q.add(" AND NOT w.definitive_only");
            }
            q.add(" AND (NOT w.separate_actors OR (SELECT COUNT(*) FROM tertib_done d WHERE d.case_id = w.case_id"
                    + " AND d.actor_id = ").param(actor.id()).add(") = 0)");
        } else if (isHeld) {
            q.add(" AND NOT EXISTS (SELECT 1 FROM tertib_work x WHERE x.case_id = w.case_id AND x.kind = 'RESUME'"
                    + " AND x.part < w.part AND ");
            anyOf(q, held, "x");
            q.add(")");
        } else {
            q.add(" AND NOT EXISTS (SELECT 1 FROM tertib_work x WHERE x.case_id = w.case_id AND x.kind = 'RESUME'"
                    + " AND (");
            if (!held.isEmpty()) {
                anyOf(q, held, "x");
                q.add(" OR ");
            }
            q.add("x.part < w.part AND ");
            anyOf(q, acting, "x");
            q.add("))");
        }
        q.add(ORDER + " LIMIT " + rows + ") b");
    }

    private static void anyOf(Sql q, List<String> roleIds, String alias) {
        q.add("(");
        for (int i = 0; i < roleIds.size(); i++) {
            q.add(i == 0 ? "" : " OR ").add(alias + ".role_id = ").param(roleIds.get(i));
        }
        q.add(")");
    }

    /** Runs the page's statement and makes its items, custom guards and capacity applied in Java. */
    static List<WorkItem> page(Connection conn, Registry registry, Actor actor, Instant at, int offset, int limit)
            throws SQLException {
        Optional<Sql> q = sql(actor, at, offset, limit);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = q.get().prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime due = rs.getObject(13, OffsetDateTime.class);
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        new Projection.Work(Projection.Kind.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(4),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10),
                                rs.getBoolean(11), rs.getBoolean(12)),
                        due == null ? Optional.empty() : Optional.of(due.toInstant())));
            }
        }
        Map<String, List<Projection.Done>> done = doneOfGuarded(conn, rows);
        List<WorkItem> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            SopDefinition d = r.work.guarded() ? registry.forCase(r.caseId, r.sop, r.fingerprint) : null;
            Worklists.item(r.caseId, r.sop, d, r.work, done.getOrDefault(r.caseId, List.of()), r.due, actor, at)
                    .ifPresent(out::add);
        }
        return out;
    }

    private record Row(String caseId, String sop, String fingerprint, Projection.Work work, Optional<Instant> due) {
    }

    /** The parts done in the current visits of the cases whose items a custom guard must see: one more query, only then. */
    private static Map<String, List<Projection.Done>> doneOfGuarded(Connection conn, List<Row> rows)
            throws SQLException {
        Set<String> cases = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.work.guarded()) {
                cases.add(r.caseId);
            }
        }
        Map<String, List<Projection.Done>> out = new HashMap<>();
        if (cases.isEmpty()) {
            return out;
        }
        Sql q = new Sql().add("SELECT case_id, role_id, role_title, actor_id FROM tertib_done WHERE case_id IN (");
        boolean first = true;
        for (String c : cases) {
            q.add(first ? "" : ", ").param(c);
            first = false;
        }
        q.add(")");
        try (PreparedStatement ps = q.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Projection.Done(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }
}
