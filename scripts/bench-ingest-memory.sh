#!/usr/bin/env bash
# Peak RSS of `reggraph ingest` (the CLI, embedded database, fresh store each run) as the number of files grows,
# streamed (reggraph.ingest.read-chunk-files, default 100) and, for comparison, in one pass (one chunk of all files).
# Usage: scripts/bench-ingest-memory.sh [counts="100 300 1038"]   files taken in order from import/national
# JAVA_OPTS: the JVM flags, by default the documented ones (pom.xml reggraph.jvm.memory, README "Memory and load");
# JAVA_OPTS=' ' for none (the heap then grows towards a quarter of the machine's memory whatever the live data)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/bench-java.sh
ensure_jar
counts=${1:-"100 300 1038"}
JAVA_OPTS=${JAVA_OPTS:-$(sed -n 's:.*<reggraph.jvm.memory>\(.*\)</reggraph.jvm.memory>.*:\1:p' pom.xml)}
echo "# $(date -u +%FT%TZ)  $(nproc) cores  JAVA_OPTS=$JAVA_OPTS"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t all < <(find import/national -type f \( -name '*.md' -o -name '*.txt' \) | sort)
printf '%-7s %-10s %12s %10s %12s\n' files mode "peak RSS MB" "wall s" documents
for n in $counts; do
  rm -rf "$work/in"; mkdir -p "$work/in"
  for f in "${all[@]:0:$n}"; do ln -s "$PWD/$f" "$work/in/$(basename "$f")"; done
  for mode in streamed one-pass; do
    chunk=100; [ "$mode" = one-pass ] && chunk=100000
    rm -rf "$work/data"
    /usr/bin/time -f '%M %e' -o "$work/time" env REGGRAPH_DATA_DIR="$work/data" REGGRAPH_INGEST_CHUNK_FILES=$chunk \
      java $JAVA_OPTS -jar target/reggraph.jar ingest "$work/in" > "$work/out" 2>&1 \
      || { echo "$n $mode failed: $(grep -m1 -o 'OutOfMemoryError.*' "$work/out" || tail -1 "$work/out")"; continue; }
    read -r kb secs < "$work/time"
    docs=$(grep -oP 'documents\s+\K\d+(?= written)' "$work/out" || echo '?')
    printf '%-7s %-10s %12d %10s %12s\n' "$n" "$mode" $(( kb / 1024 )) "$secs" "$docs"
  done
done
