#!/usr/bin/env bash
# Gi* on 1,000,000 synthetic incidents over Stockholm, Java against R spdep (issue 6, "Speed").
# Run from the repository root:  bash src/test/resources/analysis/bench/run-benchmark.sh [distanceBandMeters]
# Needs Rscript with spdep (Debian: apt-get install -y r-cran-spdep). The heap is capped at 256 MB to show
# that memory follows the grid, not the number of incidents.
set -euo pipefail
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  se.platslage.analysis.bench.GiStarBenchmark src/test/resources/analysis/bench/spdep-gistar.R "${1:-500}"
