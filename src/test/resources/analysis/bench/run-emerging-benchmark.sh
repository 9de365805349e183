#!/usr/bin/env bash
# Emerging hot spots on 1,000,000 synthetic incidents, 100 m cells over Stockholm, 36 monthly steps, Java
# against R (spdep localG per slice + base R cor.test per location). Issue 12.
# Run from the repository root:  bash src/test/resources/analysis/bench/run-emerging-benchmark.sh [distanceBandMeters]
set -euo pipefail
./mvnw -q -B -o test-compile
JTS=$(find ~/.m2/repository/org/locationtech/jts/jts-core -name 'jts-core-*.jar' | head -1)
java -Xmx512m -cp "target/test-classes:target/classes:$JTS" \
  se.platslage.analysis.bench.EmergingBenchmark src/test/resources/analysis/bench/spdep-emerging.R "${1:-300}"
