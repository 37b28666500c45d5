#!/usr/bin/env bash
# Rerunnable benchmark: starts the app (default run: H2 file database, demo users) on a fresh database
# under target/benchmark and times its boot to ready and its memory. Walks codes through the REST API in
# parallel beside a plain process of as many user tasks (deployed by the benchmark, walked with the same calls),
# in batches, so each per-task figure has its baseline at several database sizes; then reads public pages.
# Then files complaints through the API at rising concurrency beside a bare one-task process on the same engine.
# Then restarts the app on the database the run filled and times that boot. Then, at size, on the same database:
# seeds LARGE_CODES published codes and LARGE_COMPLAINTS closed complaints (scripts/seed.sh's seeder), times the
# boot on it, walks LARGE_WARMUPS codes unmeasured (on a seeded database no sample walk has warmed the JIT) and
# LARGE_WALKS more codes beside the plain process, and lets READERS readers fetch public pages and
# /api lists for READ_SECONDS (io.customercodes.bench.ReadBenchmark). Then boots the app without demo data on an
# empty database (as the prod profile starts). Last, boots a bare Camunda app
# (bench/bare-camunda: same Spring Boot, Camunda starters and engine settings, none of our code) on an empty database,
# and the same with the app's whole stack, migrations, processes and forms (its stack profile: what this stack costs
# before any code of ours).
# The boots on an empty database are repeated BOOTS times (3), the apps in turn, and their medians reported.
# Reports: target/benchmark/report.md (with task-latency.svg, all sizes in one chart) and complaints.md.
# Options via env: CODES (20), THREADS (4), POINTS database sizes to measure at (3), PAGE_READS (2000), COMPLAINTS
# per row (200), LEVELS of concurrency (1,2,4,8,16), ONLY=lifecycle|complaints, BARE=0 to skip the bare Camunda app,
# LARGE=0 to skip the run at size, LARGE_CODES (10000), LARGE_COMPLAINTS (1000000), LARGE_WARMUPS (8),
# LARGE_WALKS (16), READERS (8), READ_SECONDS (60) after READ_WARMUP (30, until the JIT has compiled the hot paths),
# BOOTS (3), ADMIN and ADMIN_PASSWORD of the run (demo/demo), DB=postgres to run on PostgreSQL at 127.0.0.1:5432 instead of H2.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=18090
WORK=target/benchmark
DB=${DB:-h2}
rm -rf "$WORK" && mkdir -p "$WORK"
./mvnw -q -B package -DskipTests
JAR=$(ls target/customer-codes-*.jar | head -1)
# The read benchmark (test scope) runs outside Maven; `mvnw test` leaves the app's jar alone, `package` would not.
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
BENCH_CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [[ ${BARE:-1} == 1 ]]; then
  ./mvnw -q -B -f bench/bare-camunda/pom.xml package -DskipTests
  ./mvnw -q -B -f bench/bare-camunda/pom.xml -Pstack package -DskipTests
fi

# Points db_args (and seed_env, for the seeder) at a fresh, empty database of the given name.
fresh_database() {
  if [[ $DB == postgres ]]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
    db_args=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$1"
             --spring.datasource.username=postgres --spring.datasource.password=)
    seed_env=(DB=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" DB_USER=postgres DB_PASSWORD=)
  else
    rm -f "$WORK/$1".*.db
    # The settings of the app's default URL (application.yaml), for every app booted here.
    db_args=(--spring.datasource.url="jdbc:h2:file:./$WORK/$1;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128")
    seed_env=(DB=h2 H2_FILE="./$WORK/$1")
  fi
}

database_size() {
  if [[ $DB == postgres ]]; then
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT pg_size_pretty(pg_database_size('$1'))"
  else
    du -h "$WORK/$1.mv.db" | cut -f1
  fi
}

APP=""
stop_app() {
  if [[ -n $APP ]]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=""
  fi
}
trap stop_app EXIT

# Starts a jar with db_args and waits for readiness. Sets APP, BOOT_MS (JVM start to readiness 200), RSS_MB (the
# JVM's resident memory then, from /proc) and RSS_GC_MB (the same after a full garbage collection).
start_app() {
  local jar=$1 log=$2
  shift 2
  local started
  started=$(date +%s%N)
  java -Xmx1g -jar "$jar" --server.port=$PORT "${db_args[@]}" "$@" --logging.level.root=WARN > "$log" 2>&1 &
  APP=$!
  local deadline=$((started + 300 * 1000000000))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health/readiness") == 200 ]]; do
    if ! kill -0 "$APP" 2>/dev/null || (($(date +%s%N) > deadline)); then
      tail -40 "$log"
      exit 1
    fi
    sleep 0.1
  done
  BOOT_MS=$((($(date +%s%N) - started) / 1000000))
  RSS_MB=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP/status")
  # What stays after a full collection (G1 gives the freed heap back): less dependent on when the last GC ran.
  jcmd "$APP" GC.run > /dev/null
  sleep 2
  RSS_GC_MB=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP/status")
}

