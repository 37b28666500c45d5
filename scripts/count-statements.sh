#!/usr/bin/env bash
# Counts the SQL statements a task costs, ours beside the plain process of scripts/benchmark.sh: starts the app
# (default run, fresh H2 file database or DB=postgres) with its SQL logged, walks one code and one plain instance
# one REST call at a time (io.customercodes.bench.StatementCountBenchmark) and writes
# target/benchmark/statements.md. Timing figures come from scripts/benchmark.sh, not from this run (logging every
# statement slows the app).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=18092
WORK=target/benchmark
mkdir -p "$WORK"
./mvnw -q -B package -DskipTests
JAR=$(ls target/customer-codes-*.jar | head -1)
if [[ "${DB:-h2}" == postgres ]]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS customer_codes_count WITH (FORCE)" \
    -c "CREATE DATABASE customer_codes_count"
  db_args=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/customer_codes_count
           --spring.datasource.username=postgres --spring.datasource.password=)
else
  rm -f "$WORK"/customer_codes_count.*.db
  db_args=(--spring.datasource.url="jdbc:h2:file:./$WORK/customer_codes_count;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128")
fi
log=$WORK/statements-app.log
java -Xmx1g -jar "$JAR" --server.port=$PORT "${db_args[@]}" --customer-codes.base-url=http://localhost:$PORT \
  --logging.pattern.console='%t|%logger|%m%n' --logging.level.root=WARN \
  --logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG \
  --logging.level.org.camunda.bpm.engine.impl.persistence.entity=DEBUG > "$log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health/readiness") == 200 ]]; do
  kill -0 $APP 2>/dev/null || { tail -40 "$log"; exit 1; }
  sleep 0.5
done
./mvnw -q -B test -Dtest=StatementCountBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.url="http://localhost:$PORT" -Dbench.appLog="$PWD/$log" -Dbench.admin="${ADMIN:-demo}" \
  -Dbench.adminPassword="${ADMIN_PASSWORD:-demo}"
