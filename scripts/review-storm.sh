#!/usr/bin/env bash
# Review storm: CODES (10000) published codes whose lifecycles wait at Timer_ReviewDue, all made due at one moment
# while two prod nodes of the app run on one PostgreSQL database (127.0.0.1:5432, user postgres); measures how long
# until every review has started, starts per second, and proves with SQL that each started exactly once and that
# nothing failed. Then the same storm on the bare Camunda app (bench/bare-camunda, two nodes, its own database): a
# plain process waiting at a timer, then a call activity with a user task. Writes target/review-storm/report.md
# (with storm.svg) and adds a row to target/review-storm/tuning.md, which collects every run's settings and figures.
#
# Options via env: CODES (10000); JOB_SETTINGS, the job executor settings of every node of both apps, as
# space-separated name=value: short names are camunda.bpm.job-execution.* (core-pool-size=4), names with a dot are
# passed as they are (camunda.bpm.generic-properties.properties.jobExecutorAcquireByDueDate=true), to both apps;
# empty: what application-prod.yaml sets, for both apps; LABEL of the run (JOB_SETTINGS or "app settings");
# BARE=0 skips the bare storm;
# FRESH=1 rebuilds the prepared databases (made once per CODES and per version of the processes and migrations,
# then copied for every run: preparing 10,000 codes takes minutes); PREPARE_ONLY=1 stops once they exist;
# SKIP_BUILD=1 uses the jars built last time;
# TIMEOUT seconds per storm (900).
set -euo pipefail
cd "$(dirname "$0")/.."

CODES=${CODES:-10000}
WORK=target/review-storm
TIMEOUT=${TIMEOUT:-900}
JOB_SETTINGS=${JOB_SETTINGS:-}
LABEL=${LABEL:-${JOB_SETTINGS:-app settings}}
PORT_A=18181
PORT_B=18182
pg() { psql -q -h 127.0.0.1 -U postgres -d postgres "$@"; }
exists() { [[ $(pg -tAc "SELECT count(*) FROM pg_database WHERE datname = '$1'") == 1 ]]; }

mkdir -p "$WORK"
rm -f "$WORK"/ours.* "$WORK"/bare.* "$WORK"/report.md "$WORK"/storm.svg
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  ./mvnw -q -B package -DskipTests
fi
JAR=$(ls target/customer-codes-*.jar | grep -v original | head -1)
if [[ ${BARE:-1} == 1 ]]; then
  [[ ${SKIP_BUILD:-0} == 1 ]] || ./mvnw -q -B -f bench/bare-camunda/pom.xml package -DskipTests
  BARE_JAR=$(ls bench/bare-camunda/target/bare-camunda-*.jar | grep -v original | head -1)
fi
# The tools run on the prod jar's own classes (through Spring Boot's PropertiesLauncher), so the engine they start
# deploys exactly what the nodes deploy; only the bench classes are added, not the test resources.
rm -rf "$WORK/tools" && mkdir -p "$WORK/tools/io/customercodes/bench"
for class in DatabaseSeeder ReviewStorm BareStormSetup StormFigures StormChecks LatencyChart Percentiles; do
  cp target/test-classes/io/customercodes/bench/"$class"*.class "$WORK/tools/io/customercodes/bench/"
done
tool() { # main class, then -D options
  local main=$1
  shift
  java -Xmx1g -cp "$JAR" -Dloader.path="$WORK/tools" -Dloader.main="io.customercodes.bench.$main" "$@" \
    org.springframework.boot.loader.launch.PropertiesLauncher
}

export CUSTOMER_CODES_ADMIN_USER=admin
CUSTOMER_CODES_ADMIN_PASSWORD="admin-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export CUSTOMER_CODES_ADMIN_PASSWORD
export CUSTOMER_CODES_DB_USER=postgres
export CUSTOMER_CODES_DB_PASSWORD="db-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"   # trust auth: any will do
export CUSTOMER_CODES_BASE_URL=http://localhost:$PORT_A

