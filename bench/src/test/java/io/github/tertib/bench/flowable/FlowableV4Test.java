package io.github.tertib.bench.flowable;

import static io.github.tertib.bench.flowable.FlowableV4.STEP_1;
import static io.github.tertib.bench.flowable.FlowableV4.STEP_2_KABID;
import static io.github.tertib.bench.flowable.FlowableV4.STEP_2_KADIN;
import static io.github.tertib.bench.flowable.FlowableV4.STEP_3;
import static io.github.tertib.bench.flowable.FlowableV4.STEP_4;
import static io.github.tertib.bench.flowable.FlowableV4.STEP_5;
import static io.github.tertib.bench.flowable.FlowableV4.STEP_6_DOKUMENTASI;
import static io.github.tertib.bench.flowable.FlowableV4.STEP_6_PELAPORAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.db.CountingDataSource;
import io.github.tertib.bench.db.CountingDataSource.JdbcCounts;
import java.time.Duration;
import java.util.List;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The BPMN model of V.4 runs V.4's paths on Flowable, on H2 and on embedded PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowableV4Test {

    private FlowableV4 h2;
    private FlowableV4 postgres;
    private CountingDataSource postgresCounting;

    @BeforeAll
    void engines() {
        h2 = FlowableV4.on(BenchDatabase.H2.newDatabase("flowable test"), "flowable-test-h2");
        postgresCounting = CountingDataSource.over(BenchDatabase.POSTGRES.newDatabase("flowable test"));
        postgres = FlowableV4.on(postgresCounting.dataSource(), "flowable-test-postgres");
    }

    @AfterAll
    void close() {
        h2.close();
        postgres.close();
    }

    private FlowableV4 on(BenchDatabase database) {
        return switch (database) {
            case H2 -> h2;
            case POSTGRES -> postgres;
        };
    }

    @ParameterizedTest
    @EnumSource(BenchDatabase.class)
    void runs_the_happy_path_to_the_end(BenchDatabase database) {
        FlowableV4 flowable = on(database);
        String pid = flowable.start("V4/happy/" + database);

        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_1);
        flowable.complete(pid, STEP_1);
        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_2_KABID, STEP_2_KADIN);
        flowable.complete(pid, STEP_2_KADIN);
        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_2_KABID);
        flowable.complete(pid, STEP_2_KABID);
        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_3);
        flowable.decide(pid, true);
        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_4);
        flowable.complete(pid, STEP_4);
        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_5);
        flowable.complete(pid, STEP_5);
        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_6_DOKUMENTASI, STEP_6_PELAPORAN);
        flowable.complete(pid, STEP_6_PELAPORAN);
        assertThat(flowable.ended(pid)).isFalse();
        flowable.complete(pid, STEP_6_DOKUMENTASI);

        assertThat(flowable.ended(pid)).isTrue();
        assertThat(flowable.openTasksOf(pid)).isEmpty();
        long done = flowable.engine().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(pid).finished().count();
        assertThat(done).isEqualTo(FlowableV4.HAPPY_PATH.size());
    }

    @ParameterizedTest
    @EnumSource(BenchDatabase.class)
    void tidak_at_step_3_consults_both_again_then_the_case_goes_on_to_the_end(BenchDatabase database) {
        FlowableV4 flowable = on(database);
        String pid = flowable.start("V4/loop/" + database);
        flowable.complete(pid, STEP_1);
        flowable.complete(pid, STEP_2_KABID);
        flowable.complete(pid, STEP_2_KADIN);
        String firstDecision = flowable.taskId(pid, STEP_3);

        flowable.decide(pid, false);

        assertThat(flowable.openTasksOf(pid)).containsExactly(STEP_2_KABID, STEP_2_KADIN);
        assertThatThrownBy(() -> flowable.engine().getTaskService().complete(firstDecision))
                .isInstanceOf(FlowableObjectNotFoundException.class);
        for (String key : List.of(STEP_2_KABID, STEP_2_KADIN)) {
            flowable.complete(pid, key);
        }
        flowable.decide(pid, true);
        for (String key : List.of(STEP_4, STEP_5, STEP_6_DOKUMENTASI, STEP_6_PELAPORAN)) {
            flowable.complete(pid, key);
        }
        assertThat(flowable.ended(pid)).isTrue();
        long done = flowable.engine().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(pid).finished().count();
        assertThat(done).isEqualTo(FlowableV4.HAPPY_PATH.size() + 3);
    }

    @Test
    void tasks_carry_the_roles_as_candidate_groups_and_the_standard_as_due_date() {
        String pid = h2.start("V4/groups");
        h2.complete(pid, STEP_1);

        List<Task> kabid = h2.engine().getTaskService().createTaskQuery().processInstanceId(pid)
                .taskCandidateGroup(FlowableV4.KEPALA_BIDANG).list();
        List<Task> kasi = h2.engine().getTaskService().createTaskQuery().processInstanceId(pid)
                .taskCandidateGroup(FlowableV4.KEPALA_SEKSI).list();

        assertThat(kabid).extracting(Task::getTaskDefinitionKey).containsExactly(STEP_2_KABID);
        assertThat(kasi).isEmpty();
        Task task = kabid.get(0);
        // Flowable reads its clock once for the create time and again for the due date: a millisecond may pass
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .isBetween(Duration.ofMinutes(15), Duration.ofMinutes(15).plusSeconds(1));
    }

    @Test
    void a_command_on_postgres_is_counted_in_statements_and_one_commit() {
        String pid = postgres.start("V4/counted");
        JdbcCounts before = postgresCounting.counts();

        postgres.complete(pid, STEP_1);

        JdbcCounts one = postgresCounting.counts().minus(before);
        assertThat(one.commits()).isEqualTo(1);
        assertThat(one.rollbacks()).isZero();
        assertThat(one.statements()).isGreaterThan(3);
        assertThat(one.roundTrips()).isEqualTo(one.statements() + one.batches() + 1);
    }
}
