#!/usr/bin/env bash
# Load test of the query API with wrk (16 connections, 2 threads, --latency) against the packaged service and its
# embedded database, on loopback only, with the answer cache OFF by default (REGGRAPH_API_CACHE=none): the figures
# are the queries', not the cache's. Beside the lookup and 3-hop runs, the bare Cypher of the same question runs over
# Bolt with as many client threads (org.reggraph.api.documents.BareCypherBench), in the same run on the same machine.
#
#   scripts/bench-api.sh               data: the default graph, seeds (import/corpus) + national laws and regulations
#                                      (import/national; else CORPUS), ingested first with the `ingest` command
#   scripts/bench-api.sh --synthetic   data: a synthetic graph of 100k documents citing ~5 others each
#                                      (org.reggraph.bench.SyntheticGraph over Bolt, UNWIND batches), plus the
#                                      3-hop query measured directly over Bolt
#   scripts/bench-api.sh --scaling     the corpus, answer cache off: search and lookup at each of CONNECTIONS_LIST
#                                      (default "16 64") concurrent clients, and the service's resident memory
#                                      (VmRSS) idle and after each run, peak (VmHWM) at the end
# Options: --documents N (synthetic size, default 100000)  --duration 20s  --keep (keep the data directory)
#          --store DIR (copy this store, e.g. one kept with --keep, instead of ingesting: data/db of a kept run)
#          --cache (answer cache on, as deployed by default: repeated questions come from it)
# Environment (paths take {id}, replaced by URL-encoded ids rotating over a random sample of 200 documents):
#   DOC_PATH    default /api/documents/{id}                    targets (cache off): p50 <= 10 ms, p99 <= 50 ms,
#                                                              (also measured one request at a time, warm),
#                                                              >= 500 req/s, 0 errors, within 2x of bare Cypher
#   REF_PATH    default /api/documents/{id}/references?depth=3&direction=both   target p99 <= 50 ms
#   GRAPH_PATH  default /api/graph?id={id}&depth=3&types=CITES&limit=500  (the graph view, 3 hops)
#   SEARCH_PATH default /api/documents?q={id}  ({id}: 3-character pieces of sampled titles; --scaling only)
#   DOC_ID      fallback id when no sample of ids can be had (default 国务院令第744号)
#   CORPUS      used when import/national is missing; default ../shared/corpus/xingzheng-fagui;  CONNECTIONS=16 THREADS=2
#   WARMUP_MAX  load before each measured run, in 10 s windows, until the JIT has settled: the service's compiler
#               threads spent under 2 % of its CPU in the last window (steady state; ~3 min on 2 cores), or this
#               many seconds have passed (default 300)
#   PAGE_CACHE  default 512m; with --scaling the service's default, 128m
#   JAVA_OPTS   JVM flags of the service; default: the documented ones (pom.xml, property reggraph.jvm.memory)
#   SERVICE_ARGS  extra service arguments, e.g. "--server.tomcat.threads.max=200" to compare sizings
#   UPLOAD      with --scaling: a text file to POST to /api/ingest during a last lookup run (memory of a large upload)
set -euo pipefail
cd "$(dirname "$0")/.."

synthetic=false; scaling=false; documents=100000; duration=20s; keep=false; store=; cache=none
while [ $# -gt 0 ]; do
  case "$1" in
    --synthetic) synthetic=true ;;
    --scaling) scaling=true ;;
    --store) store=$2; shift ;;
    --documents) documents=$2; shift ;;
    --duration) duration=$2; shift ;;
    --keep) keep=true ;;
    --cache) cache=caffeine ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
