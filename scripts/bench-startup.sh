#!/usr/bin/env bash
# Measures the packaged service with its embedded database, twice: on an empty store (first start: loads the seeds
# and the national corpus of import/) and on the same store again (restart: the load is skipped). Per start:
#   answering  launch → /actuator/health/liveness UP: the web server opens only once the database has started, so
#              from here on the API answers (a first request is timed too)
#   health UP  launch → /actuator/health UP (database, disk, liveness; the readiness state is left out of it, so
#              it does not wait for the start-up load)
#   loaded     launch → /actuator/health/readiness UP: the start-up load has finished
# then resident memory 10 s later (idle) and its peak so far (VmHWM: the start-up load), the shutdown time after
# SIGTERM and the number of documents. The JVM gets the pom's memory flags (property reggraph.jvm.memory, as
# `mvn spring-boot:run` does); JAVA_OPTS replaces them (JAVA_OPTS="" for none).
# Usage: scripts/bench-startup.sh [--cds | --plain | --both] [service arguments...]
#   --cds    (default) java -XX:SharedArchiveFile=target/cds/reggraph.jsa -jar target/cds/reggraph.jar; the archive
#            is (re)built by scripts/cds-archive.sh when missing or older than target/reggraph.jar
#   --plain  java -jar target/reggraph.jar
#   e.g. scripts/bench-startup.sh --both --reggraph.ingest.national-dir=     (seeds only)
#        scripts/bench-startup.sh --profile    where the start path spends its time (Spring's start-up steps and the
#                                              slowest bean creations; fresh store, no load; bench.StartupProfile)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=cds
case "${1:-}" in --cds|--plain|--both|--profile) mode=${1#--}; shift ;; esac
if [ "$mode" = profile ]; then
  mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
  store=$(mktemp -d)
  trap 'rm -rf "$store"' EXIT
  java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
       --add-opens=java.base/java.lang=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
       org.reggraph.bench.StartupProfile --server.port=0 --reggraph.neo4j.embedded.bolt-port=0 \
       --reggraph.neo4j.embedded.data-dir="$store" --reggraph.ingest.startup=off "$@" \
    | awk '!/^20[0-9][0-9]-/ && NF { print; next } /Embedded Neo4j started|Tomcat started|schema applied/ { sub(/^.* : /, "  log: "); print }'
  exit 0
fi
[ -f target/reggraph.jar ] || mvn -B -ntp -q -DskipTests package
if [ "$mode" != plain ] && { [ ! -f target/cds/reggraph.jsa ] || [ target/reggraph.jar -nt target/cds/reggraph.jsa ]; }; then
  scripts/cds-archive.sh
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s%N; }
ms() { echo $(( ($(now) - $1) / 1000000 )); }
pid=
work=$(mktemp -d)
trap '[ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$work"' EXIT

# run LABEL DATA-DIR JAVA-ARGS... -- SERVICE-ARGS...
run() {
  local label=$1 data=$2; shift 2
  local java_args=()
  while [ "$1" != -- ]; do java_args+=("$1"); shift; done
  shift
  local http bolt; http=$(free_port); bolt=$(free_port)
  local base="http://127.0.0.1:$http" log="$work/$label.log"
  local start; start=$(now)
  java "${java_args[@]}" --server.port="$http" --reggraph.neo4j.embedded.bolt-port="$bolt" \
       --reggraph.neo4j.embedded.data-dir="$data" "$@" > "$log" 2>&1 &
  pid=$!
  local answering= health= loaded= first=
  while [ -z "$loaded" ] || [ -z "$health" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "service died; see log:"; tail -20 "$log"; exit 1; }
    [ "$(ms "$start")" -lt 600000 ] || { echo "not ready after 600 s; see log:"; tail -20 "$log"; exit 1; }
    [ -z "$answering" ] && curl -sf "$base/actuator/health/liveness" | grep -q '"status":"UP"' && answering=$(ms "$start")
    [ -z "$health" ] && curl -sf "$base/actuator/health" | grep -q '^{"status":"UP"' && health=$(ms "$start")
    [ -z "$loaded" ] && curl -sf "$base/actuator/health/readiness" | grep -q '"status":"UP"' && loaded=$(ms "$start")
    # the first API request, timed once the service answers (after the probes, which it would otherwise delay)
    if [ -n "$answering" ] && [ -z "$first" ]; then
      local t; t=$(now)
      curl -s -o /dev/null "$base/api/documents?size=1"
      first=$(ms "$t")
    fi
    sleep 0.1
  done
  local docs; docs=$(curl -sf "$base/api/documents?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("page",{}).get("totalElements","?"))' 2>/dev/null || echo "?")
  sleep 10
  local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  local peak; peak=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status")
  local stop; stop=$(now)
  kill -TERM "$pid"; wait "$pid" || true
  pid=
  printf '%-20s answering %6d ms (first answer %4d ms)   health UP %6d ms   loaded %6d ms   idle RSS %5d MB (peak %5d MB)   shutdown %5d ms   documents %s\n' \
         "$label" "$answering" "$first" "$health" "$loaded" "$rss" "$peak" "$(ms "$stop")" "$docs"
}

# pair NAME JAVA-ARGS...: first start on a new store, then a restart on it
pair() {
  local name=$1; shift
  local data="$work/$name-data"
  run "$name first-start" "$data" "$@" -- "${service_args[@]}"
  run "$name restart" "$data" "$@" -- "${service_args[@]}"
}

service_args=("$@")
# shellcheck disable=SC2206 # a list of flags
mem=(${JAVA_OPTS-$(sed -n 's:.*<reggraph.jvm.memory>\(.*\)</reggraph.jvm.memory>.*:\1:p' pom.xml)})
echo "# JVM: ${mem[*]:-(no flags)}"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
[ "$mode" = cds ] || pair plain "${mem[@]}" -jar target/reggraph.jar
[ "$mode" = plain ] || pair cds "${mem[@]}" -XX:SharedArchiveFile=target/cds/reggraph.jsa -jar target/cds/reggraph.jar
