package io.github.tertib.bench;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.flowable.FlowableV4;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One command on Flowable 7: {@code TaskService.complete}, on embedded PostgreSQL and on H2, the
 * peer of {@code StoreCommandBench.update}.
 *
 * <p>The workload of {@link TertibBench#guardedTransition}, in a database: {@value #CASES} V.4
 * cases wait at step 2 (made in setup); an invocation takes the next case in turn and completes
 * Kepala Bidang's task of step 2, Kepala Dinas's task (which joins the two branches and creates
 * step 3's task) and step 3's task with {@code ya = false} ("Tidak": back to step 2, two new
 * tasks), and is divided by those 3 commands. Each command is one {@code complete(taskId)} in its
 * own transaction; the task ids come from the engine's task events, in memory
 * ({@link FlowableV4}), as a host takes them from the worklist it showed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class FlowableCommandBench {

    /** Cases taken in turn: each goes round the "Tidak" loop a few times in a run. */
    public static final int CASES = 200;

    /** The database both engines run on. */
    @Param({"POSTGRES", "H2"})
    public BenchDatabase database;

    private FlowableV4 flowable;
    private String[] cases;
    private int next;

    @Setup
    public void setUp() {
        flowable = FlowableV4.on(database.newDatabase("flowable command"), "flowable-command-" + database);
        cases = new String[CASES];
        for (int i = 0; i < CASES; i++) {
            cases[i] = flowable.start("V4/2026/" + i);
            flowable.complete(cases[i], FlowableV4.STEP_1);
        }
        String first = cases[0];
        consultAgain();
        if (!flowable.openTasksOf(first).equals(List.of(FlowableV4.STEP_2_KABID, FlowableV4.STEP_2_KADIN))) {
            throw new IllegalStateException("after \"Tidak\" the case has " + flowable.openTasksOf(first)
                    + ", not both parts of step 2");
        }
    }

    @TearDown
    public void tearDown() {
        flowable.close();
    }

    @Benchmark
    @OperationsPerInvocation(3)
    public String consultAgain() {
        String pid = cases[next];
        next = (next + 1) % CASES;
        flowable.complete(pid, FlowableV4.STEP_2_KABID);
        flowable.complete(pid, FlowableV4.STEP_2_KADIN);
        flowable.decide(pid, false);
        return pid;
    }
}
