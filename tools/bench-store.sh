#!/usr/bin/env bash
# bench-store: fills a database that holds no real data with synthetic incidents (or reuses those of an
# earlier run), then times the filtered list and the aggregates (median, 95th percentile) and prints the
# query plans on PostgreSQL. A benchmark, so it is not in the shipped jar: this builds the app's test
# classes (where BenchStoreCommand and the store's StoreBenchmark live) and runs it from the test
# class path. Arguments are bench-store's own, e.g.
#
#   tools/bench-store.sh --incidents 100000 --db h2-file --data-dir /tmp/harmwatch-bench --explain
#   tools/bench-store.sh --help
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cp_file="app/target/bench-store.classpath"
echo "bench-store: building the app's test classes" >&2
mvn -B -q -ntp -DskipTests -DskipFormat -pl app -am test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-store.classpath >&2
exec java ${HARMWATCH_JAVA_OPTS:--Xmx2g} \
  -cp "app/target/test-classes:app/target/classes:$(cat "$cp_file")" \
  org.harmwatch.app.BenchStoreCommand "$@"
