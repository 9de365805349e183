#!/usr/bin/env bash
# The distance band's peak search (10 global Moran's I) on the Gi* benchmark's grid: 62,500 cells of 100 m.
# Run from the repository root:  bash src/test/resources/analysis/bench/run-peak-benchmark.sh [all|non-empty]
set -euo pipefail
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  se.platslage.analysis.bench.PeakSearchBenchmark "${1:-all}"
