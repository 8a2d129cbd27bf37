#!/usr/bin/env bash
# Citation coverage on the default graph, written by the real ingestion: seeds + ../shared/corpus/falv (national laws)
# + ../shared/corpus/xingzheng-fagui (administrative regulations) are ingested with `reggraph ingest` into a fresh
# embedded store, then counted with Cypher (src/test/java/org/reggraph/bench/GraphCoverage.java):
#   - share of 《》 citations (CITES/BASED_ON written as titles) whose target is a real, non-stub document
#   - share of 《X》第N条 citations whose X is in the graph that reach an Article node
# Usage: scripts/graph-coverage.sh [DATA_DIR]   (default: a new temporary folder; an existing store is reused)
#        scripts/graph-coverage.sh DATA_DIR 'CYPHER'   (print the rows of any query on that store)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared/corpus
if [ ! -d "$SHARED/falv" ] || [ ! -d "$SHARED/xingzheng-fagui" ]; then
  echo "graph-coverage: $SHARED not found; skipping" >&2
  exit 0
fi
. scripts/lib/bench-java.sh
JAR=target/reggraph.jar
ensure_jar
ensure_bench_classpath
DATA=${1:-$(mktemp -d)/data}
run() {
  bench_java org.reggraph.bench.GraphCoverage "$@" 2>/dev/null
}
if [ $# -ge 2 ]; then
  run "$DATA" "$2"
  exit 0
fi
if [ ! -d "$DATA" ]; then
  echo "graph-coverage: ingesting seeds + laws + regulations into $DATA" >&2
  REGGRAPH_DATA_DIR="$DATA" REGGRAPH_BOLT_PORT=0 java -jar "$JAR" ingest import/corpus "$SHARED/falv" "$SHARED/xingzheng-fagui" \
    2>&1 | grep -E '^(ingest|  *documents|  *stubs|  *failed)' >&2 || true
fi
run "$DATA"