fresh_database customer_codes_bench
start_app "$JAR" "$WORK/app.log" --customer-codes.base-url=http://localhost:$PORT
ours_empty=("$BOOT_MS" "$RSS_MB" "$RSS_GC_MB")

case "${ONLY:-all}" in
  lifecycle) tests=LifecycleBenchmark ;;
  complaints) tests=ComplaintIntakeBenchmark ;;
  *) tests=LifecycleBenchmark,ComplaintIntakeBenchmark ;;
esac
./mvnw -q -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.url="http://localhost:$PORT" -Dbench.db="$DB" -Dbench.codes="${CODES:-20}" -Dbench.threads="${THREADS:-4}" \
  -Dbench.points="${POINTS:-3}" -Dbench.pageReads="${PAGE_READS:-2000}" -Dbench.requests="${COMPLAINTS:-200}" \
  -Dbench.levels="${LEVELS:-1,2,4,8,16}" -Dbench.admin="${ADMIN:-demo}" -Dbench.adminPassword="${ADMIN_PASSWORD:-demo}"

stop_app
filled=$(database_size customer_codes_bench)
start_app "$JAR" "$WORK/app-restart.log" --customer-codes.base-url=http://localhost:$PORT
ours_filled=("$BOOT_MS" "$RSS_MB" "$RSS_GC_MB")
stop_app

if [[ ${LARGE:-1} == 1 ]]; then
  large_codes=${LARGE_CODES:-10000}
  large_complaints=${LARGE_COMPLAINTS:-1000000}
  env "${seed_env[@]}" CODES="$large_codes" COMPLAINTS="$large_complaints" scripts/seed.sh | tee "$WORK/seed.log"
  first_complaint=$(sed -n 's/^first-complaint-id=//p' "$WORK/seed.log")
  large=$(database_size customer_codes_bench)
  start_app "$JAR" "$WORK/app-large.log" --customer-codes.base-url=http://localhost:$PORT
  ours_large=("$BOOT_MS" "$RSS_MB" "$RSS_GC_MB")
  ./mvnw -q -B test -Dtest=LifecycleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.url="http://localhost:$PORT" -Dbench.db="$DB" -Dbench.phase=large -Dbench.seeded="$large_codes" \
    -Dbench.warmups="${LARGE_WARMUPS:-8}" -Dbench.codes="${LARGE_WALKS:-16}" -Dbench.points=1 -Dbench.pageReads=0 \
    -Dbench.threads="${THREADS:-4}" -Dbench.admin="${ADMIN:-demo}" -Dbench.adminPassword="${ADMIN_PASSWORD:-demo}"
  java -cp "$BENCH_CP" -Dbench.url="http://localhost:$PORT" -Dbench.codes="$large_codes" \
      -Dbench.complaints="$large_complaints" -Dbench.firstComplaint="${first_complaint:-1}" \
      -Dbench.threads="${READERS:-8}" -Dbench.seconds="${READ_SECONDS:-60}" -Dbench.warmup="${READ_WARMUP:-30}" \
      -Dbench.user="${ADMIN:-demo}" -Dbench.password="${ADMIN_PASSWORD:-demo}" -Dbench.report="$WORK/reads.md" \
      io.customercodes.bench.ReadBenchmark
  stop_app
fi

{
  [[ -f $WORK/report.md ]] || echo "# Customer Codes benchmark"
  echo
  echo "## Boot and memory ($DB)"
  echo
  echo "Boot: from starting the JVM (\`java -Xmx1g -jar\`) to \`/actuator/health/readiness\` answering 200, demo"
  echo "users and sample codes included (the default run). Memory: the JVM's resident set (VmRSS) at that moment,"
  echo "and again after a full garbage collection (\`jcmd GC.run\`; G1 returns the freed heap). The filled database"
  echo "is the one this run's walks wrote ($filled), booted again after them; the large one is the same database"
  echo "after seeding${large:+ ($large)}."
  echo
  echo "| app | boot, empty database | boot, filled | boot, large | RSS after boot, empty | after GC | RSS, filled | after GC | RSS, large | after GC |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| ours | ${ours_empty[0]} ms | ${ours_filled[0]} ms | ${ours_large[0]:-–} ms | ${ours_empty[1]} MB | ${ours_empty[2]} MB | ${ours_filled[1]} MB | ${ours_filled[2]} MB | ${ours_large[1]:-–} MB | ${ours_large[2]:-–} MB |"
} >> "$WORK/report.md"

