package io.github.tertib.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.tertib.bench.report.Measurement.JmhRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceReportTest {

    @TempDir
    Path dir;

    private static final PerformanceReport.Machine MACHINE =
            new PerformanceReport.Machine("Test CPU", 2, "1.0 GiB", "Linux test amd64");

    /** One element of JMH's JSON, as 1.37 writes it with -prof gc. */
    private static String result(String benchmark, String params, double score, String error, String unit,
            double alloc) {
        return """
                {
                  "jmhVersion": "1.37", "benchmark": "io.github.tertib.bench.%s", "mode": "avgt", "threads": 1,
                  "forks": 3, "jvm": "/usr/bin/java", "jvmArgs": ["-Xmx1g"], "jdkVersion": "17.0.15",
                  "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17.0.15+6",
                  "warmupIterations": 5, "warmupTime": "1 s", "warmupBatchSize": 1,
                  "measurementIterations": 5, "measurementTime": "1 s", "measurementBatchSize": 1,
                  "params": {%s},
                  "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "%s"},
                  "secondaryMetrics": {
                    "gc.alloc.rate": {"score": 1.0, "scoreError": "NaN", "scoreUnit": "MB/sec"},
                    "gc.alloc.rate.norm": {"score": %s, "scoreError": "NaN", "scoreUnit": "B/op"}
                  }
                }""".formatted(benchmark, params, score, error, unit, alloc);
    }

    private List<JmhRun> runs(String... results) throws IOException {
        Path json = dir.resolve("jmh-result.json");
        Files.writeString(json, "[" + String.join(",", results) + "]");
        return Measurement.readJmh(json);
    }

    private static PerformanceReport report(List<JmhRun> runs, List<Measurement> footprints, boolean smoke) {
        return new PerformanceReport(runs, footprints, smoke, "bench/run.sh", "abc1234",
                Instant.parse("2026-01-02T03:04:05Z"), MACHINE);
    }

    @Test
    void reads_names_parameters_scores_errors_and_allocation() throws IOException {
        List<JmhRun> runs = runs(
                result("TaskanaCalendarBench.plusWorkingTime", "\"span\": \"YEAR\"", 2.5, "0.5", "us/op", 1024),
                result("Stateless4jBench.guardedTransition", "", 15.0, "\"NaN\"", "ns/op", 16));

        Measurement year = runs.get(0).measurement();
        assertThat(year.key()).isEqualTo("TaskanaCalendarBench.plusWorkingTime[span=YEAR]");
        assertThat(year.nanosPerOp()).isCloseTo(2_500, within(1e-9));
        assertThat(year.errorNanosPerOp()).isCloseTo(500, within(1e-9));
        assertThat(year.allocBytesPerOp()).isEqualTo(1024);
        assertThat(year.settings()).isEqualTo("3 fork(s), warmup 5 × 1 s, measurement 5 × 1 s, 1 thread(s)");
        assertThat(runs.get(1).measurement().key()).isEqualTo("Stateless4jBench.guardedTransition");
        assertThat(runs.get(1).measurement().error()).isNaN();
        assertThat(runs.get(0).jvm()).contains("17.0.15", "-Xmx1g");
    }

    @Test
    void marks_each_target_met_missed_or_not_measured() throws IOException {
        List<JmhRun> runs = runs(
                result("TertibBench.guardedTransition", "", 10.0, "1.0", "ns/op", 48),
                result("Stateless4jBench.guardedTransition", "", 25.0, "1.0", "ns/op", 16),
                result("SpringStatemachineBench.guardedTransition", "", 4.0, "0.1", "us/op", 30_000));
        String md = report(runs, List.of(), false).markdown();

        assertThat(md).contains("| guarded transition vs stateless4j fire | `TertibBench.guardedTransition` | "
                + "`Stateless4jBench.guardedTransition` | 2.50× | 2.18× | ≥ 2.00× | met |");
        assertThat(md).contains("| guarded transition vs Spring Statemachine sendEvent | "
                + "`TertibBench.guardedTransition` | `SpringStatemachineBench.guardedTransition` | 400× | 355× | "
                + "≥ 500× | **missed** |");
        assertThat(md).contains("| guarded transition vs squirrel fire | `TertibBench.guardedTransition` | "
                + "`SquirrelBench.guardedTransition` | | | — | not measured: no `SquirrelBench.guardedTransition` "
                + "in this run |");
        assertThat(md).contains("| `SpringStatemachineBench.guardedTransition` | 4.00 | 0.100 | us/op | 30,000 |");
        assertThat(md).doesNotContain("Smoke run");
    }

    @Test
    void bounds_compare_times_in_nanoseconds_and_footprints_in_bytes() throws IOException {
        List<JmhRun> runs = runs(
                result("TertibCalendarBench.workingTimeBetween", "\"span\": \"YEAR\"", 0.8, "0.1", "us/op", 0),
                result("TertibCalendarBench.plusWorkingTime", "\"span\": \"YEAR\"", 1.2, "0.1", "us/op", 0));
        Path tsv = dir.resolve("footprint.tsv");
        Files.writeString(tsv, "Footprint.tertib\t2048\nFootprint.stateless4j\t120\n");
        String md = report(runs, Measurement.readFootprint(tsv), true).markdown();

        assertThat(md).contains("| workingTimeBetween over a year under 1 µs | "
                + "`TertibCalendarBench.workingTimeBetween[span=YEAR]` | 800 ns | ≤ 1,000 ns | met |");
        assertThat(md).contains("| plusWorkingTime over a year under 1 µs | "
                + "`TertibCalendarBench.plusWorkingTime[span=YEAR]` | 1,200 ns | ≤ 1,000 ns | **missed** |");
        assertThat(md).contains("| retained memory of a completed V.4 instance under 1 KB | `Footprint.tertib` | "
                + "2,048 B | ≤ 1,024 B | **missed** |");
        assertThat(md).contains("| `Footprint.stateless4j` | 120 |");
        assertThat(md).contains("Smoke run");
        assertThat(md).contains("| CPU | Test CPU, 2 logical cores available to the JVM |");
    }

    @Test
    void every_comparison_names_two_different_measurements() {
        assertThat(Targets.RATIOS).allSatisfy(ratio -> {
            assertThat(ratio.tertib()).startsWith("Tertib");
            assertThat(ratio.peer()).isNotEqualTo(ratio.tertib()).doesNotStartWith("Tertib");
        });
        assertThat(Targets.RATIOS).extracting(Targets.Ratio::name).doesNotHaveDuplicates();
        assertThat(Targets.BOUNDS).extracting(Targets.Bound::name).doesNotHaveDuplicates();
        assertThat(Targets.STORE_RATIOS).allSatisfy(ratio -> {
            assertThat(ratio.tertib()).startsWith("TertibStore");
            assertThat(ratio.peer()).startsWith("Flowable").isNotEqualTo(ratio.tertib());
        });
        assertThat(Targets.STORE_RATIOS).extracting(Targets.Ratio::name).doesNotHaveDuplicates();
        assertThat(Targets.STORE_BOUNDS).extracting(Targets.Bound::name).doesNotHaveDuplicates();
    }

    @Test
    void the_store_section_compares_with_flowable_and_shows_each_command_s_round_trips_and_tables()
            throws IOException {
        List<JmhRun> runs = runs(
                result("TertibStoreCommandBench.consultAgain", "\"database\": \"POSTGRES\"", 400, "10", "us/op", 9000),
                result("FlowableCommandBench.consultAgain", "\"database\": \"POSTGRES\"", 3.0, "0.1", "ms/op", 90000),
                result("TertibStoreWorklistBench.worklistPage", "\"openCases\": \"1000000\"", 12.0, "1.0", "ms/op",
                        5000),
                result("TertibStoreMonitoringBench.monitoring", "\"storedCases\": \"1000000\"", 20.0, "1.0",
                        "s/op", 2.5e9));
        Path tsv = dir.resolve("roundtrips.tsv");
        Files.writeString(tsv, String.join("\n",
                "count\tRoundTrips.tertib[database=POSTGRES]\tcomplete: Kepala Bidang\t3.0\t2.0\t0.0\t1.0\t0.0",
                "sql\tRoundTrips.tertib[database=POSTGRES]\tcomplete: Kepala Bidang\tselect * from tertib_event where case_id = ?",
                "sql\tRoundTrips.tertib[database=POSTGRES]\tcomplete: Kepala Bidang\tinsert into tertib_event values (?)",
                "count\tRoundTrips.tertib[database=POSTGRES]\tdecide: Tidak\t4.0\t3.0\t0.0\t1.0\t0.0",
                "count\tRoundTrips.flowable[database=H2]\tcomplete\t14.0\t13.0\t0.0\t1.0\t0.0",
                "sql\tRoundTrips.flowable[database=H2]\tcomplete\tselect RES.* from ACT_RU_TASK RES where ID_ = ?",
                "sql\tRoundTrips.flowable[database=H2]\tcomplete\tupdate ACT_RU_EXECUTION set REV_ = ?",
                "sql\tRoundTrips.flowable[database=H2]\tcomplete\tupdate ACT_RU_EXECUTION set REV_ = ?",
                ""));
        String md = new PerformanceReport(runs, List.of(), RoundTrips.read(tsv), false, "bench/run.sh", "abc1234",
                Instant.parse("2026-01-02T03:04:05Z"), MACHINE).markdown();

        assertThat(md).contains("## The store against Flowable 7");
        assertThat(md).contains("| a command, CaseStore.update vs TaskService.complete, on PostgreSQL | "
                + "`TertibStoreCommandBench.consultAgain[database=POSTGRES]` | "
                + "`FlowableCommandBench.consultAgain[database=POSTGRES]` | 7.50× | 7.07× | ≥ 5.00× | met |");
        assertThat(md).contains("| worklist page (50) among 1,000,000 open cases on PostgreSQL under 10 ms | "
                + "`TertibStoreWorklistBench.worklistPage[openCases=1000000]` | 12,000,000 ns | ≤ 10,000,000 ns | "
                + "**missed** |");
        // the bound holds for every command: the worst one counts
        assertThat(md).contains("| at most 3 SQL round trips per command on PostgreSQL (the most of any command) | "
                + "`RoundTrips.tertib[database=POSTGRES]` | 4.0 round trips | ≤ 3.00 round trips | **missed** |");
        assertThat(md).contains("| `RoundTrips.tertib[database=POSTGRES]` | complete: Kepala Bidang | 3.00 | 2.00 | "
                + "0.000 | 1.00 |");
        assertThat(md).contains("- `RoundTrips.tertib[database=POSTGRES]`, complete: Kepala Bidang: 2 statements: "
                + "select tertib_event, insert tertib_event");
        assertThat(md).contains("- `RoundTrips.flowable[database=H2]`, complete: 3 statements: select act_ru_task, "
                + "update act_ru_execution × 2");
        assertThat(md).contains("| `TertibStoreMonitoringBench.monitoring[storedCases=1000000]` | 20.0 | 1.00 | s/op | "
                + "— | 2,500 |");
    }

    @Test
    void numbers_keep_a_precision_that_fits_their_size() {
        assertThat(PerformanceReport.number(219_178.598)).isEqualTo("219,179");
        assertThat(PerformanceReport.number(44.79)).isEqualTo("44.8");
        assertThat(PerformanceReport.number(4.0)).isEqualTo("4.00");
        assertThat(PerformanceReport.number(0.1)).isEqualTo("0.100");
        assertThat(PerformanceReport.number(Double.NaN)).isEqualTo("—");
    }
}
