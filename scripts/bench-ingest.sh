#!/usr/bin/env bash
# Ingestion benchmark (not a test): Bolt writer and CSV bulk path on a synthetic extraction.
# Usage: scripts/bench-ingest.sh [documents=20000] [articles=30] [citations-per-article=1] [batch-elements=20000]
#        scripts/bench-ingest.sh corpus [rounds=3] [batch-elements]   seeds + ../shared/corpus/xingzheng-fagui, warm rounds
#        scripts/bench-ingest.sh ceiling [ft|noft] [text-length=300]  bare CREATE/MERGE rates for comparison
# Options: BENCH_OPTS=-Dreggraph.writer.profile=true (per-statement times), -Dbench.noFulltext=true, -Dbench.csvOnly=true
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -Xmx3g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dlogging.level.root=WARN ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.reggraph.bench.IngestBench "$@"