# Boots a jar on a fresh database of the given name, stops it and drops the database; BOOTED=(boot ms, RSS MB, RSS
# after GC MB).
boot_on_fresh_database() {
  local database=$1 jar=$2 log=$3
  shift 3
  fresh_database "$database"
  start_app "$jar" "$log" "$@"
  BOOTED=("$BOOT_MS" "$RSS_MB" "$RSS_GC_MB")
  stop_app
  if [[ $DB == postgres ]]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE $database WITH (FORCE)"
  fi
}

# A row of an app booted on an empty database only: label, boot ms, RSS MB, RSS after GC MB.
empty_only_row() {
  echo "| $1 | $2 ms | – | – | $3 MB | $4 MB | – | – | – | – |"
}

# A row of the ratios of one app's empty-database figures to another's: label, then both apps' three figures.
ratio_row() {
  awk -v label="$1" -v ob="$2" -v om="$3" -v og="$4" -v bb="$5" -v bm="$6" -v bg="$7" \
    'BEGIN { printf "| %s | %.2f× | | | %.2f× | %.2f× | | | | |\n", label, ob / bb, om / bm, og / bg }'
}

# On an empty database, BOOTS times each, the apps in turn (a slow minute of the machine falls on all of them alike):
# ours without the demo users and sample codes, as the prod profile starts (the schema, the deployment and the
# start-up work of the app, none of the sample walk); the bare app; the bare app with the app's whole stack,
# migrations and deployment (none of its code). Each row gives the medians.
empty_apps=(nodemo)
if [[ ${BARE:-1} == 1 ]]; then
  empty_apps+=(bare stack)
fi
declare -A booted_runs
for ((round = 1; round <= ${BOOTS:-3}; round++)); do
  for app in "${empty_apps[@]}"; do
    case $app in
      nodemo) boot_on_fresh_database customer_codes_nodemo "$JAR" "$WORK/app-nodemo.log" \
        --customer-codes.demo.enabled=false ;;
      bare) boot_on_fresh_database bare_camunda_bench "$(ls bench/bare-camunda/target/bare-camunda-*.jar | head -1)" \
        "$WORK/bare-camunda.log" ;;
      stack) boot_on_fresh_database bare_camunda_stack_bench \
        "$(ls bench/bare-camunda/target/stack/bare-camunda-stack-*.jar | head -1)" "$WORK/bare-camunda-stack.log" ;;
    esac
    booted_runs[$app]+="${BOOTED[*]};"
  done
done

# The median of field $2 (1 boot ms, 2 RSS MB, 3 RSS after GC MB) over the boots of app $1.
median_of() {
  tr ';' '\n' <<< "${booted_runs[$1]}" | awk -v k="$2" 'NF { print $k }' | sort -n |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
medians() {
  BOOTED=("$(median_of "$1" 1)" "$(median_of "$1" 2)" "$(median_of "$1" 3)")
}
boots_of() {
  tr ';' '\n' <<< "${booted_runs[$1]}" | awk 'NF { printf "%s%.1f", (n++ ? ", " : ""), $1 / 1000 }'
}

medians nodemo
ours_nodemo=("${BOOTED[@]}")
empty_only_row "ours without demo data (\`customer-codes.demo.enabled=false\`)" "${ours_nodemo[@]}" >> "$WORK/report.md"

if [[ ${BARE:-1} == 1 ]]; then
  medians bare
  bare_empty=("${BOOTED[@]}")
  medians stack
  bare_stack=("${BOOTED[@]}")
  {
    empty_only_row "bare Camunda 7.24 (webapps, REST)" "${bare_empty[@]}"
    empty_only_row "bare Camunda 7.24 with our stack, migrations and deployment, none of our code" "${bare_stack[@]}"
    ratio_row "ratio ours / bare" "${ours_empty[@]}" "${bare_empty[@]}"
    ratio_row "ratio ours without demo data / bare" "${ours_nodemo[@]}" "${bare_empty[@]}"
    ratio_row "ratio bare with our stack / bare" "${bare_stack[@]}" "${bare_empty[@]}"
    ratio_row "ratio ours without demo data / bare with our stack" "${ours_nodemo[@]}" "${bare_stack[@]}"
    echo
    echo "The bare app boots only on an empty database: on ours its job executor would run our jobs without our code."
    echo "Each app booted ${BOOTS:-3} times on an empty database, the apps in turn; each row gives the medians."
    echo "Boots in seconds: ours without demo data $(boots_of nodemo); bare $(boots_of bare);"
    echo "bare with our stack $(boots_of stack)."
  } >> "$WORK/report.md"
else
  echo >> "$WORK/report.md"
  echo "Ours without demo data booted ${BOOTS:-3} times (median above): $(boots_of nodemo) s." >> "$WORK/report.md"
fi

for part in report-large.md reads.md; do
  if [[ -f $WORK/$part ]]; then { echo; cat "$WORK/$part"; } >> "$WORK/report.md"; fi
done
for report in "$WORK"/report.md "$WORK"/complaints.md; do
  if [[ -f $report ]]; then cat "$report"; fi
done
