#!/usr/bin/env bash
# Whole-process speed of the `extract` command (JVM start included, every core): seeds + ../shared/corpus, and a
# one-line file for the start alone. Runs the fat jar, the extracted layout (java -Djarmode=tools … extract), whose
# plain class path starts about twice as fast, and scripts/reggraph (the extracted layout with a class-data-sharing
# archive and C1 alone), the fast start the README gives. Needs hyperfine (apt-get install hyperfine).
# Usage: scripts/bench-extract-cli.sh [runs]      (builds the jar first unless target/reggraph.jar exists)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
[ -f target/reggraph.jar ] || mvn -B -ntp -q -DskipTests package
rm -rf target/app && java -Djarmode=tools -jar target/reggraph.jar extract --destination target/app >/dev/null
INPUT=(../shared/seeds ../shared/corpus)
CHARS=$(python3 -c '
import os,sys
n=0
for root in sys.argv[1:]:
    for dp,_,fs in os.walk(root):
        for f in fs:
            if f.endswith((".txt",".md")) and not f.startswith("."):
                n+=len(open(os.path.join(dp,f),encoding="utf-8",errors="replace").read())
print(n)' "${INPUT[@]}")
echo "input: ${INPUT[*]} = $CHARS characters; cores: $(nproc)"
echo "第一条 为了测试，制定本条例。" > target/one-line.txt
scripts/reggraph extract target/one-line.txt --quiet 2> /dev/null # prepares target/cli (its archive) once
hyperfine --warmup 1 --runs "$RUNS" --export-json target/bench-extract-cli.json \
    -n "fat jar, one line" "java -jar target/reggraph.jar extract target/one-line.txt --quiet" \
    -n "extracted, one line" "java -jar target/app/reggraph.jar extract target/one-line.txt --quiet" \
    -n "fat jar, seeds+corpus" "java -jar target/reggraph.jar extract --json target/bench-all.json ${INPUT[*]} --quiet" \
    -n "extracted, seeds+corpus" "java -jar target/app/reggraph.jar extract --json target/bench-all.json ${INPUT[*]} --quiet" \
    -n "launcher, one line" "scripts/reggraph extract target/one-line.txt --quiet" \
    -n "launcher, seeds+corpus" "scripts/reggraph extract --json target/bench-all.json ${INPUT[*]} --quiet"
python3 - "$CHARS" <<'PY'
import json,sys
chars=int(sys.argv[1])
for r in json.load(open("target/bench-extract-cli.json"))["results"]:
    line=f'{r["command"]:26s} mean {r["mean"]:6.2f} s  user {r["user"]:6.2f} s'
    if "corpus" in r["command"]:
        line+=f'  = {chars/r["mean"]/1e6:5.2f} M characters/s'
    print(line)
PY
