#!/usr/bin/env bash
# Fulfilment links and delegation status on the default graph (issue 16): ingests seeds + national laws +
# administrative regulations (import/) with `reggraph ingest` into a store (reused when it exists), times the derived
# fulfilment step three times (the first cold; src/test/java/org/reggraph/bench/FulfilmentBench.java), dumps every
# FULFILS link and every delegation NOT_CARRIED_OUT, then draws the fixed-seed sample (when none is there yet) or
# scores the judged one (scripts/fulfilment_sample.py).
# Usage: scripts/fulfilment-sample.sh [DATA_DIR]   (default: a new temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLE=src/test/resources/org/reggraph/graph/fulfil/sample
. scripts/lib/bench-java.sh
JAR=target/reggraph.jar
ensure_jar
ensure_bench_classpath
DATA=${1:-$(mktemp -d)/data}
DUMP=$(mktemp -d)
if [ ! -d "$DATA" ]; then
  echo "fulfilment-sample: ingesting seeds + laws + regulations into $DATA" >&2
  REGGRAPH_DATA_DIR="$DATA" REGGRAPH_BOLT_PORT=0 java -jar "$JAR" ingest import/corpus import/national/falv \
    import/national/xingzheng-fagui 2>&1 | grep -E '^(ingest|  *documents|  *stubs|  *failed)|Fulfilment' >&2 || true
fi
bench_java org.reggraph.bench.FulfilmentBench "$DATA" "$DUMP" 2>/dev/null | grep '^run'
if [ ! -f "$SAMPLE/links.tsv" ] || [ ! -f "$SAMPLE/open.tsv" ]; then
  python3 scripts/fulfilment_sample.py draw "$DUMP" "$SAMPLE"
fi
python3 scripts/fulfilment_sample.py score "$SAMPLE"
