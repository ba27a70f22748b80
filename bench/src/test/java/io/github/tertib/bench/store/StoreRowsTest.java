package io.github.tertib.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.bench.OpenCases;
import io.github.tertib.bench.TertibV4;
import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.run.Action;
import io.github.tertib.store.CaseSummary;
import io.github.tertib.store.WorkItem;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Generated store rows are found by the store's worklist and overdue queries as real ones are. */
class StoreRowsTest {

    @Test
    void generated_cases_are_on_the_worklist_most_urgent_first_and_on_the_overdue_list() {
        DataSource dataSource = BenchDatabase.POSTGRES.newDatabase("store rows test");
        StoreV4 tertib = StoreV4.on(dataSource);
        int cases = 60;
        StoreRows.generate(tertib, dataSource, cases);

        List<WorkItem> all = tertib.store().worklist(TertibV4.KASI, OpenCases.AS_OF, 0, 1_000);
        assertThat(all).hasSize(OpenCases.kasiWorkCount(cases) + 3);
        assertThat(all).extracting(w -> w.due().orElseThrow()).isSorted();
        assertThat(all).extracting(WorkItem::kind).containsOnly(Action.Kind.COMPLETE, Action.Kind.DECIDE);
        assertThat(all).extracting(WorkItem::caseId).contains("template-step-1-6", "template-step-3-2",
                "template-step-6-5").doesNotContain("template-step-2-7");
        WorkItem case6 = all.stream().filter(w -> w.caseId().equals("template-step-1-6")).findFirst().orElseThrow();
        assertThat(case6.step()).isEqualTo(1);

        List<WorkItem> kabid = tertib.store().worklist(TertibV4.KABID, OpenCases.AS_OF, 0, 1_000);
        assertThat(kabid).hasSize(cases / 6 + 1);

        List<CaseSummary> overdue = tertib.store().overdue(OpenCases.AS_OF);
        assertThat(overdue).hasSize(OpenCases.PAGE);
        assertThat(overdue).extracting(c -> c.due().orElseThrow()).isSorted()
                .allMatch(due -> due.isBefore(OpenCases.AS_OF));
    }

    @Test
    void the_store_runs_the_command_workload_on_both_databases() {
        for (BenchDatabase database : BenchDatabase.values()) {
            StoreV4 tertib = StoreV4.on(database.newDatabase("store workload test"));
            TertibV4.requireAtStep2(tertib.startAtStep2("V4/1", TertibV4.T0));
            tertib.completeKabid("V4/1", TertibV4.at(TertibV4.T0, 2));
            tertib.completeKadin("V4/1", TertibV4.at(TertibV4.T0, 3));
            TertibV4.requireAtStep2(tertib.tidak("V4/1", TertibV4.at(TertibV4.T0, 4)));
            assertThat(tertib.store().find("V4/1").orElseThrow().events()).hasSize(5);
            for (int step = 1; step <= OpenCases.STEPS; step++) {
                assertThat(tertib.template("t" + step, step).currentStep().number()).isEqualTo(step);
            }
        }
    }
}
