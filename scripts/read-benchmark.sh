#!/usr/bin/env bash
# Readers against the app on a seeded database (scripts/seed.sh first): starts the app (demo users, H2 file
# database or DB=postgres), lets THREADS readers (8) fetch public pages and /api lists for SECONDS (60) after a
# warm-up, and writes p50/p99 per kind of page to target/benchmark/reads.md (io.customercodes.bench.ReadBenchmark).
# Options via env: H2_FILE (./data/customer-codes) or DB=postgres with DB_URL, DB_USER, DB_PASSWORD; CODES and
# COMPLAINTS the seed's sizes (10000, 1000000); FIRST_COMPLAINT the first seeded complaint's id (the seeder prints it;
# 1); URL of an app already running instead (then nothing is started).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B package -DskipTests
classpath=target/seed.classpath
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
mkdir -p target/benchmark

url="${URL:-}"
if [[ -z $url ]]; then
  PORT=18091
  url=http://localhost:$PORT
  if [[ "${DB:-h2}" == postgres ]]; then
    db_args=(--spring.datasource.url="${DB_URL:?DB=postgres needs DB_URL}"
             --spring.datasource.username="${DB_USER:-postgres}" --spring.datasource.password="${DB_PASSWORD:-}")
  else
    db_args=(--spring.datasource.url="jdbc:h2:file:${H2_FILE:-./data/customer-codes};DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128")
  fi
  JAR=$(ls target/customer-codes-*.jar | head -1)
  java -Xmx1g -jar "$JAR" --server.port=$PORT "${db_args[@]}" --customer-codes.base-url="$url" \
    --logging.level.root=WARN > target/benchmark/reads-app.log 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    curl -fs "$url/actuator/health/readiness" | grep -q '"UP"' && break
    kill -0 $APP 2>/dev/null || { tail -40 target/benchmark/reads-app.log; exit 1; }
    sleep 1
  done
fi

java -cp "target/test-classes:target/classes:$(cat "$classpath")" -Dbench.url="$url" \
  -Dbench.codes="${CODES:-10000}" -Dbench.complaints="${COMPLAINTS:-1000000}" -Dbench.threads="${THREADS:-8}" \
  -Dbench.seconds="${SECONDS_MEASURED:-60}" -Dbench.warmup="${WARMUP:-30}" -Dbench.firstComplaint="${FIRST_COMPLAINT:-1}" \
  io.customercodes.bench.ReadBenchmark
