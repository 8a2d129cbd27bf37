#!/usr/bin/env bash
# Share of 《》 citations (CITES, BASED_ON, REPEALS, AMENDS targets written as titles) that resolve to a document of
# the corpus (../shared/corpus/xingzheng-fagui + the seeds), and the 20 most cited unresolved targets.
# Usage: scripts/citation-coverage.sh [CORPUS_DIR] [SEEDS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/xingzheng-fagui}
SEEDS=${2:-import/corpus}
if [ ! -d "$CORPUS" ]; then
  echo "citation-coverage: $CORPUS not found; skipping" >&2
  exit 0
fi
JAR=target/reggraph.jar
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  mvn -B -ntp -q -Dstyle.color=never -DskipTests package >&2
fi
mkdir -p target/coverage
java -jar "$JAR" extract --quiet --json target/coverage/export.json "$CORPUS" "$SEEDS"
python3 scripts/citation_coverage.py target/coverage/export.json