# Prepared databases are kept as templates, named after CODES and a hash of what shapes them.
shape=$(cat processes/* forms/* src/main/resources/db/migration/* src/test/java/io/customercodes/bench/{ReviewStormSetup,BareStormSetup,DatabaseSeeder}.java \
  | md5sum | cut -c1-8)
TEMPLATE_OURS="storm_ours_${CODES}_$shape"
TEMPLATE_BARE="storm_bare_${CODES}_$shape"
if [[ ${FRESH:-0} == 1 ]] || ! exists "$TEMPLATE_OURS"; then
  pg -c "DROP DATABASE IF EXISTS $TEMPLATE_OURS WITH (FORCE)" -c "DROP DATABASE IF EXISTS storm_preparing WITH (FORCE)" \
    -c "CREATE DATABASE storm_preparing"
  echo "Preparing $CODES codes waiting for their review (once per CODES and shape $shape)"
  (export CUSTOMER_CODES_DB_URL="jdbc:postgresql://127.0.0.1:5432/storm_preparing?reWriteBatchedInserts=true"
   tool ReviewStormSetup -Dstorm.codes="$CODES" -Dstorm.threads="${SETUP_THREADS:-4}")
  pg -c "ALTER DATABASE storm_preparing RENAME TO $TEMPLATE_OURS"
fi
if [[ ${BARE:-1} == 1 ]] && { [[ ${FRESH:-0} == 1 ]] || ! exists "$TEMPLATE_BARE"; }; then
  pg -c "DROP DATABASE IF EXISTS $TEMPLATE_BARE WITH (FORCE)" -c "DROP DATABASE IF EXISTS storm_preparing WITH (FORCE)" \
    -c "CREATE DATABASE storm_preparing"
  echo "Preparing $CODES bare instances waiting at their timer"
  tool BareStormSetup -Dstorm.url=jdbc:postgresql://127.0.0.1:5432/storm_preparing -Dstorm.codes="$CODES" \
    -Dstorm.threads="${SETUP_THREADS:-4}"
  pg -c "ALTER DATABASE storm_preparing RENAME TO $TEMPLATE_BARE"
fi

if [[ ${PREPARE_ONLY:-0} == 1 ]]; then echo "Prepared: $TEMPLATE_OURS ${BARE:+$TEMPLATE_BARE}"; exit 0; fi

# The bare app gets the settings ours runs with: JOB_SETTINGS, else those of application-prod.yaml.
APP_JOB_SETTINGS=$(awk '/^    job-execution:/ {f = 1; next} f && /^      [a-z-]+: / {sub(/^ +/, ""); sub(/: /, "=");
  printf "%s ", $0; next} f {f = 0}' src/main/resources/application-prod.yaml | xargs)
bare_job_args=()
argument() { if [[ ${1%%=*} == *.* ]]; then echo "--$1"; else echo "--camunda.bpm.job-execution.$1"; fi; }
for setting in ${JOB_SETTINGS:-$APP_JOB_SETTINGS}; do bare_job_args+=("$(argument "$setting")"); done
job_args=()
for setting in $JOB_SETTINGS; do job_args+=("$(argument "$setting")"); done

pids=()
stop_nodes() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap stop_nodes EXIT

wait_ready() { # port, log
  for _ in $(seq 1 400); do
    if curl -fs "http://localhost:$1/actuator/health/readiness" >/dev/null; then return 0; fi
    sleep 1
  done
  echo "no node ready on port $1; see $2" >&2; tail -40 "$2" >&2; exit 1
}

# kind, database, then the command line of a node without port and hostname
storm() {
  local kind=$1 db=$2
  shift 2
  pg -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db TEMPLATE $([[ $kind == ours ]] && echo "$TEMPLATE_OURS" || echo "$TEMPLATE_BARE")"
  # The database is filled already, so both nodes may start at once.
  for node in a b; do
    local port=$([[ $node == a ]] && echo $PORT_A || echo $PORT_B) settings
    if [[ $kind == ours ]]; then settings=("${job_args[@]}"); else settings=("${bare_job_args[@]}"); fi
    "$@" --server.port="$port" --camunda.bpm.generic-properties.properties.hostname="$kind-node-$node" \
      "${settings[@]}" > "$WORK/$kind-node-$node.log" 2>&1 &
    pids+=($!)
  done
  wait_ready $PORT_A "$WORK/$kind-node-a.log"
  wait_ready $PORT_B "$WORK/$kind-node-b.log"
  echo "$kind: two nodes up; making $CODES timers due"
  tool ReviewStormRun -Dstorm.kind="$kind" -Dstorm.url="jdbc:postgresql://127.0.0.1:5432/$db" -Dstorm.codes="$CODES" \
    -Dstorm.timeout="$TIMEOUT" -Dstorm.out="$WORK" -Dstorm.pids="$(IFS=,; echo "${pids[*]}")"
  stop_nodes
  for node in a b; do
    echo "$kind node $node: $(grep -c ' ERROR ' "$WORK/$kind-node-$node.log" || true) ERROR lines," \
      "$(grep -c 'OptimisticLockingException' "$WORK/$kind-node-$node.log" || true) optimistic locking lines in its log"
  done
}

storm ours storm_ours env SPRING_PROFILES_ACTIVE=prod \
  CUSTOMER_CODES_DB_URL="jdbc:postgresql://127.0.0.1:5432/storm_ours" java -Xmx512m -jar "$JAR"
if [[ ${BARE:-1} == 1 ]]; then
  storm bare storm_bare java -Xmx512m -jar "$BARE_JAR" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/storm_bare" --spring.datasource.username=postgres \
    --spring.datasource.password=
fi

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem/ {print $2}') GB memory, PostgreSQL $(pg -tAc 'SHOW server_version') on the same machine, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end of the run"
tool ReviewStormReport -Dstorm.out="$WORK" -Dstorm.label="$LABEL" \
  -Dstorm.settings="${JOB_SETTINGS:-$APP_JOB_SETTINGS (application-prod.yaml)}" -Dstorm.machine="$machine" \
  -Dstorm.command="CODES=$CODES${JOB_SETTINGS:+ JOB_SETTINGS=\"$JOB_SETTINGS\"} scripts/review-storm.sh"
echo "Report: $WORK/report.md; every run so far: $WORK/tuning.md"
