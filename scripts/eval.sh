#!/usr/bin/env bash
# Runs the extractor on import/corpus and scores it against the development gold.
# Usage: scripts/eval.sh [extra scorer args]   (builds the jar when it is missing or older than the sources)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared
if [ ! -d "$SHARED/gold-dev" ] || [ ! -f "$SHARED/tools/score_extraction.py" ]; then
  echo "eval: $SHARED (gold and scorer) not found; skipping evaluation" >&2
  exit 0
fi
JAR=target/reggraph.jar
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  echo "eval: building $JAR" >&2
  mvn -B -ntp -q -Dstyle.color=never -DskipTests package >&2
fi
mkdir -p target/eval
java -jar "$JAR" extract --quiet --json target/eval/export.json import/corpus
python3 "$SHARED/tools/score_extraction.py" "$SHARED"/gold-dev/*.json --system target/eval/export.json --show-misses 20 "$@"
