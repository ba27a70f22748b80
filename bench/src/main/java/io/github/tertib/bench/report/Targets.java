package io.github.tertib.bench.report;

import io.github.tertib.bench.AsnQuestions.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparisons docs/performance.md makes, by measurement name, with the performance targets
 * of DESIGN.md. A row whose measurements are not in the run is reported as not measured, so a
 * benchmark added under the name a row expects slots in without touching the report code.
 *
 * <p>Names are {@link Measurement#key()}s: {@code Class.method[param=value]} for JMH results,
 * {@code Footprint.name} for retained sizes.
 */
public final class Targets {

    private Targets() {
    }

    /** No target: the ratio is reported for information. */
    public static final double NO_TARGET = Double.NaN;

    /**
     * How many times faster Tertib is than a peer on the same work: peer time / Tertib time,
     * both in time per operation.
     *
     * @param atLeast the ratio DESIGN.md requires, or {@link #NO_TARGET}
     */
    public record Ratio(String name, String tertib, String peer, double atLeast) {
    }

    /**
     * An absolute bound on a Tertib measurement.
     *
     * @param atMost the bound, in nanoseconds per operation when {@code unit} is {@code "ns"},
     *     in bytes when it is {@code "B"}, in SQL round trips per command ({@link RoundTrips}) when it
     *     is {@code "round trips"}
     */
    public record Bound(String name, String measurement, double atMost, String unit) {
        public Bound {
            if (!unit.equals("ns") && !unit.equals("B") && !unit.equals(ROUND_TRIPS)) {
                throw new IllegalArgumentException("a bound is in \"ns\", \"B\" or \"" + ROUND_TRIPS
                        + "\", not " + unit);
            }
        }
    }

    /** The unit of a bound on {@link RoundTrips}' counts. */
    public static final String ROUND_TRIPS = "round trips";

    /** Open cases of the worklist benchmarks in a full run ({@code -p openCases=...} in bench/run.sh). */
    public static final List<Integer> OPEN_CASES = List.of(10_000, 100_000, 1_000_000);

    /** The store against Flowable 7 on the same databases; DESIGN.md's targets carry their ratio. */
    public static final List<Ratio> STORE_RATIOS = storeRatios();

    /** DESIGN.md's absolute targets for the store. */
    public static final List<Bound> STORE_BOUNDS = List.of(
            new Bound("worklist page (50) among 1,000,000 open cases on PostgreSQL under 10 ms",
                    "TertibStoreWorklistBench.worklistPage[openCases=1000000]", 10_000_000, "ns"),
            new Bound("overdue page (50) among 1,000,000 open cases on PostgreSQL under 10 ms",
                    "TertibStoreWorklistBench.overduePage[openCases=1000000]", 10_000_000, "ns"),
            new Bound("at most 3 SQL round trips per command on PostgreSQL (the most of any command)",
                    "RoundTrips.tertib[database=POSTGRES]", 3, ROUND_TRIPS),
            new Bound("at most 3 SQL round trips per command on H2 (the most of any command)",
                    "RoundTrips.tertib[database=H2]", 3, ROUND_TRIPS));

    private static List<Ratio> storeRatios() {
        List<Ratio> ratios = new ArrayList<>();
        for (String database : List.of("POSTGRES", "H2")) {
            String key = ".consultAgain[database=" + database + "]";
            ratios.add(new Ratio("a command, CaseStore.update vs TaskService.complete, on "
                    + (database.equals("H2") ? "H2" : "PostgreSQL"),
                    "TertibStoreCommandBench" + key, "FlowableCommandBench" + key, 5));
        }
        for (String page : List.of("worklistPage", "overduePage")) {
            for (int cases : OPEN_CASES) {
                String key = "." + page + "[openCases=" + cases + "]";
                ratios.add(new Ratio((page.equals("worklistPage") ? "worklist" : "overdue") + " page among "
                        + String.format(java.util.Locale.ROOT, "%,d", cases) + " open cases vs TaskQuery",
                        "TertibStoreWorklistBench" + key, "FlowableWorklistBench" + key, NO_TARGET));
            }
        }
        return List.copyOf(ratios);
    }

    /** Tertib against each peer; DESIGN.md's targets carry their required ratio. */
    public static final List<Ratio> RATIOS = ratios();

    /** DESIGN.md's absolute targets. */
    public static final List<Bound> BOUNDS = List.of(
            new Bound("workingTimeBetween over a year under 1 µs",
                    "TertibCalendarBench.workingTimeBetween[span=YEAR]", 1_000, "ns"),
            new Bound("plusWorkingTime over a year under 1 µs",
                    "TertibCalendarBench.plusWorkingTime[span=YEAR]", 1_000, "ns"),
            new Bound("compliance of one completed V.4 instance under 2 µs",
                    "TertibBench.compliance", 2_000, "ns"),
            new Bound("monitoring of 100,000 V.4 cases under 200 ms (2 µs a case, as for compliance)",
                    "MonitoringBench.monitoring", 200_000_000, "ns"),
            new Bound("replaying a V.4 event log under 2 µs",
                    "TertibBench.replay", 2_000, "ns"),
            new Bound("retained memory of a completed V.4 instance under 1 KB",
                    "Footprint.tertib", 1_024, "B"));

    /**
     * Growth of a measurement with the size of its input: the time per unit of size at a large size
     * against a small one. Linear work keeps the two equal; the target allows twice (a larger text
     * leaves the caches).
     *
     * @param measurements the measurement at each size, smallest first
     * @param sizes the sizes, in the order of {@code measurements}
     * @param atMost the largest allowed ratio of the time per unit at the largest size to that at the
     *     second size (the smallest is dominated by fixed costs)
     */
    public record Growth(String name, List<String> measurements, List<Long> sizes, double atMost) {
        public Growth {
            measurements = List.copyOf(measurements);
            sizes = List.copyOf(sizes);
            if (measurements.size() != sizes.size() || sizes.size() < 3) {
                throw new IllegalArgumentException("a growth needs one measurement per size, at least three");
            }
        }
    }

    /** The importer's growth over 10 KB to 5 MB, one row per shape of {@code ImporterBench}. */
    public static final List<Growth> GROWTHS = growths();

    private static List<Growth> growths() {
        List<Growth> growths = new ArrayList<>();
        for (String shape : List.of("SPACES_BEFORE_BRACKET", "UNCLOSED_COMMENTS", "LONG_APPROVER")) {
            List<String> names = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            for (String size : List.of("10240", "102400", "1048576", "5242880")) {
                names.add("ImporterBench.read[shape=" + shape + ",size=" + size + "]");
                sizes.add(Long.parseLong(size));
            }
            growths.add(new Growth("SopText reading " + shape + " is linear", names, sizes, 2));
        }
        return List.copyOf(growths);
    }

    private static List<Ratio> ratios() {
        List<Ratio> ratios = new ArrayList<>(List.of(
                new Ratio("guarded transition vs stateless4j fire",
                        "TertibBench.guardedTransition", "Stateless4jBench.guardedTransition", 2),
                new Ratio("guarded transition vs Spring Statemachine sendEvent",
                        "TertibBench.guardedTransition", "SpringStatemachineBench.guardedTransition", 500),
                new Ratio("guarded transition vs squirrel fire",
                        "TertibBench.guardedTransition", "SquirrelBench.guardedTransition", NO_TARGET),
                new Ratio("guarded transition, then its digest, vs stateless4j fire",
                        "TertibBench.guardedTransitionThenDigest", "Stateless4jBench.guardedTransition",
                        NO_TARGET)));
        String[][] peers = {
            {"stateless4j", "Stateless4jBench"},
            {"squirrel", "SquirrelBench"},
            {"Spring Statemachine", "SpringStatemachineBench"}};
        for (String[] peer : peers) {
            ratios.add(new Ratio("whole V.4 case vs " + peer[0],
                    "TertibBench.wholeCase", peer[1] + ".wholeCase", NO_TARGET));
        }
        for (String[] peer : peers) {
            ratios.add(new Ratio("new case vs " + peer[0],
                    "TertibBench.newInstance", peer[1] + ".newMachine", NO_TARGET));
        }
        for (String question : List.of("workingTimeBetween", "plusWorkingTime")) {
            for (Span span : Span.values()) {
                String suffix = "." + question + "[span=" + span + "]";
                String over = switch (span) {
                    case HOUR -> "an hour";
                    case WEEK -> "a week";
                    case YEAR -> "a year";
                };
                ratios.add(new Ratio(question + " over " + over + " vs Taskana",
                        "TertibCalendarBench" + suffix, "TaskanaCalendarBench" + suffix,
                        span == Span.YEAR ? 10 : NO_TARGET));
            }
        }
        return List.copyOf(ratios);
    }
}
