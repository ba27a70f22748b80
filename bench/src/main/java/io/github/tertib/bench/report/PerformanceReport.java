package io.github.tertib.bench.report;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.report.Measurement.JmhRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes docs/performance.md from a JMH JSON result file and a {@link Footprint} file: the
 * machine, the JDK and JMH settings, every result with its allocation, the retained sizes, and
 * the comparisons of {@link Targets} marked met, missed or not measured.
 *
 * <p>Usage (bench/run.sh calls it):
 * <pre>
 * java -cp benchmarks.jar io.github.tertib.bench.report.PerformanceReport \
 *     --jmh bench/target/jmh-result.json --footprint bench/target/footprint.tsv \
 *     --out docs/performance.md [--smoke] [--command "bench/run.sh"] [--commit SHA] [--notes bench/ANALYSIS.md]
 * </pre>
 */
public final class PerformanceReport {

    private final List<JmhRun> runs;
    private final List<Measurement> footprints;
    private final List<RoundTrips.Counted> roundTrips;
    private final Map<String, Measurement> byKey = new HashMap<>();
    private final boolean smoke;
    private final String command;
    private final String commit;
    private final Instant at;
    private final Machine machine;

    /** The machine the report describes: what /proc and the JVM say. */
    public record Machine(String cpu, int cores, String memory, String os) {

