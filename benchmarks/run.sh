#!/usr/bin/env bash
# Reproduces the README's performance figures on this machine. Takes about 20 minutes.
# Build first:  ./mvnw -B -q package -DskipTests
# Run on a quiet machine: the figures are only as good as the machine is idle.
set -euo pipefail
cd "$(dirname "$0")/.."
CP="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
JAR=examples/target/ip-rules.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"

echo "== machine"
nproc; java -version 2>&1 | head -1; uptime

echo "== JVM start to the first decision: 7 fresh JVMs, library API (RulesEngine.builder().build(), one evaluate)"
for i in 1 2 3 4 5 6 7; do java -cp "$CP" io.iprules.benchmarks.FirstDecision; done | tee "$OUT/first-decision.txt"

echo "== the same, as a whole command: ip-rules evaluate on the shipped example (wall time, 5 runs)"
for i in 1 2 3 4 5; do
  /usr/bin/env time -f "%e s" java -jar "$JAR" evaluate examples/requests/jiaxing-pilot-and-provincial-demo.json > /dev/null
done 2>&1 | tee "$OUT/cli-evaluate.txt"

# Jiaxing with the example implementing rules (amounts determined, as in a deployment)
JMH="DecisionBenchmark|PilotCityBenchmark|AnningBenchmark"
echo "== decisions per second, one thread (JMH)"
java -cp "$CP" org.openjdk.jmh.Main "$JMH" -p parameters=example -t 1 -f 1 -wi 4 -w 5 -i 4 -r 4 \
  -rf json -rff "$OUT/jmh-1-thread.json" | grep -E "^(Benchmark|[A-Za-z]+Benchmark\.)" | tee "$OUT/jmh-1-thread.txt"

echo "== decisions per second, all cores (JMH)"
java -cp "$CP" org.openjdk.jmh.Main "$JMH" -p parameters=example -t max -f 1 -wi 4 -w 5 -i 4 -r 4 \
  -rf json -rff "$OUT/jmh-all-threads.json" | grep -E "^(Benchmark|[A-Za-z]+Benchmark\.)" | tee "$OUT/jmh-all-threads.txt"

echo "== 1,000,000-line batch, 1% bad lines, heap capped at 512 MB, 2 threads"
java -jar "$JAR" generate jiaxing-2012 --count 1000000 --seed 1 --invalid-rate 0.01 --out "$OUT/batch-1m.jsonl"
for flags in "" "-XX:+UseParallelGC -XX:-TieredCompilation"; do
  echo "-- JVM flags: ${flags:-(defaults)}"
  /usr/bin/env time -f "%e s wall from JVM start, %M KB max resident" \
    java -Xmx512m $flags -jar "$JAR" batch "$OUT/batch-1m.jsonl" --out "$OUT/batch-1m.out.jsonl" --threads 2 --lang en \
    --summary "$OUT/batch-1m.summary.json" 2>&1 | grep -E "^Batch|wall" | tee -a "$OUT/batch-1m.txt"
  echo "lines out: $(wc -l < "$OUT/batch-1m.out.jsonl")"
done
