package io.github.tertib.bench;

import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code MonitoringReport.of(v4, cases, calendar, asOf)} over {@value #CASES} V.4 cases with varied
 * timings ({@link MonitoringCases}, seed {@value #SEED}), on the ASN calendar with Indonesia's
 * holidays. The cases are made in setup, and their digests computed there (as for cases whose logs a
 * host has stored), so only the report is timed. No peer makes such a report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class MonitoringBench {

    /** How many cases the report covers. */
    public static final int CASES = 100_000;

    /** The seed of the cases. */
    public static final long SEED = 20_260_315L;

    private SopDefinition v4;
    private List<SopInstance> cases;
    private WorkCalendar calendar;
    private Instant asOf;

    @Setup
    public void setUp() {
        v4 = TertibV4.DEFINITION;
        calendar = TertibCalendarBench.asnWithHolidays();
        cases = MonitoringCases.generate(CASES, SEED, calendar);
        for (SopInstance run : cases) {
            run.lastDigest();
        }
        asOf = MonitoringCases.AS_OF;
        MonitoringReport report = monitoring();
        if (report.counts().started() != CASES) {
            throw new IllegalStateException("the report covers " + report.counts() + ", not " + CASES + " cases");
        }
    }

    @Benchmark
    public MonitoringReport monitoring() {
        return MonitoringReport.of(v4, cases, calendar, asOf);
    }
}