        /** Reads this machine. */
        public static Machine current() {
            String cpu = "unknown CPU";
            int listed = 0;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    if (line.startsWith("model name") && cpu.equals("unknown CPU")) {
                        cpu = line.substring(line.indexOf(':') + 1).trim();
                    }
                    if (line.startsWith("processor")) {
                        listed++;
                    }
                }
            } catch (IOException e) {
                // not Linux: the JVM's count below still holds
            }
            int cores = Runtime.getRuntime().availableProcessors();
            if (listed > 0 && listed != cores) {
                cpu += " (" + listed + " listed in /proc/cpuinfo)";
            }
            String memory = "unknown";
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) {
                        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        memory = String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
                    }
                }
            } catch (IOException e) {
                // not Linux
            }
            String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch");
            return new Machine(cpu, cores, memory, os);
        }
    }

    PerformanceReport(List<JmhRun> runs, List<Measurement> footprints, boolean smoke, String command,
            String commit, Instant at, Machine machine) {
        this(runs, footprints, List.of(), smoke, command, commit, at, machine);
    }

    PerformanceReport(List<JmhRun> runs, List<Measurement> footprints, List<RoundTrips.Counted> roundTrips,
            boolean smoke, String command, String commit, Instant at, Machine machine) {
        this.runs = List.copyOf(runs);
        this.footprints = List.copyOf(footprints);
        this.roundTrips = List.copyOf(roundTrips);
        this.smoke = smoke;
        this.command = command;
        this.commit = commit;
        this.at = at;
        this.machine = machine;
        runs.forEach(run -> byKey.put(run.measurement().key(), run.measurement()));
        footprints.forEach(footprint -> byKey.put(footprint.key(), footprint));
        // a bound on round trips holds for every command, so a side is measured by its worst one
        Map<String, Double> most = new LinkedHashMap<>();
        roundTrips.forEach(counted -> most.merge(counted.side(), counted.roundTrips(), Math::max));
        most.forEach((side, trips) -> byKey.put(side,
                new Measurement(side, "count", trips, Double.NaN, Targets.ROUND_TRIPS, Double.NaN, "", Double.NaN)));
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        List<Path> jmh = new ArrayList<>();
        boolean smoke = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--jmh", "--footprint", "--roundtrips", "--out", "--command", "--commit", "--notes" -> {
                    if (i + 1 == args.length) {
                        usage(args[i] + " needs a value");
                    }
                    if (args[i].equals("--jmh")) {
                        // bench/run.sh runs the longest benchmark in a JMH run of its own
                        jmh.add(Path.of(args[i + 1]));
                    }
                    options.put(args[i], args[++i]);
                }
                default -> usage("unknown option " + args[i]);
            }
        }
        if (!options.containsKey("--jmh") || !options.containsKey("--out")) {
            usage("--jmh and --out are required");
        }
        List<JmhRun> runs = new ArrayList<>();
        for (Path json : jmh) {
            runs.addAll(Measurement.readJmh(json));
        }
        List<Measurement> footprints = options.containsKey("--footprint")
                ? Measurement.readFootprint(Path.of(options.get("--footprint")))
                : List.of();
        List<RoundTrips.Counted> roundTrips = options.containsKey("--roundtrips")
                ? RoundTrips.read(Path.of(options.get("--roundtrips")))
                : List.of();
        PerformanceReport report = new PerformanceReport(runs, footprints, roundTrips, smoke,
                options.getOrDefault("--command", smoke ? "bench/run.sh --smoke" : "bench/run.sh"),
                options.getOrDefault("--commit", "unknown"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Machine.current());
        Path out = Path.of(options.get("--out"));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        String markdown = report.markdown();
        if (options.containsKey("--notes")) {
            // the analysis of a run is written by hand; the report carries it after the figures
            markdown += "\n" + Files.readString(Path.of(options.get("--notes"))).strip() + "\n";
        }
        Files.writeString(out, markdown);
        System.out.println("wrote " + out + " (" + runs.size() + " results, " + footprints.size() + " footprints)");
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: PerformanceReport --jmh RESULT.json [--jmh MORE.json] --out FILE.md [--footprint FOOTPRINT.tsv]"
                + " [--roundtrips ROUNDTRIPS.tsv] [--smoke] [--command TEXT] [--commit SHA] [--notes ANALYSIS.md]");
        System.exit(2);
    }

    /** The whole report. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by `").append(command).append("` at ").append(at).append(" from commit `")
                .append(commit).append("`; do not edit by hand. How to run and what each benchmark measures: ")
                .append("[bench/README.md](../bench/README.md).\n\n");
        if (smoke) {
            md.append("> **Smoke run.** Each benchmark ran once, briefly (1 fork, 1 short warmup, 1 short ")
                    .append("iteration), to prove that it builds and runs. The numbers below are not measurements ")
                    .append("and the verdicts mean nothing; a full run (`bench/run.sh`) writes the real report.\n\n");
        }
        appendMachine(md);
        appendResults(md);
        appendFootprints(md);
        appendRatios(md);
        appendBounds(md);
        appendGrowths(md);
        appendStore(md);
        return md.toString();
    }

    private void appendMachine(StringBuilder md) {
        Set<String> jvms = new LinkedHashSet<>();
        Set<String> jmhVersions = new LinkedHashSet<>();
        Set<String> settings = new LinkedHashSet<>();
        for (JmhRun run : runs) {
            jvms.add(run.jvm());
            jmhVersions.add(run.jmhVersion());
            settings.add(run.measurement().mode() + ", " + run.measurement().settings());
        }
        md.append("## Machine and settings\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| CPU | ").append(machine.cpu()).append(", ").append(machine.cores())
                .append(" logical cores available to the JVM |\n");
        md.append("| Memory | ").append(machine.memory()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append("| JVM | ").append(String.join("; ", jvms)).append(" |\n");
        md.append("| JMH | ").append(String.join(", ", jmhVersions)).append("; ")
                .append(String.join("; ", settings)).append("; profiler `gc` |\n\n");
        md.append("Scores are average time per operation; the error is the half-width of JMH's 99.9% ")
                .append("confidence interval (none when there were too few iterations). The machine may ")
                .append("be shared, so compare the ratios of one run rather than absolute numbers across runs.\n\n");
    }

    private void appendResults(StringBuilder md) {
        md.append("## Results\n\n");
        if (runs.isEmpty()) {
            md.append("The run produced no results.\n\n");
            return;
        }
        md.append("| Benchmark | Score | ± Error | Unit | Allocated (B/op) |\n");
        md.append("|---|---:|---:|---|---:|\n");
        for (JmhRun run : runs) {
            Measurement m = run.measurement();
            md.append("| `").append(m.key()).append("` | ").append(number(m.score())).append(" | ")
                    .append(number(m.error())).append(" | ").append(m.unit()).append(" | ")
                    .append(number(m.allocBytesPerOp())).append(" |\n");
        }
        md.append('\n');
    }

    private void appendFootprints(StringBuilder md) {
        if (footprints.isEmpty()) {
            return;
        }
        md.append("## Retained memory of a completed V.4 case\n\n");
        md.append("Bytes that one more completed case keeps on the heap (JOL; what cases share, like the ")
                .append("definition, is not counted).\n\n");
        md.append("| Measurement | Bytes |\n|---|---:|\n");
        for (Measurement footprint : footprints) {
            md.append("| `").append(footprint.key()).append("` | ").append(number(footprint.score())).append(" |\n");
        }
        md.append('\n');
    }

    private void appendRatios(StringBuilder md) {
        md.append("## Tertib against peers\n\n");
        md.append("Ratio = peer's time / Tertib's time on the same work (how many times faster Tertib is). ")
                .append("\"At error bounds\" divides the peer's lower bound by Tertib's upper bound. A target ")
                .append("is met when the ratio reaches it.\n\n");
        appendRatioTable(md, Targets.RATIOS);
    }

    private void appendRatioTable(StringBuilder md, List<Targets.Ratio> ratios) {
        md.append("| Comparison | Tertib | Peer | Ratio | At error bounds | Target | Status |\n");
        md.append("|---|---|---|---:|---:|---:|---|\n");
        for (Targets.Ratio ratio : ratios) {
            Measurement tertib = byKey.get(ratio.tertib());
            Measurement peer = byKey.get(ratio.peer());
            String target = Double.isNaN(ratio.atLeast()) ? "—" : "≥ " + number(ratio.atLeast()) + "×";
            md.append("| ").append(ratio.name()).append(" | `").append(ratio.tertib()).append("` | `")
                    .append(ratio.peer()).append("` | ");
            if (tertib == null || peer == null) {
                md.append("| | ").append(target).append(" | not measured: ")
                        .append(missing(tertib == null ? ratio.tertib() : ratio.peer())).append(" |\n");
                continue;
            }
            double value = peer.nanosPerOp() / tertib.nanosPerOp();
            double worst = (peer.nanosPerOp() - peer.errorNanosPerOp())
                    / (tertib.nanosPerOp() + tertib.errorNanosPerOp());
            md.append(number(value)).append("× | ").append(Double.isNaN(worst) ? "—" : number(worst) + "×")
                    .append(" | ").append(target).append(" | ")
                    .append(Double.isNaN(ratio.atLeast()) ? "—" : verdict(value >= ratio.atLeast()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private void appendBounds(StringBuilder md) {
        md.append("## Absolute targets\n\n");
        appendBoundTable(md, Targets.BOUNDS);
    }

    private void appendBoundTable(StringBuilder md, List<Targets.Bound> bounds) {
        md.append("| Target | Measurement | Value | Bound | Status |\n|---|---|---:|---:|---|\n");
        for (Targets.Bound bound : bounds) {
            Measurement m = byKey.get(bound.measurement());
            md.append("| ").append(bound.name()).append(" | `").append(bound.measurement()).append("` | ");
            String limit = "≤ " + number(bound.atMost()) + " " + bound.unit();
            if (m == null) {
                md.append("| ").append(limit).append(" | not measured: ").append(missing(bound.measurement()))
                        .append(" |\n");
                continue;
            }
            double value = bound.unit().equals("ns") ? m.nanosPerOp() : m.score();
            // a count of round trips is an average over cases: one decimal shows a stray extra trip
            String shown = bound.unit().equals(Targets.ROUND_TRIPS) ? String.format(Locale.ROOT, "%.1f", value)
                    : number(value);
            md.append(shown).append(' ').append(bound.unit()).append(" | ").append(limit).append(" | ")
                    .append(verdict(value <= bound.atMost())).append(" |\n");
        }
        md.append('\n');
    }

    private void appendStore(StringBuilder md) {
        md.append("## The store against Flowable 7\n\n");
        md.append("Tertib's `CaseStore` (`TertibStore…Bench`) and Flowable 7.1 running a BPMN model of V.4 ")
                .append("(`Flowable…Bench`, `bench/src/main/resources/io/github/tertib/bench/flowable/sop-v4.bpmn20.xml`) ")
                .append("on the same databases: embedded PostgreSQL and H2 in memory, each engine in a database of its ")
                .append("own, both through the same pool (MyBatis's `PooledDataSource`, ")
                .append("at most ").append(BenchDatabase.POOL_SIZE)
                .append(" connections, no ping, auto-commit between transactions, READ COMMITTED). Ratios as above: Flowable's time / the store's time.\n\n");
        appendRatioTable(md, Targets.STORE_RATIOS);
        appendBoundTable(md, Targets.STORE_BOUNDS);
        appendStoreMonitoring(md);
        appendRoundTrips(md);
    }

    private void appendStoreMonitoring(StringBuilder md) {
        List<Measurement> monitoring = runs.stream().map(JmhRun::measurement)
                .filter(m -> m.key().startsWith("TertibStoreMonitoringBench.")).toList();
        md.append("### Monitoring from the store\n\n");
        if (monitoring.isEmpty()) {
            md.append("Not measured: no `TertibStoreMonitoringBench` in this run.\n\n");
            return;
        }
        md.append("The monitoring report streamed from the store's cases on PostgreSQL: time per report and the ")
                .append("most heap in use after a garbage collection while it ran (JMH profiler ")
                .append("`io.github.tertib.bench.LiveHeapProfiler`; — when no collection happened).\n\n");
        md.append("| Measurement | Time | ± Error | Unit | Peak live heap (MB) | Allocated (MB/op) |\n");
        md.append("|---|---:|---:|---|---:|---:|\n");
        for (Measurement m : monitoring) {
            md.append("| `").append(m.key()).append("` | ").append(number(m.score())).append(" | ")
                    .append(number(m.error())).append(" | ").append(m.unit()).append(" | ")
                    .append(number(m.peakLiveHeapBytes() / 1e6)).append(" | ")
                    .append(number(m.allocBytesPerOp() / 1e6)).append(" |\n");
        }
        md.append('\n');
    }

    private void appendRoundTrips(StringBuilder md) {
        md.append("### What one command sends to the database\n\n");
        if (roundTrips.isEmpty()) {
            md.append("Not counted: no round-trips file (`RoundTrips`) given to this report.\n\n");
            return;
        }
        md.append("Counted by `report/RoundTrips` through `db/CountingDataSource` (a `java.lang.reflect.Proxy` over ")
                .append("the real data source, its connections and statements) on ").append(RoundTrips.CASES)
                .append(" cases, the command benchmarks' workload: a round trip is a statement or batch executed, or ")
                .append("the commit of a transaction in which one ran. Averages per command.\n\n");
        md.append("| Engine and database | Command | Round trips | Statements | Batches | Commits |\n");
        md.append("|---|---|---:|---:|---:|---:|\n");
        for (RoundTrips.Counted counted : roundTrips) {
            md.append("| `").append(counted.side()).append("` | ").append(counted.command()).append(" | ")
                    .append(number(counted.roundTrips())).append(" | ").append(number(counted.statements()))
                    .append(" | ").append(number(counted.batches())).append(" | ")
                    .append(number(counted.commits())).append(" |\n");
        }
        md.append('\n');
        md.append("The statements of one such command (the last case's), by verb and table, in order ")
                .append("(× n: n in a row):\n\n");
        for (RoundTrips.Counted counted : roundTrips) {
            md.append("- `").append(counted.side()).append("`, ").append(counted.command()).append(": ")
                    .append(SqlSummary.of(counted.sql())).append('\n');
        }
        md.append('\n');
    }

    private void appendGrowths(StringBuilder md) {
        md.append("## Growth with the input\n\n");
        md.append("Time per MiB of input at each size; linear work keeps it flat. The target compares the ")
                .append("largest size with the second (the smallest is dominated by fixed costs).\n\n");
        md.append("| Target | ns per MiB at each size | Largest / second | Bound | Status |\n|---|---|---:|---:|---|\n");
        for (Targets.Growth growth : Targets.GROWTHS) {
            md.append("| ").append(growth.name()).append(" | ");
            double[] perMib = new double[growth.sizes().size()];
            String absent = null;
            for (int i = 0; i < perMib.length; i++) {
                Measurement m = byKey.get(growth.measurements().get(i));
                if (m == null) {
                    absent = growth.measurements().get(i);
                    break;
                }
                perMib[i] = m.nanosPerOp() * (1 << 20) / growth.sizes().get(i);
                md.append(i == 0 ? "" : ", ").append(number(perMib[i])).append(" at ").append(growth.sizes().get(i));
            }
            String limit = "≤ " + number(growth.atMost()) + "×";
            if (absent != null) {
                md.append(" | | ").append(limit).append(" | not measured: ").append(missing(absent)).append(" |\n");
                continue;
            }
            double ratio = perMib[perMib.length - 1] / perMib[1];
            md.append(" | ").append(number(ratio)).append("× | ").append(limit).append(" | ")
                    .append(verdict(ratio <= growth.atMost())).append(" |\n");
        }
        md.append('\n');
    }

    private static String missing(String key) {
        return "no `" + key + "` in this run";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    /** A number as the tables show it: grouped thousands, precision that fits its size. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
