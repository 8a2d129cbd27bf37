#!/usr/bin/env bash
# JMH: warm characters/second of the extractor's document stages on the five seeds, next to HanLP's segmenter.
# Usage: scripts/bench-extract.sh      (about a minute; single-threaded, so figures are per core)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dbench.seeds=import/corpus org.reggraph.bench.ExtractBenchmark "$@"
