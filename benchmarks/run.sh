#!/usr/bin/env bash
# Reproduces the README's performance figures (issue 15's targets) on this machine, in one run. About 20 minutes.
# Build first:  ./mvnw -B -q package -DskipTests
# Run on a quiet machine: the figures are only as good as the machine is idle.
#
#   1. the first decision with the shipped launcher (bin/ip-rules of the distribution zip, its class-data archive
#      made by the first run after unpacking), 7 fresh runs, wall time of the whole command;
#   2. every policy's engine against its hand-written baseline, in one JMH invocation, one thread, with -prof gc,
#      two forks of four measured iterations (a baseline's speed varies from one JVM to the next: two JVMs put that
#      into the error); Ratios prints engine ÷ baseline with its error, per fork, and the bytes per decision;
#   3. a 1,000,000-line Jiaxing batch (1% invalid lines) through the shipped launcher (its own JVM flags:
#      -Xmx512m, the throughput collector, C2 without its costlier loop optimisations), 2 threads, wall time from
#      the command's start, median of 3 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
CP="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
OUT=benchmarks/target/results
VERSION=$(sed -n 's/^version=//p' examples/target/maven-archiver/pom.properties)
ZIP=distribution/target/ip-rules-$VERSION.zip
[ -f "$ZIP" ] || { echo "no $ZIP: build first (./mvnw -B -q package -DskipTests)" >&2; exit 1; }
mkdir -p "$OUT"
rm -rf "$OUT/dist" && mkdir -p "$OUT/dist" && unzip -q "$ZIP" -d "$OUT/dist"
HOME_DIR=$(cd "$OUT/dist"/ip-rules-* && pwd)
LAUNCHER=$HOME_DIR/bin/ip-rules
DEMO=$PWD/examples/requests/jiaxing-pilot-and-provincial-demo.json

now_ms() { date +%s%3N; }

echo "== machine"
nproc; java -version 2>&1 | head -1; uptime

echo "== first decision: bin/ip-rules evaluate on the demo, wall time of the whole command"
t0=$(now_ms); "$LAUNCHER" evaluate "$DEMO" > /dev/null; t1=$(now_ms)
echo "first run after unpacking (makes lib/ip-rules.jsa): $((t1 - t0)) ms" | tee "$OUT/first-decision.txt"
for i in 1 2 3 4 5 6 7; do
  t0=$(now_ms); "$LAUNCHER" evaluate "$DEMO" > /dev/null; t1=$(now_ms); echo "$((t1 - t0))"
done | sort -n | tee -a "$OUT/first-decision.txt" | awk '{a[NR]=$1} END {print "median of 7: " a[4] " ms (min " a[1] ", max " a[7] ")"}' \
  | tee -a "$OUT/first-decision.txt"
t0=$(now_ms); IP_RULES_CDS=off "$LAUNCHER" evaluate "$DEMO" > /dev/null; t1=$(now_ms)
echo "without the archive (IP_RULES_CDS=off): $((t1 - t0)) ms" | tee -a "$OUT/first-decision.txt"

echo "== decisions per second, one thread, every policy, engine and baseline in one JMH run (-prof gc)"
java -cp "$CP" org.openjdk.jmh.Main "Benchmark\.(engine|engineChunk|jsonLine|baseline)$" -p parameters=example \
  -t 1 -f 2 -wi 3 -w 3 -i 4 -r 3 -prof gc -rf json -rff "$OUT/jmh-1-thread.json" \
  | grep -E "^(Benchmark|[A-Za-z]+Benchmark\.[A-Za-z]+ )" | tee "$OUT/jmh-1-thread.txt"
java -cp "$CP" io.iprules.benchmarks.Ratios "$OUT/jmh-1-thread.json" | tee "$OUT/ratios.txt" || true

echo "== 1,000,000-line Jiaxing batch, 1% invalid lines, through the launcher (its flags), 2 threads"
"$LAUNCHER" generate jiaxing-2012 --count 1000000 --seed 1 --invalid-rate 0.01 --out "$OUT/batch-1m.jsonl"
# Three runs, each after the files written before are on disk (sync): one run's wall time varies (13.2 to 15.9 s
# measured for the same build on one day), so the median counts.
: > "$OUT/batch-1m.txt"
for run in 1 2 3; do
  rm -f "$OUT/batch-1m.out.jsonl"; sync
  t0=$(now_ms)
  /usr/bin/env time -f "%M KB max resident" "$LAUNCHER" batch "$OUT/batch-1m.jsonl" --out "$OUT/batch-1m.out.jsonl" \
    --threads 2 --lang en --summary "$OUT/batch-1m.summary.json" 2>&1 | grep -E "^Batch|resident" | tee -a "$OUT/batch-1m.txt"
  t1=$(now_ms)
  echo "run $run: wall from the command's start: $((t1 - t0)) ms; lines out: $(wc -l < "$OUT/batch-1m.out.jsonl")" \
    | tee -a "$OUT/batch-1m.txt"
done
sed -n 's/^run [0-9]: wall from the command.s start: \([0-9]*\) ms.*/\1/p' "$OUT/batch-1m.txt" | sort -n \
  | awk '{a[NR]=$1} END {print "batch, median of 3: " a[2] " ms (min " a[1] ", max " a[3] ") from the command'"'"'s start"}' \
  | tee -a "$OUT/batch-1m.txt"

echo "== summary"
cat "$OUT/ratios.txt"
tail -n 2 "$OUT/first-decision.txt" | head -n 1
tail -n 1 "$OUT/batch-1m.txt"
