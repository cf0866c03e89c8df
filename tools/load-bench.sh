#!/usr/bin/env bash
# Load benchmark of a running server (issue 18, item 6): prepares a database of synthetic incidents
# (tools/bench-store.sh), an analyst account and a server on loopback, then runs benchmarks' LoadBench:
# requests per second and p50/p95/p99 latency for incident lists, incident pages and ingest at
# each number of concurrent clients. Bounded in time; nothing leaves this machine.
#
#   tools/load-bench.sh                      # 10,000 incidents; 20, 100 and 200 clients; 20 s each
#   INCIDENTS=1000 CLIENTS=20 SECONDS_PER_RUN=5 tools/load-bench.sh
#
# Settings (environment): INCIDENTS, CLIENTS (comma-separated), SECONDS_PER_RUN, WARM_UP,
# SCENARIOS (list,search,incident,ingest; search, full-text lists, is not run by default),
# PORT (7171), SERVER_JAVA_OPTS (the server's JVM options,
# e.g. -XX:+FlightRecorder -XX:StartFlightRecording=filename=/tmp/load.jfr to see where time goes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
incidents="${INCIDENTS:-10000}"
clients="${CLIENTS:-20,100,200}"
seconds="${SECONDS_PER_RUN:-20}"
warm_up="${WARM_UP:-5}"
scenarios="${SCENARIOS:-list,incident,ingest}"
port="${PORT:-7171}"

data="$(mktemp -d -t harmwatch-load.XXXXXX)"
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

cd "$here"
echo "load-bench: building the app and the benchmarks" >&2
mvn -B -q -ntp -DskipTests -DskipFormat -pl app,benchmarks -am package >&2

echo "load-bench: $incidents synthetic incidents into $data" >&2
tools/bench-store.sh --data-dir "$data" --incidents "$incidents" --runs 1 --warm-up 0 \
  --no-progress >"$data/bench-store.txt"
password="$(./harmwatch admin create-user load-bench --role analyst --data-dir "$data" | tail -n 1)"

HARMWATCH_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xmx2g}" ./harmwatch serve --data-dir "$data" \
  --host 127.0.0.1 --port "$port" --no-watch >"$data/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$data/serve.log" >&2; exit 1; }
  sleep 0.5
done

HARMWATCH_LOAD_PASSWORD="$password" java -cp benchmarks/target/benchmarks.jar \
  org.harmwatch.benchmarks.LoadBench --url "http://127.0.0.1:$port" --user load-bench \
  --clients "$clients" --seconds "$seconds" --warm-up "$warm_up" --scenarios "$scenarios"
