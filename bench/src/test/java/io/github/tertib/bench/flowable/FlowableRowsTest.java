package io.github.tertib.bench.flowable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.bench.OpenCases;
import io.github.tertib.bench.db.BenchDatabase;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

/** Generated rows are found by Flowable's task queries as the engine's own are, and can be completed. */
class FlowableRowsTest {

    @Test
    void generated_cases_are_on_the_worklists_with_their_due_dates_and_run_on() {
        DataSource dataSource = BenchDatabase.POSTGRES.newDatabase("flowable rows test");
        FlowableV4 flowable = FlowableV4.on(dataSource, "flowable-rows-test");
        try {
            int cases = 60;
            FlowableRows.generate(flowable, dataSource, cases);
            TaskService tasks = flowable.engine().getTaskService();

            // 6 template cases (one per step) plus the generated ones; steps 2 and 6 have two tasks
            assertThat(tasks.createTaskQuery().count()).isEqualTo((cases + 6) * 8L / 6);
            assertThat(tasks.createTaskQuery().taskCandidateGroup(FlowableV4.KEPALA_SEKSI).count())
                    .isEqualTo(OpenCases.kasiWorkCount(cases) + 3L);
            assertThat(tasks.createTaskQuery().taskCandidateGroup(FlowableV4.KEPALA_BIDANG).count())
                    .isEqualTo(cases / 6 + 1L);

            // case 7 is at step 2, begun sinceMinutes(7) before AS_OF; Kepala Bidang's task is due 15 minutes later
            List<Task> case7 = tasks.createTaskQuery().processInstanceBusinessKey("template-step-2-7")
                    .orderByTaskDefinitionKey().asc().list();
            assertThat(case7).extracting(Task::getTaskDefinitionKey)
                    .containsExactly(FlowableV4.STEP_2_KABID, FlowableV4.STEP_2_KADIN);
            assertThat(case7.get(0).getDueDate().toInstant())
                    .isEqualTo(OpenCases.stepBegan(7).plus(Duration.ofMinutes(15)));

            List<Task> page = tasks.createTaskQuery().taskCandidateGroup(FlowableV4.KEPALA_SEKSI)
                    .taskDueBefore(java.util.Date.from(OpenCases.AS_OF)).orderByTaskDueDate().asc().listPage(0, 5);
            assertThat(page).hasSize(5);
            assertThat(page).extracting(Task::getDueDate).isSorted();

            // the engine takes a generated case on: both parts of step 2, then step 3
            String pid = case7.get(0).getProcessInstanceId();
            for (Task task : case7) {
                tasks.complete(task.getId());
            }
            assertThat(flowable.openTasksOf(pid)).containsExactly(FlowableV4.STEP_3);
        } finally {
            flowable.close();
        }
    }
}
