package io.github.tertib.store;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.store.CaseStoreTest.BUDI;
import static io.github.tertib.store.CaseStoreTest.MURNI;
import static io.github.tertib.store.CaseStoreTest.RINA;
import static io.github.tertib.store.CaseStoreTest.V4;
import static io.github.tertib.store.CaseStoreTest.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worklist, overdue and due-before pages on PostgreSQL read a bounded number of rows among
 * {@value #CASES} cases, under a generic plan (what PgJDBC's server-side prepared statements get after
 * five executions) as under a custom one: each statement is PREPAREd as the store sends it and run
 * with {@code EXPLAIN (ANALYZE, FORMAT JSON)}, and the rows its scans read are counted. An operation
 * count, not a time, so that it holds on a busy machine.
 */
class QueryPlanTest {

    /** A Kepala Seksi who is also Plh. Kepala Dinas: two roles, so six branches. */
    static final Actor ACTING = Actor.of("kasi-2", "Wati", KEPALA_SEKSI)
            .acting(KEPALA_DINAS, Capacity.PLH, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"));
    static final int COPIES = 3_400;
    static final int CASES = 6 * (COPIES + 1);
    static final Instant AT = Instant.parse("2026-03-03T01:00:00Z");
    static final int PAGE = 50;
    static final List<String> BIG = List.of("tertib_case", "tertib_event", "tertib_work", "tertib_done", "tertib_visit");

    static DataSource database;

    @BeforeAll
    static void fill() throws SQLException {
        database = Databases.postgres();
        CaseStore store = CaseStore.jdbc(database, Stores.CALENDAR);
        store.createSchema();
        store.register(V4);
        store.start(V4, "s1", BUDI, t(0));
        store.start(V4, "s2", BUDI, t(0));
        store.update("s2", c -> c.complete(1, BUDI, t(10)));
        store.start(V4, "s2b", BUDI, t(0));
        store.update("s2b", c -> c.complete(1, BUDI, t(10)).complete(2, RINA, t(20)));
        store.start(V4, "s3", BUDI, t(0));
        store.update("s3", c -> c.complete(1, BUDI, t(10)).complete(2, RINA, t(20)).complete(2, MURNI, t(30)));
        store.start(V4, "sus", BUDI, t(0));
        store.update("sus", c -> c.complete(1, BUDI, t(10)).complete(2, RINA, t(20)).complete(2, MURNI, t(30))
                .suspend(BUDI, t(35), "menunggu"));
        store.start(V4, "s4", BUDI, t(0));
        store.update("s4", c -> c.complete(1, BUDI, t(10)).complete(2, RINA, t(20)).complete(2, MURNI, t(30))
                .decide(3, Answer.YES, BUDI, t(40)));
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (String table : BIG) {
                List<String> names = new ArrayList<>();
                List<String> values = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                        + " WHERE table_name = '" + table + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        names.add(name);
                        values.add(name.equals("case_id") ? "t.case_id || '-' || g.i"
                                : rs.getString(2).startsWith("timestamp")
                                        ? "t." + name + " - make_interval(mins => (g.i * 7919) % 43200)" : "t." + name);
                    }
                }
                s.execute("INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT "
                        + String.join(", ", values) + " FROM " + table + " t CROSS JOIN generate_series(1, " + COPIES
                        + ") AS g(i)");
            }
            for (String table : BIG) {
                s.execute("ANALYZE " + table);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tertib_case")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(CASES);
            }
        }
        // the pages the plans are asked of are full ones
        assertThat(store.worklist(ACTING, AT, 100, PAGE)).hasSize(PAGE);
        assertThat(store.dueBefore(AT, 100, PAGE)).hasSize(PAGE);
    }

    @Test
    void worklist_pages_read_a_bounded_number_of_rows() throws SQLException {
        for (Actor actor : List.of(BUDI, ACTING, MURNI)) {
            for (int offset : new int[] {0, 100}) {
                checkPlans("worklist of " + actor.id(), WorklistQuery.sql(actor, AT, offset, PAGE).orElseThrow(),
                        offset + PAGE);
            }
        }
    }

    @Test
    void overdue_and_due_before_pages_read_a_bounded_number_of_rows() throws SQLException {
        for (Instant instant : List.of(AT, t(-600))) {
            for (int offset : new int[] {0, 100}) {
                checkPlans("due before " + instant, JdbcCaseStore.dueBeforeSql(instant, offset, PAGE), offset + PAGE);
            }
        }
    }

    private static void checkPlans(String what, Sql q, int rows) throws SQLException {
        for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
            String plan = explain(q, mode);
            List<Scan> scans = scans(plan);
            long read = scans.stream().mapToLong(Scan::read).sum();
            assertThat(scans).as("%s under %s: %s", what, mode, plan)
                    .noneMatch(s -> s.node().equals("Seq Scan") && BIG.contains(s.relation()));
            System.out.println("PostgreSQL " + what + " (" + rows + " rows asked) under " + mode + ": " + read
                    + " rows read by " + scans.size() + " scans");
            assertThat(read).as("rows read for %s under %s: %s", what, mode, plan).isLessThanOrEqualTo(20L * rows);
        }
    }

    /** The statement PREPAREd as the store sends it, and EXPLAIN ANALYZE of its execution. */
    private static String explain(Sql q, String mode) throws SQLException {
        String text = q.toString();
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '?') {
                numbered.append('$').append(++n);
            } else {
                numbered.append(ch);
            }
        }
        List<String> args = new ArrayList<>();
        for (Object p : q.params()) {
            args.add(p instanceof String s ? Sql.str(s) : p instanceof OffsetDateTime o ? Sql.ts(o.toInstant())
                    : p.toString());
        }
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = " + mode);
            s.execute("PREPARE page AS " + numbered);
            StringBuilder json = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE page(" + String.join(", ", args)
                    + ")")) {
                while (rs.next()) {
                    json.append(rs.getString(1));
                }
            }
            s.execute("DEALLOCATE page");
            return json.toString();
        }
    }

    private record Scan(String node, String relation, long read) {
    }

    private static final Pattern NODE = Pattern.compile("\"Node Type\": \"([^\"]+)\"");

    /**
     * The scans of a plan in EXPLAIN's JSON, each with the rows it read: the rows it returned and those
     * its filters removed, times its loops. A node's own fields come before its children ("Plans").
     */
    static List<Scan> scans(String plan) {
        List<Scan> out = new ArrayList<>();
        Matcher m = NODE.matcher(plan);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            String node = plan.substring(starts.get(i)[0], i + 1 < starts.size() ? starts.get(i + 1)[0] : plan.length());
            Matcher type = NODE.matcher(node);
            type.find();
            if (!type.group(1).contains("Scan")) {
                continue;
            }
            long rows = number(node, "Actual Rows") + number(node, "Rows Removed by Filter")
                    + number(node, "Rows Removed by Index Recheck");
            Matcher rel = Pattern.compile("\"Relation Name\": \"([^\"]+)\"").matcher(node);
            out.add(new Scan(type.group(1), rel.find() ? rel.group(1) : "", rows * Math.max(1, number(node, "Actual Loops"))));
        }
        return out;
    }

    private static long number(String node, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": (\\d+)").matcher(node);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
