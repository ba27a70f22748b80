package io.github.tertib.bench;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.store.StoreLoader;
import io.github.tertib.bench.store.StoreV4;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.SopInstance;
import io.github.tertib.store.CaseStore;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monitoring report of {@code storedCases} V.4 cases kept in Tertib's store on embedded
 * PostgreSQL: {@code MonitoringReport.of(v4, store.instances(...), calendar, asOf)}, the cases read
 * and replayed one at a time from the database as the report consumes them, so they never sit in
 * memory together. Time per report; with {@code -prof io.github.tertib.bench.LiveHeapProfiler}
 * (bench/run.sh) the most heap in use after a GC while it ran.
 *
 * <p>The cases are {@link MonitoringCases} (seed {@value MonitoringBench#SEED}: varied timings,
 * loops, suspensions, cancellations, 10% open), made one at a time and put in the store's tables in
 * setup by {@link StoreLoader} from {@value #LOADERS} threads (the rows {@code CaseStore.save} would
 * write, copied to PostgreSQL with COPY: a million cases are loaded in minutes, not days). Setup checks that the report counts every
 * case and, for up to {@value #CHECKED} cases, that it equals the report made from the same cases
 * in memory. {@code storedCases} is 100,000 by default; a full {@code bench/run.sh} runs 100,000 and
 * 1,000,000 (in a run of its own: one fork, few iterations, as one report takes seconds);
 * {@code --smoke} runs 1,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class TertibStoreMonitoringBench {

    /** Threads that load the cases in setup. */
    public static final int LOADERS = 4;

    /** Up to how many cases setup compares the report with the one made in memory. */
    public static final int CHECKED = 100_000;

    /** Cases in the store. */
    @Param({"100000"})
    public int storedCases;

    private CaseStore store;
    private WorkCalendar calendar;
    private Instant from;
    private Instant until;

    @Setup
    public void setUp() throws Exception {
        calendar = TertibCalendarBench.asnWithHolidays();
        DataSource dataSource = BenchDatabase.POSTGRES.dataset(
                StoreV4.datasetName("tertib monitoring", storedCases), d -> {
                    StoreV4.on(d);
                    StoreLoader.load(d, MonitoringCases.stream(storedCases, MonitoringBench.SEED, calendar), LOADERS);
                });
        store = StoreV4.on(dataSource).store();
        from = Instant.parse("2026-01-01T00:00:00Z");
        until = MonitoringCases.AS_OF;
        MonitoringReport report = monitoring();
        if (report.counts().started() != storedCases) {
            throw new IllegalStateException("the report covers " + report.counts() + ", not " + storedCases + " cases");
        }
        if (storedCases <= CHECKED) {
            MonitoringReport inMemory = MonitoringReport.of(TertibV4.DEFINITION,
                    MonitoringCases.generate(storedCases, MonitoringBench.SEED, calendar), calendar,
                    MonitoringCases.AS_OF);
            if (!inMemory.equals(report)) {
                throw new IllegalStateException("the report from the store differs from the one made in memory:\n"
                        + report + "\n" + inMemory);
            }
        }
    }

    @Benchmark
    public MonitoringReport monitoring() {
        try (Stream<SopInstance> cases = store.instances(TertibV4.DEFINITION.number(), from, until)) {
            return MonitoringReport.of(TertibV4.DEFINITION, cases::iterator, calendar, MonitoringCases.AS_OF);
        }
    }
}
