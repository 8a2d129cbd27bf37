#!/usr/bin/env bash
# Runs GraphCoverage (test scope) on an embedded store: scripts/q.sh DATA_DIR [CYPHER]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/bench.classpath ] || [ -n "$(find src/test/java/org/reggraph/bench -newer target/bench.classpath -type f -print -quit)" ]; then
  mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
fi
exec java -Xmx1g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dlogging.level.root=WARN \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.reggraph.bench.GraphCoverage "$@" 2>/dev/null
