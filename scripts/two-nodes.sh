#!/usr/bin/env bash
# The docker/compose.yaml topology without Docker: two prod nodes of the app on one PostgreSQL
# database, then TwoNodesClusterIT against both. Needs PostgreSQL on 127.0.0.1:5432 (user postgres).
# Usage: scripts/two-nodes.sh [--keep]   (--keep leaves both nodes running for a look in Cockpit)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=customer_codes_two_nodes
PORT_A=18081
PORT_B=18082
WORK=target/two-nodes
export CUSTOMER_CODES_ADMIN_USER=admin
CUSTOMER_CODES_ADMIN_PASSWORD="admin-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export CUSTOMER_CODES_ADMIN_PASSWORD
export CUSTOMER_CODES_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
export CUSTOMER_CODES_DB_USER=postgres
export CUSTOMER_CODES_DB_PASSWORD="db-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"   # trust auth: any will do
export SPRING_PROFILES_ACTIVE=prod

psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
./mvnw -q -B package -DskipTests
JAR=$(ls target/customer-codes-*.jar | grep -v original | head -1)
mkdir -p "$WORK"

pids=()
stop_nodes() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
[[ "${1:-}" == "--keep" ]] || trap stop_nodes EXIT

start_node() { # name port
  CUSTOMER_CODES_BASE_URL="http://localhost:$2" java -Xmx512m -jar "$JAR" --server.port="$2" \
    --camunda.bpm.generic-properties.properties.hostname="node-$1" > "$WORK/node-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$2/actuator/health/readiness" >/dev/null; then
      echo "node $1 up on port $2"; return 0
    fi
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "node $1 did not start; see $WORK/node-$1.log" >&2; tail -40 "$WORK/node-$1.log" >&2; exit 1
}

# One after the other, as compose does: the first node creates the schemas, the second finds them.
start_node a $PORT_A
start_node b $PORT_B

./mvnw -q -B test -Dtest=TwoNodesClusterIT -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcluster.nodes="http://localhost:$PORT_A,http://localhost:$PORT_B" \
  -Dcluster.admin.user="$CUSTOMER_CODES_ADMIN_USER" -Dcluster.admin.password="$CUSTOMER_CODES_ADMIN_PASSWORD"
echo "two nodes on one database: TwoNodesClusterIT passed (node logs in $WORK)"
