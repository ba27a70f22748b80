package io.github.tertib.bench;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.store.StoreLoader;
import io.github.tertib.bench.store.StoreV4;
import io.github.tertib.store.CaseSummary;
import io.github.tertib.store.WorkItem;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * A Kepala Seksi's worklist page and the overdue page from Tertib's store on embedded PostgreSQL,
 * among {@code openCases} open V.4 cases ({@link OpenCases}, made with the run API by
 * {@link StoreV4#openCases} and put in the store's tables by {@link StoreLoader}, as {@code save} would
 * write them): {@code worklist(kasi, AS_OF)} and {@code overdue(AS_OF)}, {@value OpenCases#PAGE} items
 * each. The peer is {@link FlowableWorklistBench} on the same cases.
 *
 * <p>The store's overdue list is the office's (DESIGN.md: superiors ask "what is overdue?"), not one
 * official's; Flowable's overdue page is the same question, {@code taskDueBefore} over every group.
 * {@code openCases} is 10,000 and 100,000 by default; a full {@code bench/run.sh} adds 1,000,000;
 * {@code --smoke} runs 1,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class TertibStoreWorklistBench {

    /** Threads that load the cases in setup. */
    public static final int LOADERS = 4;

    /** Open cases in the database. */
    @Param({"10000", "100000"})
    public int openCases;

    private StoreV4 tertib;
    private Instant asOf;

    @Setup
    public void setUp() throws SQLException {
        DataSource dataSource = BenchDatabase.POSTGRES.dataset(StoreV4.datasetName("tertib worklist", openCases),
                d -> {
                    StoreV4.on(d);
                    StoreLoader.load(d, StoreV4.openCases(openCases), LOADERS);
                });
        tertib = StoreV4.on(dataSource);
        asOf = OpenCases.AS_OF;
        long kasi = count(dataSource, "select count(*) from tertib_work where role_id = 'kepala-seksi'");
        long expected = OpenCases.kasiWorkCount(openCases);
        if (kasi != expected) {
            throw new IllegalStateException("the Kepala Seksi has " + kasi + " parts waiting, expected " + expected);
        }
        List<WorkItem> page = worklistPage();
        if (page.size() != Math.min(OpenCases.PAGE, expected)) {
            throw new IllegalStateException("a worklist page of " + page.size() + " items");
        }
        for (int i = 1; i < page.size(); i++) {
            if (page.get(i).due().orElseThrow().isBefore(page.get(i - 1).due().orElseThrow())) {
                throw new IllegalStateException("worklist page not ordered by due instant at " + i);
            }
        }
        List<CaseSummary> overdue = overduePage();
        if (overdue.size() != OpenCases.PAGE || !overdue.get(overdue.size() - 1).due().orElseThrow().isBefore(asOf)) {
            throw new IllegalStateException("an overdue page of " + overdue.size() + " cases, or one not overdue");
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Benchmark
    public List<WorkItem> worklistPage() {
        return tertib.store().worklist(TertibV4.KASI, asOf);
    }

    @Benchmark
    public List<CaseSummary> overduePage() {
        return tertib.store().overdue(asOf);
    }
}
