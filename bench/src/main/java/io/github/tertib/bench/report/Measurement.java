package io.github.tertib.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One measured number: a JMH result (from {@code -rf json}) or a {@link Footprint} line.
 *
 * @param key the name targets refer to: {@code Class.method}, plus {@code [name=value,...]} when
 *     the benchmark has parameters ({@code TaskanaCalendarBench.plusWorkingTime[span=YEAR]}); a
 *     footprint is {@code Footprint.peer}
 * @param mode JMH's mode ({@code avgt}, ...) or {@code footprint}
 * @param score the score
 * @param error the half-width of the 99.9% confidence interval; NaN when JMH had too few
 *     iterations to give one
 * @param unit the score's unit ({@code ns/op}, {@code B})
 * @param allocBytesPerOp bytes allocated per operation from {@code -prof gc}; NaN without it
 * @param settings how JMH ran it (forks, warmup, measurement), empty for a footprint
 * @param peakLiveHeapBytes the most heap in use after a GC in an iteration, from
 *     {@code -prof io.github.tertib.bench.LiveHeapProfiler}; NaN without it (or without a GC)
 */
public record Measurement(String key, String mode, double score, double error, String unit,
        double allocBytesPerOp, String settings, double peakLiveHeapBytes) {

    private static final String PACKAGE = "io.github.tertib.bench.";

    /** The metric of {@code io.github.tertib.bench.LiveHeapProfiler}. */
    private static final String LIVE_HEAP = "heap.live.peak";

    /** The score in nanoseconds per operation, or NaN when the unit is not a time per operation. */
    public double nanosPerOp() {
        return switch (unit) {
            case "ns/op" -> score;
            case "us/op" -> score * 1e3;
            case "ms/op" -> score * 1e6;
            case "s/op" -> score * 1e9;
            default -> Double.NaN;
        };
    }

    /** The error in the unit of {@link #nanosPerOp()}. */
    public double errorNanosPerOp() {
        double nanos = nanosPerOp();
        return Double.isNaN(nanos) || score == 0 ? Double.NaN : error * nanos / score;
    }

    /** Reads the results of {@code java -jar benchmarks.jar -rf json -rff FILE}. */
    public static List<JmhRun> readJmh(Path json) throws IOException {
        JsonArray results = JsonParser.parseString(Files.readString(json)).getAsJsonArray();
        List<JmhRun> runs = new ArrayList<>();
        for (JsonElement element : results) {
            runs.add(JmhRun.of(element.getAsJsonObject()));
        }
        return runs;
    }

    /** Reads the tab-separated {@code name bytes} lines that {@link Footprint} writes. */
    public static List<Measurement> readFootprint(Path tsv) throws IOException {
        List<Measurement> measurements = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalArgumentException("not a \"name<TAB>bytes\" line in " + tsv + ": " + line);
            }
            measurements.add(new Measurement(fields[0], "footprint", Double.parseDouble(fields[1]), Double.NaN,
                    "B", Double.NaN, "", Double.NaN));
        }
        return measurements;
    }

    /** One element of JMH's JSON: the measurement and the JVM it ran on. */
    public record JmhRun(Measurement measurement, String jmhVersion, String jvm) {

        static JmhRun of(JsonObject result) {
            String benchmark = result.get("benchmark").getAsString();
            if (benchmark.startsWith(PACKAGE)) {
                benchmark = benchmark.substring(PACKAGE.length());
            }
            StringJoiner params = new StringJoiner(",", "[", "]").setEmptyValue("");
            if (result.has("params")) {
                for (Map.Entry<String, JsonElement> param : result.getAsJsonObject("params").entrySet()) {
                    params.add(param.getKey() + "=" + param.getValue().getAsString());
                }
            }
            JsonObject primary = result.getAsJsonObject("primaryMetric");
            double alloc = Double.NaN;
            double liveHeap = Double.NaN;
            JsonObject secondary = result.getAsJsonObject("secondaryMetrics");
            if (secondary != null) {
                for (Map.Entry<String, JsonElement> metric : secondary.entrySet()) {
                    // JMH before 1.36 prefixed profiler metrics with a middle dot
                    if (metric.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
                        alloc = metric.getValue().getAsJsonObject().get("score").getAsDouble();
                    }
                    if (metric.getKey().equals(LIVE_HEAP)) {
                        liveHeap = metric.getValue().getAsJsonObject().get("score").getAsDouble();
                    }
                }
            }
            String settings = String.format("%d fork(s), warmup %d × %s, measurement %d × %s, %d thread(s)",
                    result.get("forks").getAsInt(),
                    result.get("warmupIterations").getAsInt(), result.get("warmupTime").getAsString(),
                    result.get("measurementIterations").getAsInt(), result.get("measurementTime").getAsString(),
                    result.get("threads").getAsInt());
            Measurement measurement = new Measurement(benchmark + params, result.get("mode").getAsString(),
                    primary.get("score").getAsDouble(), primary.get("scoreError").getAsDouble(),
                    primary.get("scoreUnit").getAsString(), alloc, settings, liveHeap);
            String jvm = result.get("vmName").getAsString() + " " + result.get("vmVersion").getAsString()
                    + " (JDK " + result.get("jdkVersion").getAsString() + ")"
                    + jvmArgs(result);
            return new JmhRun(measurement, result.get("jmhVersion").getAsString(), jvm);
        }

        private static String jvmArgs(JsonObject result) {
            JsonArray args = result.getAsJsonArray("jvmArgs");
            if (args == null || args.isEmpty()) {
                return "";
            }
            StringJoiner joined = new StringJoiner(" ", ", JVM options: ", "");
            args.forEach(arg -> joined.add(arg.getAsString()));
            return joined.toString();
        }
    }
}
