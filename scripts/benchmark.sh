#!/usr/bin/env bash
# Rerunnable benchmark: starts the app (default run: H2 file database, demo users) on a fresh database
# under target/benchmark, walks codes through the REST API in parallel and reads public pages.
# Then files complaints through the API at rising concurrency beside a bare one-task process on the same engine.
# Reports: target/benchmark/report.md and complaints.md. Options via env: CODES (20), THREADS (4),
# PAGE_READS (2000), COMPLAINTS per row (200), LEVELS of concurrency (1,2,4,8,16), ONLY=lifecycle|complaints,
# DB=postgres to run on PostgreSQL at 127.0.0.1:5432 instead of H2.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=18090
WORK=target/benchmark
rm -rf "$WORK" && mkdir -p "$WORK"
./mvnw -q -B package -DskipTests
JAR=$(ls target/customer-codes-*.jar | head -1)

db_args=(--spring.datasource.url="jdbc:h2:file:./$WORK/db;DB_CLOSE_ON_EXIT=FALSE")
if [[ "${DB:-h2}" == postgres ]]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS customer_codes_bench WITH (FORCE)" \
    -c "CREATE DATABASE customer_codes_bench"
  db_args=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/customer_codes_bench
           --spring.datasource.username=postgres --spring.datasource.password=)
fi

java -Xmx1g -jar "$JAR" --server.port=$PORT "${db_args[@]}" --customer-codes.base-url=http://localhost:$PORT \
  --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$PORT/actuator/health/readiness" | grep -q '"UP"' && break
  kill -0 $APP 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done

case "${ONLY:-all}" in
  lifecycle) tests=LifecycleBenchmark ;;
  complaints) tests=ComplaintIntakeBenchmark ;;
  *) tests=LifecycleBenchmark,ComplaintIntakeBenchmark ;;
esac
./mvnw -q -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.url="http://localhost:$PORT" -Dbench.codes="${CODES:-20}" -Dbench.threads="${THREADS:-4}" \
  -Dbench.pageReads="${PAGE_READS:-2000}" -Dbench.requests="${COMPLAINTS:-200}" -Dbench.levels="${LEVELS:-1,2,4,8,16}"
for report in "$WORK"/report.md "$WORK"/complaints.md; do
  if [[ -f $report ]]; then cat "$report"; fi
done
