package io.github.tertib.bench;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.flowable.FlowableRows;
import io.github.tertib.bench.flowable.FlowableV4;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A Kepala Seksi's worklist page and the office's overdue page on Flowable 7 over embedded
 * PostgreSQL, among {@code openCases} open V.4 cases ({@link OpenCases}, generated into Flowable's
 * runtime tables by {@link FlowableRows}): a {@code TaskQuery} by candidate group ordered by due
 * date, first {@value OpenCases#PAGE} tasks ({@code listPage(0, 50)}); for the overdue page, the
 * tasks of every group due before {@link OpenCases#AS_OF}, earliest first, as the store's
 * {@code overdue(asOf)} lists the office's overdue cases. The store's side is
 * {@link TertibStoreWorklistBench}.
 *
 * <p>{@code openCases} is 10,000 and 100,000 by default; a full {@code bench/run.sh} adds 1,000,000
 * ({@code -p openCases=...}); {@code --smoke} runs 1,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class FlowableWorklistBench {

    /** Open cases in the database. */
    @Param({"10000", "100000"})
    public int openCases;

    private FlowableV4 flowable;
    private TaskService tasks;
    private Date asOf;

    @Setup
    public void setUp() {
        // Flowable 7.1's schema and the generator are the dataset's key, with the count
        DataSource dataSource = BenchDatabase.POSTGRES.dataset("flowable_7_1_worklist_" + openCases, d -> {
            FlowableV4 filler = FlowableV4.on(d, "flowable-worklist-fill-" + openCases);
            try {
                FlowableRows.generate(filler, d, openCases);
            } finally {
                filler.close();
            }
        });
        flowable = FlowableV4.on(dataSource, "flowable-worklist-" + openCases);
        tasks = flowable.engine().getTaskService();
        asOf = Date.from(OpenCases.AS_OF);
        long kasi = tasks.createTaskQuery().taskCandidateGroup(FlowableV4.KEPALA_SEKSI).count();
        // the 6 template cases add steps 1, 3 and 6: three more tasks of the Kepala Seksi
        long expected = OpenCases.kasiWorkCount(openCases) + 3L;
        if (kasi != expected) {
            throw new IllegalStateException("the Kepala Seksi has " + kasi + " tasks, expected " + expected);
        }
        requireOrderedPage(worklistPage(), Math.min(OpenCases.PAGE, expected), false);
        requireOrderedPage(overduePage(), OpenCases.PAGE, true);
    }

    private void requireOrderedPage(List<Task> page, long expected, boolean overdue) {
        if (page.size() != expected) {
            throw new IllegalStateException("a page of " + page.size() + " tasks, expected " + expected);
        }
        for (int i = 1; i < page.size(); i++) {
            if (page.get(i).getDueDate().before(page.get(i - 1).getDueDate())) {
                throw new IllegalStateException("page not ordered by due date at " + i);
            }
        }
        if (overdue && !page.get(page.size() - 1).getDueDate().before(asOf)) {
            throw new IllegalStateException("overdue page holds a task not overdue");
        }
    }

    @TearDown
    public void tearDown() {
        flowable.close();
    }

    @Benchmark
    public List<Task> worklistPage() {
        return tasks.createTaskQuery().taskCandidateGroup(FlowableV4.KEPALA_SEKSI)
                .orderByTaskDueDate().asc().listPage(0, OpenCases.PAGE);
    }

    @Benchmark
    public List<Task> overduePage() {
        return tasks.createTaskQuery().taskDueBefore(asOf).orderByTaskDueDate().asc().listPage(0, OpenCases.PAGE);
    }
}
