package io.github.tertib.bench;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.store.StoreV4;
import io.github.tertib.run.SopInstance;
import java.time.Instant;
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
 * One command through Tertib's store: {@code CaseStore.update(caseId, c -> c.complete(...))} (load the
 * case, run the pure command with all its checks, append its event with the projections, commit), on
 * embedded PostgreSQL and on H2: the peer of {@link FlowableCommandBench}, on the same workload.
 *
 * <p>{@value #CASES} V.4 cases wait at step 2 (made in setup); an invocation takes the next case in
 * turn and gives it three updates: Kepala Bidang's part of step 2, Kepala Dinas's part, and "Tidak"
 * at step 3 (back to step 2), divided by those 3 commands. Each case's commands are a minute apart
 * on its own clock. A case keeps its events, so each round of the loop makes it 3 events longer;
 * with {@value #CASES} cases (Flowable's {@value FlowableCommandBench#CASES} suffice: its runtime
 * rows do not grow) a case stays near a real V.4 case's size over a run: the tear-down prints the
 * mean.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class TertibStoreCommandBench {

    /** Cases taken in turn. */
    public static final int CASES = 2_000;

    /** The database both engines run on. */
    @Param({"POSTGRES", "H2"})
    public BenchDatabase database;

    private StoreV4 tertib;
    private String[] cases;
    private int[] minutes;
    private int next;
    private long rounds;

    @Setup
    public void setUp() {
        tertib = StoreV4.on(database.newDatabase("tertib command"));
        cases = new String[CASES];
        minutes = new int[CASES];
        for (int i = 0; i < CASES; i++) {
            cases[i] = "V4/2026/" + i;
            tertib.startAtStep2(cases[i], TertibV4.T0);
            minutes[i] = 2;
        }
        SopInstance after = consultAgain();
        TertibV4.requireAtStep2(after);
        if (after.events().size() != 5) {
            throw new IllegalStateException("after one round the case has " + after.events().size()
                    + " events, not 5: " + after);
        }
    }

    @TearDown
    public void tearDown() {
        System.out.printf("%n%s: %d rounds over %d cases, %.1f events a case at the end%n", database, rounds, CASES,
                2 + 3.0 * rounds / CASES);
    }

    @Benchmark
    @OperationsPerInvocation(3)
    public SopInstance consultAgain() {
        int c = next;
        next = (next + 1) % CASES;
        rounds++;
        String id = cases[c];
        int minute = minutes[c];
        minutes[c] = minute + 3;
        tertib.completeKabid(id, at(minute));
        tertib.completeKadin(id, at(minute + 1));
        return tertib.tidak(id, at(minute + 2));
    }

    private static Instant at(int minute) {
        return TertibV4.at(TertibV4.T0, minute);
    }
}
