#!/usr/bin/env bash
# Load on the HTTP decision service against the in-process engine, in one run (README "The HTTP service").
# 50 concurrent clients on loopback, bounded in count and time: [clients] [requests] [seconds] [warm-up requests].
# Build first:  ./mvnw -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
CP="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
mkdir -p benchmarks/target/results
java -cp "$CP" io.iprules.benchmarks.ServerLoad "${1:-50}" "${2:-20000}" "${3:-60}" "${4:-3000}" \
  | tee benchmarks/target/results/serve-load.txt
