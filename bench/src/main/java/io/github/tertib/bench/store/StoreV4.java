package io.github.tertib.bench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import io.github.tertib.bench.OpenCases;
import io.github.tertib.bench.TertibCalendarBench;
import io.github.tertib.bench.TertibV4;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Answer;
import io.github.tertib.store.CaseStore;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * SOP V.4 in Tertib's {@link CaseStore}, as the store benchmarks run it: a store over a host's
 * {@link DataSource} on the ASN calendar with Indonesia's holidays, its schema created and V.4
 * registered, and the commands of the peers' workload through {@code update}.
 *
 * <pre>
 * StoreV4 tertib = StoreV4.on(dataSource);
 * tertib.startAtStep2("V4/2026/001", t0);
 * tertib.consultAgain("V4/2026/001", t);      // three updates: both parts of step 2, "Tidak"
 * </pre>
 */
public final class StoreV4 {

    private final CaseStore store;

    private StoreV4(CaseStore store) {
        this.store = store;
    }

    /** A store over {@code dataSource} with its schema created and V.4 registered. */
    public static StoreV4 on(DataSource dataSource) {
        WorkCalendar calendar = TertibCalendarBench.asnWithHolidays();
        CaseStore store = CaseStore.jdbc(Objects.requireNonNull(dataSource, "dataSource"), calendar);
        store.createSchema();
        store.register(TertibV4.DEFINITION);
        return new StoreV4(store);
    }

    /**
     * The name under which a dataset of the store is kept ({@link io.github.tertib.bench.db.BenchDatabase#dataset}):
     * what it holds and how many cases, and a hash of the store's PostgreSQL schema, so that a changed
     * schema or index makes the dataset anew.
     */
    public static String datasetName(String what, int cases) {
        String schema = "io/github/tertib/store/postgresql/V1__tertib.sql";
        try (InputStream in = CaseStore.class.getClassLoader().getResourceAsStream(schema)) {
            if (in == null) {
                throw new IllegalStateException("the store's schema " + schema + " is not on the class path");
            }
            int hash = Arrays.hashCode(in.readAllBytes());
            return what + "_" + cases + "_" + Integer.toHexString(hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store. */
    public CaseStore store() {
        return store;
    }

    /** Starts a case at {@code t0} and completes step 1 a minute later: the case waits at step 2. */
    public SopInstance startAtStep2(String caseId, Instant t0) {
        store.start(TertibV4.DEFINITION, caseId, TertibV4.KASI, t0);
        return store.update(caseId, c -> c.complete(1, TertibV4.KASI, TertibV4.at(t0, 1)));
    }

    /** Kepala Bidang's part of step 2, at {@code at}: one {@code update}. */
    public SopInstance completeKabid(String caseId, Instant at) {
        return store.update(caseId, c -> c.complete(2, TertibV4.KABID, at));
    }

    /** Kepala Dinas's part of step 2, at {@code at}: one {@code update}. */
    public SopInstance completeKadin(String caseId, Instant at) {
        return store.update(caseId, c -> c.complete(2, TertibV4.KADIN, at));
    }

    /** "Tidak" at step 3, at {@code at}, back to step 2: one {@code update}. */
    public SopInstance tidak(String caseId, Instant at) {
        return store.update(caseId, c -> c.decide(3, Answer.NO, TertibV4.KASI, at));
    }

    /**
     * Open case {@code i} of {@link OpenCases}, made with the run API: at step {@link OpenCases#step},
     * which became current at {@link OpenCases#stepBegan}, the earlier commands a minute apart before it.
     */
    public static SopInstance openCase(int i) {
        int step = OpenCases.step(i);
        Instant began = OpenCases.stepBegan(i);
        UnaryOperator<SopInstance>[] path = TertibHappyPath.commands(began, stepsBefore(step));
        Instant started = path.length == 0 ? began : TertibV4.at(began, -path.length);
        SopInstance run = SopInstance.start(TertibV4.DEFINITION, String.format("V4/open/%07d", i), TertibV4.KASI,
                started);
        for (UnaryOperator<SopInstance> command : path) {
            run = command.apply(run);
        }
        return run;
    }

    /** The first {@code count} {@link #openCase open cases}, made one at a time as they are read. */
    public static Iterator<SopInstance> openCases(int count) {
        return IntStream.range(0, count).mapToObj(StoreV4::openCase).iterator();
    }

    /** Commands of the happy path that bring a case from start to step {@code step}. */
    private static int stepsBefore(int step) {
        return switch (step) {
            case 1 -> 0;
            case 2 -> 1;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 5;
            case 6 -> 6;
            default -> throw new IllegalArgumentException("no open work at step " + step);
        };
    }
}
