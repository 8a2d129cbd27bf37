#!/usr/bin/env bash
# CPU seconds per MB of the full extraction of hostile inputs at several sizes in one process (default 1, 2, 5, 10, 20 MB):
# linear growth shows as the same seconds per MB at every size. A steadier check than bench-adversarial.sh's 5 MB/1 MB ratio
# for inputs whose 1 MB run takes a few hundredths of a second.
# Usage: scripts/bench-linearity.sh kind [kind ...]     e.g. scripts/bench-linearity.sh agency agency-clauses
#        SIZES=2,5,10,20,30 scripts/bench-linearity.sh agency
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dbench.sizes="${SIZES:-1,2,5,10,20}" org.reggraph.bench.LinearityBench "$@"
