package io.github.tertib.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.bench.MonitoringBench;
import io.github.tertib.bench.MonitoringCases;
import io.github.tertib.bench.OpenCases;
import io.github.tertib.bench.TertibCalendarBench;
import io.github.tertib.bench.TertibV4;
import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.Action;
import io.github.tertib.run.Actor;
import io.github.tertib.run.SopInstance;
import io.github.tertib.store.CaseStore;
import io.github.tertib.store.CaseSummary;
import io.github.tertib.store.WorkItem;
import io.github.tertib.time.WorkCalendar;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Cases loaded by {@link StoreLoader} are stored exactly as {@code CaseStore.save} stores them. */
class StoreLoaderTest {

    static final WorkCalendar CALENDAR = TertibCalendarBench.asnWithHolidays();
    static final List<Actor> ACTORS = List.of(TertibV4.KASI, TertibV4.KABID, TertibV4.KADIN, TertibV4.STAF,
            TertibV4.TIM);
    static final List<String> TABLES = List.of("tertib_case", "tertib_event", "tertib_work", "tertib_done",
            "tertib_visit");

    @Test
    void loaded_cases_equal_saved_ones_row_for_row() throws SQLException {
        List<SopInstance> cases = MonitoringCases.generate(200, MonitoringBench.SEED, CALENDAR);
        DataSource saved = BenchDatabase.POSTGRES.newDatabase("store saved");
        CaseStore bySave = StoreV4.on(saved).store();
        cases.forEach(bySave::save);
        DataSource loaded = BenchDatabase.POSTGRES.newDatabase("store loaded");
        CaseStore byLoader = StoreV4.on(loaded).store();
        // small chunks, so that three threads share the work
        assertThat(StoreLoader.load(loaded, CALENDAR, cases.iterator(), 3, 16)).isEqualTo(200);

        for (String table : TABLES) {
            List<List<String>> expected = rows(saved, table);
            assertThat(expected).as(table).isNotEmpty();
            assertThat(rows(loaded, table)).as(table).hasSameSizeAs(expected).containsExactlyElementsOf(expected);
        }
        assertThat(rows(loaded, "tertib_case")).hasSize(200);
        for (SopInstance c : cases) {
            assertThat(byLoader.find(c.id())).contains(c);
        }
        for (Instant at : List.of(Instant.parse("2026-06-01T03:00:00Z"), MonitoringCases.AS_OF)) {
            for (Actor actor : ACTORS) {
                assertThat(byLoader.worklist(actor, at, 0, 1_000)).as("%s at %s", actor, at)
                        .isEqualTo(bySave.worklist(actor, at, 0, 1_000));
            }
            assertThat(byLoader.dueBefore(at, 0, 1_000)).isEqualTo(bySave.dueBefore(at, 0, 1_000));
        }
        assertThat(byLoader.overdue(MonitoringCases.AS_OF)).isNotEmpty()
                .isEqualTo(bySave.overdue(MonitoringCases.AS_OF));
        assertThat(ACTORS.stream().mapToInt(a -> byLoader.worklist(a, MonitoringCases.AS_OF, 0, 1_000).size()).sum())
                .isPositive();
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        MonitoringReport report = monitoring(byLoader, from);
        assertThat(report.counts().started()).isEqualTo(200);
        assertThat(report).isEqualTo(monitoring(bySave, from));
    }

    private static MonitoringReport monitoring(CaseStore store, Instant from) {
        try (Stream<SopInstance> cases = store.instances(TertibV4.DEFINITION.number(), from, MonitoringCases.AS_OF)) {
            return MonitoringReport.of(TertibV4.DEFINITION, cases::iterator, CALENDAR, MonitoringCases.AS_OF);
        }
    }

    /** Every row of a table, every column as text, in key order. */
    private static List<List<String>> rows(DataSource dataSource, String table) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(meta.getColumnName(i) + "=" + rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void open_cases_are_on_the_worklist_most_urgent_first_and_on_the_overdue_list() {
        DataSource dataSource = BenchDatabase.POSTGRES.newDatabase("store loader open");
        StoreV4 tertib = StoreV4.on(dataSource);
        int cases = 120;
        assertThat(StoreLoader.load(dataSource, StoreV4.openCases(cases), 2)).isEqualTo(cases);

        List<WorkItem> all = tertib.store().worklist(TertibV4.KASI, OpenCases.AS_OF, 0, 1_000);
        assertThat(all).hasSize(OpenCases.kasiWorkCount(cases));
        assertThat(all).extracting(w -> w.due().orElseThrow()).isSorted();
        assertThat(all).extracting(WorkItem::kind).containsOnly(Action.Kind.COMPLETE, Action.Kind.DECIDE);
        assertThat(all).extracting(WorkItem::caseId).contains("V4/open/0000006", "V4/open/0000002",
                "V4/open/0000005").doesNotContain("V4/open/0000007");
        WorkItem case6 = all.stream().filter(w -> w.caseId().equals("V4/open/0000006")).findFirst().orElseThrow();
        assertThat(case6.step()).isEqualTo(1);
        assertThat(tertib.store().worklist(TertibV4.KABID, OpenCases.AS_OF, 0, 1_000)).hasSize(cases / 6);

        List<CaseSummary> overdue = tertib.store().overdue(OpenCases.AS_OF);
        assertThat(overdue).hasSize(OpenCases.PAGE);
        assertThat(overdue).extracting(c -> c.due().orElseThrow()).isSorted()
                .allMatch(due -> due.isBefore(OpenCases.AS_OF));
        for (int i = 0; i < cases; i++) {
            assertThat(tertib.store().find(StoreV4.openCase(i).id())).contains(StoreV4.openCase(i));
        }
    }

    @Test
    void refuses_a_target_that_is_not_postgresql() {
        DataSource h2 = BenchDatabase.H2.newDatabase("store loader h2");
        StoreV4.on(h2);
        assertThatThrownBy(() -> StoreLoader.load(h2, StoreV4.openCases(1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COPY").hasMessageContaining("H2");
    }

    @Test
    void the_store_runs_the_command_workload_on_both_databases_and_the_open_cases_are_at_their_steps() {
        for (BenchDatabase database : BenchDatabase.values()) {
            StoreV4 tertib = StoreV4.on(database.newDatabase("store workload test"));
            TertibV4.requireAtStep2(tertib.startAtStep2("V4/1", TertibV4.T0));
            tertib.completeKabid("V4/1", TertibV4.at(TertibV4.T0, 2));
            tertib.completeKadin("V4/1", TertibV4.at(TertibV4.T0, 3));
            TertibV4.requireAtStep2(tertib.tidak("V4/1", TertibV4.at(TertibV4.T0, 4)));
            assertThat(tertib.store().find("V4/1").orElseThrow().events()).hasSize(5);
        }
        for (int i = 0; i < OpenCases.STEPS; i++) {
            SopInstance open = StoreV4.openCase(i);
            assertThat(open.currentStep().number()).isEqualTo(OpenCases.step(i));
            assertThat(open.lastEvent().at()).isEqualTo(OpenCases.stepBegan(i));
        }
    }
}
