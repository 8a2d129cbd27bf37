#!/usr/bin/env bash
# Class-data sharing (CDS) for a faster start of the packaged service. Extracts target/reggraph.jar into target/cds/
# (CDS reads classes from plain jars on the class path, not from Spring Boot's nested jars), then runs the service
# once from there with -XX:ArchiveClassesAtExit — a fresh temporary store loading the seeds only (so that the classes
# of extraction and writing are in the archive too), free ports — until it is ready, asks it one question and stops
# it: at exit the JVM writes every class it loaded to target/cds/reggraph.jsa.
# Then start the service with:
#   java -XX:SharedArchiveFile=target/cds/reggraph.jsa -jar target/cds/reggraph.jar
# The archive belongs to these exact jars: after a rebuild run this again (a stale archive is ignored with a warning).
# Usage: scripts/cds-archive.sh      (also run by `mvn -Pcds package`)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reggraph.jar ] || mvn -B -ntp -q -DskipTests package
rm -rf target/cds
java -Djarmode=tools -jar target/reggraph.jar extract --destination target/cds > /dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http=$(free_port)
store=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$store"' EXIT
started=$(date +%s)
java -XX:ArchiveClassesAtExit=target/cds/reggraph.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
     -jar target/cds/reggraph.jar --server.port="$http" --reggraph.neo4j.embedded.bolt-port=0 \
     --reggraph.neo4j.embedded.data-dir="$store" --reggraph.ingest.startup=on-empty \
     --reggraph.ingest.corpus-dir=import/corpus --reggraph.ingest.national-dir= > "$store/training.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$http/actuator/health/readiness" > /dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "cds-archive: the training run died; its log:" >&2; tail -30 "$store/training.log" >&2; exit 1; }
  sleep 0.2
done
# the classes of a first answer too (MVC, Jackson, the driver's result handling)
curl -s "http://127.0.0.1:$http/api/documents?size=1" > /dev/null || true
curl -s "http://127.0.0.1:$http/actuator/health" > /dev/null || true
kill -TERM "$pid"
wait "$pid" || true
pid=
[ -s target/cds/reggraph.jsa ] || { echo "cds-archive: no archive written; the training log:" >&2; tail -30 "$store/training.log" >&2; exit 1; }
echo "cds-archive: target/cds/reggraph.jsa ($(du -m target/cds/reggraph.jsa | cut -f1) MB) in $(( $(date +%s) - started )) s;" \
     "start with: java -XX:SharedArchiveFile=target/cds/reggraph.jsa -jar target/cds/reggraph.jar"
