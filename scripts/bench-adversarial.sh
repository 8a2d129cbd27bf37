#!/usr/bin/env bash
# Full extraction of 1 MB and 5 MB of each hostile input (one repeated unit of the extractor's vocabulary) next to
# 1 MB of seed text; exits 1 when a 1 MB input takes over 4x the seed time or 5 MB over 6x its own 1 MB.
# Usage: scripts/bench-adversarial.sh [kind ...]   (kinds: see AdversarialInputs; a few minutes, one core)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dbench.seeds=import/corpus org.reggraph.bench.AdversarialBench "$@"
