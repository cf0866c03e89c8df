#!/usr/bin/env bash
# Benchmark of the Spark batch job (issue 17, point 4): documents per second on local[1] and
# local[2] (the scaling ratio), the JVM's peak heap (driver = executor in local mode: the memory an
# executor needs), and the time to link synthetic incidents on local[2]. Prints `uptime` before
# and after each run: on a shared machine the load average says how far to trust the wall times.
# Measures, asserts nothing; writes only under a temporary folder. Do not rebuild the batch module
# while it runs (its JVMs load classes from batch/target; SKIP_BUILD=1 uses the jar already built).
#
#   tools/batch-bench.sh                                    # everything below, with the defaults
#   COPIES=2 LINK_SIZES=100000 tools/batch-bench.sh         # a shorter run
#   RUNS=docs tools/batch-bench.sh                          # only the documents-per-second runs
#
# Settings (environment): RUNS (docs,link), COPIES (copies of the bundled + dev documents, 6),
# CORES (core counts, each in a JVM of its own, "1,2"), LINK_SIZES ("100000,1000000"),
# REPORTS_PER_DAY (density of the synthetic reports, 55: that of 100,000 reports over 5 years,
# kept at every size so the candidate pairs grow linearly), JAVA_OPTS (-Xmx3g; -Xmx6g for links).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-docs,link}"
copies="${COPIES:-6}"
cores="${CORES:-1,2}"
sizes="${LINK_SIZES:-100000,1000000}"
per_day="${REPORTS_PER_DAY:-55}"

cd "$here"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "batch-bench: building the batch module" >&2
  mvn -B -q -ntp -DskipTests -DskipFormat -pl batch -am package >&2
fi
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
# BatchBench lives in the batch module's test sources (kept out of the production jar), compiled
# by `package -DskipTests` into target/test-classes.
if [[ ! -f batch/target/test-classes/org/harmwatch/batch/BatchBench.class ]]; then
  echo "batch-bench: batch/target/test-classes/org/harmwatch/batch/BatchBench.class is missing;" \
    "build without SKIP_BUILD=1 (or without -Dmaven.test.skip)" >&2
  exit 1
fi
cp="batch/target/test-classes:batch/target/harmwatch-batch.jar:batch/target/lib/*"
log="$(mktemp -t harmwatch-batch-bench.XXXXXX.log)"
echo "batch-bench: Spark's log goes to $log" >&2

bench() {
  local heap="$1"
  shift
  echo "## BatchBench $* ($(nproc) cores; before: $(uptime | sed 's/.*load/load/'))"
  # shellcheck disable=SC2086
  java "${opens[@]}" ${JAVA_OPTS:-$heap} -cp "$cp" org.harmwatch.batch.BatchBench "$@" 2>>"$log"
  echo "## after: $(uptime | sed 's/.*load/load/')"
}

git log -1 --format='commit %h %cs' 2>/dev/null || true
if [[ ",$runs," == *",docs,"* ]]; then
  for n in ${cores//,/ }; do
    bench -Xmx3g docs eval/gold "$copies" "$n"
  done
fi
if [[ ",$runs," == *",link,"* ]]; then
  for n in ${sizes//,/ }; do
    bench -Xmx6g link "$n" "local[2]" "$per_day"
  done
fi