DOC_PATH=${DOC_PATH:-'/api/documents/{id}'}
REF_PATH=${REF_PATH:-'/api/documents/{id}/references?depth=3&direction=both'}
GRAPH_PATH=${GRAPH_PATH:-'/api/graph?id={id}&depth=3&types=CITES&limit=500'}
SEARCH_PATH=${SEARCH_PATH:-'/api/documents?q={id}'}
CONNECTIONS_LIST=${CONNECTIONS_LIST:-16 64}
JAVA_OPTS=${JAVA_OPTS-$(sed -n 's:.*<reggraph.jvm.memory>\(.*\)</reggraph.jvm.memory>.*:\1:p' pom.xml)}
DOC_ID=${DOC_ID:-国务院令第744号}
# --scaling measures the data the service loads by default (seeds + the national corpus of import/national)
if $scaling && [ -d import/national ]; then CORPUS=${CORPUS:-import/national}; else CORPUS=${CORPUS:-../shared/corpus/xingzheng-fagui}; fi
CONNECTIONS=${CONNECTIONS:-16}; THREADS=${THREADS:-2}; WARMUP_MAX=${WARMUP_MAX:-300}
if $scaling; then PAGE_CACHE=${PAGE_CACHE:-128m}; else PAGE_CACHE=${PAGE_CACHE:-512m}; fi

if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk > /dev/null
  else echo "wrk is missing: sudo apt-get install wrk" >&2; exit 1; fi
fi
[ -f target/reggraph.jar ] || mvn -B -ntp -q -DskipTests package
if [ ! -f target/bench-classpath.txt ] || [ ! -f target/test-classes/org/reggraph/api/documents/BareCypherBench.class ]; then
  mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
      -Dmdep.includeScope=test
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
data=$(mktemp -d /tmp/reggraph-bench.XXXXXX)
pid=
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  if $keep; then echo "data kept in $data"; else rm -rf "$data"; fi
}
trap cleanup EXIT
http=$(free_port); bolt=$(free_port)
export REGGRAPH_DATA_DIR="$data/db" REGGRAPH_BOLT_ADDRESS=127.0.0.1 REGGRAPH_BOLT_PORT="$bolt"

$scaling && cache=none
echo "# $(date -u +%FT%TZ)  $(nproc) cores, load $(cut -d" " -f1-3 /proc/loadavg)  $(java -version 2>&1 | head -1)  wrk -c$CONNECTIONS -t$THREADS -d$duration  cache $cache"
echo "# JVM: ${JAVA_OPTS:-(no flags)}  service: ${SERVICE_ARGS:-(defaults)}"
if [ -n "$store" ]; then
  cp -r "$store" "$data/db"
  echo "store copied from $store"
elif ! $synthetic; then
  if java -jar target/reggraph.jar --help 2>/dev/null | grep -qw ingest; then
    # the default graph: the seeds and the national laws and regulations the service loads at its first start
    # (import/national); without them, the corpus
    if [ -d import/national ]; then sources=(import/national); else sources=("$CORPUS"); fi
    [ -d import/corpus ] && sources=(import/corpus "${sources[@]}")
    echo "ingesting ${sources[*]} …"
    start=$(date +%s)
    java -jar target/reggraph.jar ingest "${sources[@]}" > "$data/ingest.log" 2>&1 \
      || { echo "ingest failed; see below"; tail -20 "$data/ingest.log"; exit 1; }
    echo "ingested in $(( $(date +%s) - start )) s: $(tail -1 "$data/ingest.log")"
  else
    echo "NOTE: this jar has no 'ingest' subcommand (built in parallel); the corpus is not loaded."
    echo "      Figures below are for whatever the service loads at start-up (possibly an empty graph)."
  fi
fi

export REGGRAPH_API_CACHE=$cache
$scaling && export REGGRAPH_API_KEY=bench-key # uploads during the load (UPLOAD=)
# shellcheck disable=SC2086 # flags and arguments are word lists
java $JAVA_OPTS -jar target/reggraph.jar --server.port="$http" --server.address=127.0.0.1 \
     --reggraph.neo4j.embedded.data-dir="$data/db" --reggraph.neo4j.embedded.bolt-port="$bolt" \
     --reggraph.neo4j.embedded.page-cache="$PAGE_CACHE" --reggraph.ingest.startup=off ${SERVICE_ARGS:-} \
     > "$data/service.log" 2>&1 &
pid=$!
deadline=$(( $(date +%s) + 300 ))
until curl -sf "http://127.0.0.1:$http/actuator/health" | grep -q '"status":"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "service died; see log:"; tail -30 "$data/service.log"; exit 1; }
  [ "$(date +%s)" -lt "$deadline" ] || { echo "service not healthy after 300 s"; exit 1; }
  sleep 0.5
