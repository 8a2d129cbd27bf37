#!/usr/bin/env bash
# Whole-process `extract` speed of this checkout against an older commit, run by turns so that both see the same
# machine (a shared host's speed drifts by 10–30 % within the hour; figures from different minutes do not compare).
# Each round runs scripts/reggraph of the older commit and then this one on seeds + ../shared/corpus, timing wall and
# user CPU; prints medians, and whether the two exports are byte-identical.
# Usage: scripts/bench-extract-alternate.sh COMMIT [rounds]     e.g. scripts/bench-extract-alternate.sh 90cd314 10
# The older commit is checked out (and its jar built) once, in target/alternate/<commit>.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: scripts/bench-extract-alternate.sh COMMIT [rounds]}
rounds=${2:-10}
[ -d ../shared/corpus ] || { echo "bench-extract-alternate: needs ../shared/corpus beside the repo" >&2; exit 1; }
[ -f target/reggraph.jar ] || mvn -B -ntp -q -DskipTests package
tree=target/alternate/$(git rev-parse --short "$old")
if [ ! -f "$tree/target/reggraph.jar" ]; then
  rm -rf "$tree" && mkdir -p target/alternate
  git worktree add -q -f --detach "$tree" "$old"
  (cd "$tree" && mvn -B -ntp -q -DskipTests package)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for launcher in "$tree/scripts/reggraph" scripts/reggraph; do   # once each: builds the class archive, warms the cache
  "$launcher" extract --json "$out/warm.json" import/corpus ../shared/corpus --quiet > /dev/null 2>&1
done
for i in $(seq "$rounds"); do
  for side in old new; do
    launcher=scripts/reggraph
    [ "$side" = old ] && launcher=$tree/scripts/reggraph
    /usr/bin/time -o "$out/time" -f "%e %U" "$launcher" extract --json "$out/$side.json" import/corpus ../shared/corpus \
        --quiet > /dev/null 2>&1
    cat "$out/time" >> "$out/$side.times"
  done
done
for side in old new; do
  python3 - "$side" "$out/$side.times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[2]) if line.strip()]
wall = [float(r[0]) for r in rows]
user = [float(r[1]) for r in rows]
print(f"{sys.argv[1]}  wall median {statistics.median(wall):.3f} s  min {min(wall):.3f} s  "
      f"user median {statistics.median(user):.2f} s  ({len(rows)} rounds)")
PY
done
cmp -s "$out/old.json" "$out/new.json" && echo "exports byte-identical" || echo "exports differ"
