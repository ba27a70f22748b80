#!/usr/bin/env bash
# Runs the JMH benchmarks of bench/ and writes docs/performance.md.
#
#   bench/run.sh                 full run: 3 forks x (5 x 1 s warmup + 5 x 1 s measurement) each
#   bench/run.sh --smoke         1 fork x (1 x 1 s warmup + 1 x 1 s measurement) each: proves that
#                                every benchmark builds and runs (CI); the numbers mean nothing
#   bench/run.sh [--smoke] REGEX only the benchmarks matching REGEX (a JMH include pattern)
#
# Environment: JAVA (default java).
# Output: bench/target/jmh-result.json, bench/target/footprint.tsv, docs/performance.md.
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
  settings=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
else
  settings=(-f 3 -wi 5 -w 1s -i 5 -r 1s)
fi

started=$(date +%s)
echo "== building bench/target/benchmarks.jar"
mvn -B -q -pl bench -am -Pbench -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package
jar=bench/target/benchmarks.jar
result=bench/target/jmh-result.json
footprint=bench/target/footprint.tsv

echo "== JMH ${settings[*]} -prof gc ${*:-(all benchmarks)}"
"$java" -jar "$jar" "${settings[@]}" -prof gc -rf json -rff "$result" \
  -jvmArgsAppend "-Xms1g -Xmx1g" "$@"

echo "== retained size (JOL)"
"$java" -Djdk.attach.allowAttachSelf=true -cp "$jar" io.github.tertib.bench.report.Footprint "$footprint"

echo "== docs/performance.md"
report=(--jmh "$result" --footprint "$footprint" --out docs/performance.md
        --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)")
if $smoke; then
  report+=(--smoke --command "bench/run.sh --smoke${*:+ $*}")
else
  # the hand-written analysis of the last full run (bench/ANALYSIS.md) follows the figures
  report+=(--command "bench/run.sh${*:+ $*}" --notes bench/ANALYSIS.md)
fi
"$java" -cp "$jar" io.github.tertib.bench.report.PerformanceReport "${report[@]}"
echo "== done in $(( $(date +%s) - started )) s"