done
echo "service up on 127.0.0.1:$http (bolt $bolt)"

ids="$data/ids.txt"
if $synthetic; then
  echo "writing the synthetic graph: $documents documents …"
  java -cp "target/test-classes:$(cat target/bench-classpath.txt)" org.reggraph.bench.SyntheticGraph \
       --uri "bolt://127.0.0.1:$bolt" --documents "$documents" --citations 5 --ids "$ids"
else
  # a random sample (fixed seed) of 200 of all documents, read page by page from the listing; else the fallback id.
  # Search terms: 3-character pieces of the sampled titles. (The first queries of a fresh process can exceed the
  # query timeout on a busy machine: a page is tried a few times.)
  python3 - "http://127.0.0.1:$http" "$data/terms.txt" > "$ids" 2>/dev/null <<'PY' || true
import json, random, sys, time, urllib.parse, urllib.request
base, terms_file = sys.argv[1:3]
def page(n):
    for attempt in range(5):
        try:
            return json.load(urllib.request.urlopen(f"{base}/api/documents?size=200&page={n}"))
        except Exception:
            time.sleep(2)
    raise SystemExit(1)
first = page(0)
items = first["content"] + [i for n in range(1, first["page"]["totalPages"]) for i in page(n)["content"]]
random.seed(15)
items = random.sample(items, min(200, len(items)))
terms = sorted({i["title"][k:k + 3] for i in items for k in range(0, max(1, len(i["title"]) - 3), 4)})
open(terms_file, "w").write("".join(urllib.parse.quote(t, safe="") + "\n" for t in terms[:400]))
for item in items:
    print(urllib.parse.quote(item["id"], safe=""))
PY
  [ -s "$data/terms.txt" ] || echo "%E6%9D%A1%E4%BE%8B" > "$data/terms.txt" # 条例
  if [ ! -s "$ids" ]; then
    python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$DOC_ID" > "$ids"
    echo "ids: $DOC_ID only (no document search to sample from)"
  else
    echo "ids: $(wc -l < "$ids") sampled at random from /api/documents"
  fi
fi

