#!/usr/bin/env bash
# Runs the JMH benchmarks of bench/ and writes docs/performance.md.
#
#   bench/run.sh                 full run: 3 forks x (5 x 1 s warmup + 5 x 1 s measurement) each
#   bench/run.sh --smoke         1 fork x (1 x 1 s warmup + 1 x 1 s measurement) each: proves that
#                                every benchmark builds and runs (CI); the numbers mean nothing
#   bench/run.sh [--smoke] REGEX only the benchmarks matching REGEX (a JMH include pattern)
#
# The database benchmarks' sizes are JMH parameters: a full run gives the worklists 10,000, 100,000
# and 1,000,000 open cases and the store's monitoring 100,000 and 1,000,000 stored cases; --smoke
# 1,000 of each. (The 1,000,000 datasets are never made by --smoke or by mvn verify.)
#
# Environment: JAVA (default java).
# Output: bench/target/jmh-result.json, bench/target/footprint.tsv, bench/target/roundtrips.tsv,
# docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

smoke=false
if [ "${1:-}" = "--smoke" ]; then
  smoke=true
  shift
fi
java="${JAVA:-java}"

if $smoke; then
  settings=(-f 1 -wi 1 -w 1s -i 1 -r 1s -p openCases=1000 -p storedCases=1000)
else
  settings=(-f 3 -wi 5 -w 1s -i 5 -r 1s -p openCases=10000,100000,1000000)
  # one monitoring report of a million stored cases takes seconds: it gets a JMH run of its own
  monitoring=(-f 1 -wi 1 -w 1s -i 3 -r 1s -p storedCases=100000,1000000)
fi

started=$(date +%s)
echo "== building bench/target/benchmarks.jar"
mvn -B -q -pl bench -am -Pbench -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package
jar=bench/target/benchmarks.jar
result=bench/target/jmh-result.json
footprint=bench/target/footprint.tsv
roundtrips=bench/target/roundtrips.tsv
results=(--jmh "$result")
profilers=(-prof gc -prof io.github.tertib.bench.LiveHeapProfiler)
jvm="-Xms1g -Xmx1g"
if ! $smoke; then
  # the 1,000,000-case datasets are made once and kept for later forks and runs (BenchDatabase.KEEP);
  # delete bench/target/postgres to make them anew
  jvm="$jvm -Dtertib.bench.postgres=$root/bench/target/postgres"
fi

if $smoke || [ $# -gt 0 ]; then
  echo "== JMH ${settings[*]} ${profilers[*]} ${*:-(all benchmarks)}"
  "$java" -jar "$jar" "${settings[@]}" "${profilers[@]}" -rf json -rff "$result" -jvmArgsAppend "$jvm" "$@"
else
  echo "== JMH ${settings[*]} ${profilers[*]} (all benchmarks but TertibStoreMonitoringBench)"
  "$java" -jar "$jar" "${settings[@]}" "${profilers[@]}" -rf json -rff "$result" -jvmArgsAppend "$jvm" \
    -e TertibStoreMonitoringBench
  echo "== JMH ${monitoring[*]} ${profilers[*]} TertibStoreMonitoringBench"
  "$java" -jar "$jar" "${monitoring[@]}" "${profilers[@]}" -rf json -rff bench/target/jmh-monitoring.json \
    -jvmArgsAppend "$jvm" TertibStoreMonitoringBench
  results+=(--jmh bench/target/jmh-monitoring.json)
fi

echo "== retained size (JOL)"
"$java" -Djdk.attach.allowAttachSelf=true -cp "$jar" io.github.tertib.bench.report.Footprint "$footprint"

echo "== SQL round trips per command (CountingDataSource)"
"$java" -Xmx1g -cp "$jar" io.github.tertib.bench.report.RoundTrips "$roundtrips"

echo "== docs/performance.md"
report=("${results[@]}" --footprint "$footprint" --roundtrips "$roundtrips" --out docs/performance.md
        --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)")
if $smoke; then
  report+=(--smoke --command "bench/run.sh --smoke${*:+ $*}")
else
  # the hand-written analysis of the last full run (bench/ANALYSIS.md) follows the figures
  report+=(--command "bench/run.sh${*:+ $*}" --notes bench/ANALYSIS.md)
fi
"$java" -cp "$jar" io.github.tertib.bench.report.PerformanceReport "${report[@]}"
echo "== done in $(( $(date +%s) - started )) s"
