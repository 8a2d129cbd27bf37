#!/usr/bin/env bash
# Measures, for the packaged service with its embedded database: time from launch to ready (health UP),
# time until the start-up load of import/corpus has finished (it runs while the service already answers), resident
# memory when idle (10 s after the load), and shutdown time after SIGTERM. Runs twice: on an empty store (first
# start, loads the corpus) and on the same store again (restart: the load is skipped).
# Usage: scripts/bench-startup.sh [extra service arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reggraph.jar ] || mvn -B -ntp -q -DskipTests package
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
run() {
  local label=$1; shift
  local http bolt; http=$(free_port); bolt=$(free_port)
  local start; start=$(date +%s%N)
  java -jar target/reggraph.jar --server.port="$http" --reggraph.neo4j.embedded.bolt-port="$bolt" \
       --reggraph.neo4j.embedded.data-dir="$data" "$@" > "$data/$label.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$http/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "service died; see log:"; tail -20 "$data/$label.log"; exit 1; }
    sleep 0.1
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  # the start-up load runs once HTTP is up (the service answers meanwhile); wait for its end before idling
  until grep -q -e 'Ingested [0-9]* documents' -e 'start-up load skipped' -e 'No corpus folder' "$data/$label.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "service died; see log:"; tail -20 "$data/$label.log"; exit 1; }
    sleep 0.1
  done
  local loaded=$(( ($(date +%s%N) - start) / 1000000 ))
  local docs; docs=$(curl -sf "http://127.0.0.1:$http/api/documents?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("total","?"))' 2>/dev/null || echo "?")
  sleep 10
  local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  local stop; stop=$(date +%s%N)
  kill -TERM "$pid"; wait "$pid" || true
  local down=$(( ($(date +%s%N) - stop) / 1000000 ))
  printf '%-12s launch-to-ready %6d ms   corpus loaded %6d ms   idle RSS %5d MB   shutdown %5d ms   documents %s\n' \
         "$label" "$ready" "$loaded" "$rss" "$down" "$docs"
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
run first-start "$@"
run restart "$@"