cat > "$data/rotate.lua" <<'LUA'
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do if #line > 0 then ids[#ids + 1] = line end end
local template = os.getenv("BENCH_PATH")
local counter = 0
function setup(thread) thread:set("offset", math.random(#ids)) end
request = function()
  counter = counter + 1
  local id = ids[((counter + (offset or 0)) % #ids) + 1]
  return wrk.format("GET", (template:gsub("{id}", function() return id end)))
end
LUA

# run LABEL PATH [IDS-FILE]: the ids file defaults to $ids; with --scaling there is no cold pass (no cache to fill)
run() {
  local label=$1 template=$2 sample_file=${3:-$ids}
  local sample; sample=$(head -1 "$sample_file")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http${template//\{id\}/$sample}")
  if ! $scaling; then
    # cold pass: every sampled id once, one at a time (with --cache it also fills the cache)
    local cold="$data/$label.cold"
    while read -r id; do
      curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$http${template//\{id\}/$id}"
    done < "$sample_file" > "$cold"
    python3 - "$cold" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]) if x.strip())
q = lambda p: t[min(len(t) - 1, int(p * len(t)))]
print(f"           cold (uncached, sequential, {len(t)} ids): p50 {q(0.5):7.2f} ms   p99 {q(0.99):7.2f} ms   max {t[-1]:7.2f} ms")
PY
  fi
  # warm-up (JIT, page cache), then the measured run. The service and its database are a lot of code for HotSpot on
  # 2 cores: lookups ran at ~160 req/s in the first 20 s of load, ~450 after 90 s, when the compiler threads still
  # took 0.4 ms of CPU per request, and ~1 100 from about 3 minutes on, when they were idle
  warm_up "$sample_file" "$template"
  local before; before=$(grep -c "Query could not complete" "$data/service.log" || true)
  local cpu0; cpu0=$(cpu_ticks)
  BENCH_IDS="$sample_file" BENCH_PATH="$template" wrk -c"$CONNECTIONS" -t"$THREADS" -d"$duration" --latency --timeout 30s \
      -s "$data/rotate.lua" "http://127.0.0.1:$http" > "$data/$label.wrk" 2>&1
  local cpu1; cpu1=$(cpu_ticks)
  python3 - "$label" "$template" "$status" "$data/$label.wrk" "$(( cpu1 - cpu0 ))" "$(getconf CLK_TCK)" <<'PY'
import re, sys
label, template, status, path, ticks, hz = sys.argv[1:7]
out = open(path).read()
def ms(s):
    m = re.match(r"([\d.]+)(us|ms|s)", s)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)] if m else float("nan")
rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
total = re.search(r"(\d+) requests in", out)
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
sock = re.search(r"Socket errors: (.*)", out)
print(f"{label:<10} {template}" + (f"   ({m.group(1)} connections)" if (m := re.search(r"(\d+) connections", out)) else ""))
print(f"           first status {status}; {float(rps.group(1)) if rps else 0:9.0f} req/s   "
      f"p50 {ms(p50.group(1)) if p50 else float('nan'):7.2f} ms   p99 {ms(p99.group(1)) if p99 else float('nan'):7.2f} ms   "
      f"requests {total.group(1) if total else '?'}   non-2xx {non2xx.group(1) if non2xx else 0}   "
      f"socket errors {sock.group(1) if sock else 'none'}")
if total and int(total.group(1)):
    print(f"           service CPU {int(ticks) * 1000 / int(hz) / int(total.group(1)):6.2f} ms per request "
          f"(the embedded database included)")
PY
  local after; after=$(grep -c "Query could not complete" "$data/service.log" || true)
  [ "$after" = "$before" ] || echo "           $(( after - before )) queries hit the query timeout (503) during the run"
}
# warm_up IDS-FILE PATH: load in 10 s windows until the compiler threads' share of the service's CPU in a window is
# under 2 % (at least 2 windows), or WARMUP_MAX seconds
warm_up() {
  local waited=0 cpu0 jit0 cpu1 jit1 share=100
  while [ "$waited" -lt "$WARMUP_MAX" ]; do
    cpu0=$(cpu_ticks); jit0=$(jit_ticks)
    BENCH_IDS="$1" BENCH_PATH="$2" wrk -c"$CONNECTIONS" -t"$THREADS" -d10s -s "$data/rotate.lua" \
        "http://127.0.0.1:$http" > /dev/null 2>&1 || true
    cpu1=$(cpu_ticks); jit1=$(jit_ticks); waited=$(( waited + 10 ))
    share=$(( (jit1 - jit0) * 1000 / (cpu1 - cpu0 + 1) ))
    [ "$waited" -ge 20 ] && [ "$share" -lt 20 ] && break
  done
  echo "           warm-up ${waited} s; JIT compiler threads $(( share / 10 )).$(( share % 10 )) % of the service's CPU in its last 10 s"
}
rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024)}' "/proc/$pid/status"; }
# CPU time of the service process (user + system, in clock ticks): the cost of a request whatever else the machine
# runs, where wall-clock latencies on a shared machine also measure the other processes
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# CPU time of the service's JIT compiler threads (C1, C2), in clock ticks
jit_ticks() {
  local t sum=0
  for t in /proc/"$pid"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in C1\ Compiler*|C2\ Compiler*) sum=$(( sum + $(awk '{print $14 + $15}' "$t/stat") )) ;; esac
  done
  echo "$sum"
}
if $scaling; then
  sleep 10
  echo "idle RSS $(rss VmRSS) MB (10 s after start, before any query)"
  # warm-up of the whole process (JIT, page cache) before the first measured run, so the order of runs matters less
  BENCH_IDS="$data/terms.txt" BENCH_PATH="$SEARCH_PATH" wrk -c16 -t"$THREADS" -d"$duration" --timeout 30s \
      -s "$data/rotate.lua" "http://127.0.0.1:$http" > /dev/null 2>&1 || true
  BENCH_IDS="$ids" BENCH_PATH="$DOC_PATH" wrk -c16 -t"$THREADS" -d"$duration" --timeout 30s \
      -s "$data/rotate.lua" "http://127.0.0.1:$http" > /dev/null 2>&1 || true
  for c in $CONNECTIONS_LIST; do
    CONNECTIONS=$c run "search" "$SEARCH_PATH" "$data/terms.txt"
    echo "           RSS after the run $(rss VmRSS) MB"
    CONNECTIONS=$c run "lookup" "$DOC_PATH"
    echo "           RSS after the run $(rss VmRSS) MB"
  done
  if [ -n "${UPLOAD:-}" ]; then
    CONNECTIONS=16 run "lookup" "$DOC_PATH" > "$data/upload-load.txt" &
    load=$!
    sleep 5
    echo "upload of $UPLOAD ($(stat -c %s "$UPLOAD") bytes) during 16-connection lookups: $(curl -s -o "$data/upload.json" \
         -w '%{http_code} in %{time_total} s' -H 'X-API-Key: bench-key' -F "files=@$UPLOAD" \
         "http://127.0.0.1:$http/api/ingest"), $(head -c 80 "$data/upload.json")…"
    wait "$load"; tail -2 "$data/upload-load.txt"
    echo "           RSS after the upload $(rss VmRSS) MB"
  fi
  sleep 10
  echo "idle RSS after the load $(rss VmRSS) MB; peak RSS $(rss VmHWM) MB (VmHWM, the whole run)"
  echo "targets: req/s at 64 connections not below 16; RSS <= 1024 MB idle and loaded"
  exit 0
