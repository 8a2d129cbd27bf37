#!/usr/bin/env bash
# Scores the extractor on the held-out rounds kept in src/test/resources/org/reggraph/extract/rounds/: local regulations
# and ministry rules of the LawRefBook collection, annotated blind by the sample conventions (rounds/README.md). The
# rounds are pooled: one score over every article of the annotators named (all of them by default).
# Usage: scripts/eval-rounds.sh [--show-misses N] [--jar JAR] [ANNOTATOR…]      e.g. scripts/eval-rounds.sh SC SD SE
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=src/test/resources/org/reggraph/extract/rounds
misses=0
jar=target/reggraph.jar
ids=()
while [ $# -gt 0 ]; do
  case "$1" in
    --show-misses) misses=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    *) ids+=("$1"); shift ;;
  esac
done
if [ "$jar" = target/reggraph.jar ] && { [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]; }; then
  echo "eval-rounds: building $jar" >&2
  mvn -B -ntp -q -Dstyle.color=never -DskipTests package >&2
fi
[ ${#ids[@]} -gt 0 ] || mapfile -t ids < <(cd "$rounds" && ls ./*.json | sed 's|^\./||; s|\.json$||')
pool=$(mktemp -d)
trap 'rm -rf "$pool"' EXIT
python3 - "$rounds" "$pool/annotations.json" "${ids[@]}" <<'PY'
import json, os, sys
rounds, out, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
articles = []
for i in ids:
    path = os.path.join(rounds, i + ".json")
    if not os.path.exists(path):
        sys.exit(f"eval-rounds: no annotator {i} in {rounds}")
    articles += json.load(open(path, encoding="utf-8"))["articles"]
json.dump({"articles": articles}, open(out, "w", encoding="utf-8"), ensure_ascii=False)
print(f"eval-rounds: {len(ids)} annotators, {len(articles)} articles", file=sys.stderr)
PY
python3 scripts/eval-sample.py --jar "$jar" --corpus "$rounds/docs" --sample "$pool/annotations.json" --show-misses "$misses"