fi
# the bare Cypher of the same question, over Bolt, same ids, as many client threads as wrk has connections; the
# database is already warm from the API run, the client JVM (the driver) warms up for 30 s
bare() {
  local cpu0 cpu1 out
  cpu0=$(cpu_ticks)
  out=$(java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
       org.reggraph.api.documents.BareCypherBench --uri "bolt://127.0.0.1:$bolt" --ids "$ids" --question "$1" \
       --threads "$CONNECTIONS" --seconds "${duration%s}" --warmup 30 2>&1 | grep -v SLF4J)
  cpu1=$(cpu_ticks)
  echo "$out" | sed 's/^/           /'
  python3 - "$out" "$(( cpu1 - cpu0 ))" "$(getconf CLK_TCK)" <<'PY'
import re, sys
out, ticks, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
m = re.search(r"requests (\d+).*warm-up (\d+)", out)  # the CPU was counted over the warm-up too
if m and int(m.group(1)):
    asked = int(m.group(1)) + int(m.group(2))
    print(f"           service CPU {ticks * 1000 / hz / asked:6.2f} ms per question (the database alone)")
PY
}
# one client, one request at a time, on the warm service: the latency of a question without queueing behind others
# (at 16 connections the median is about 16 / throughput, whatever a single question costs)
single() {
  BENCH_IDS="$ids" BENCH_PATH="$1" wrk -c1 -t1 -d10s --latency --timeout 30s -s "$data/rotate.lua" \
      "http://127.0.0.1:$http" > "$data/single.wrk" 2>&1
  python3 - "$data/single.wrk" <<'PY'
import re, sys
out = open(sys.argv[1]).read()
ms = lambda s: float(re.match(r"([\d.]+)", s).group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[re.match(r"[\d.]+(\D+)", s).group(1)]
p50, p99 = (re.search(rf"^\s+{q}%\s+(\S+)", out, re.M).group(1) for q in (50, 99))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
print(f"           one at a time (1 connection, warm, 10 s): {rps:6.0f} req/s   p50 {ms(p50):7.2f} ms   p99 {ms(p99):7.2f} ms")
PY
}
run lookup "$DOC_PATH"
single "$DOC_PATH"
[ "$DOC_PATH" = '/api/documents/{id}' ] && bare lookup
run refs3 "$REF_PATH"
single "$REF_PATH"
[ "$REF_PATH" = '/api/documents/{id}/references?depth=3&direction=both' ] && bare refs3
run graph3 "$GRAPH_PATH"
echo "targets (cache off): lookup p50 <= 10 ms, p99 <= 50 ms, >= 500 req/s, 0 non-2xx; refs3 p99 <= 50 ms;"
echo "                     the API within 2x of the bare Cypher of the same question (rows 'bare Cypher')"
