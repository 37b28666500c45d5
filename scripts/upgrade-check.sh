#!/usr/bin/env bash
# Starts the previous release on a fresh data folder (the demo run: sample codes and complaints at many steps),
# stops it, starts this checkout on the same folder and checks that every running instance is on the newest
# version of its process and none was refused (README: "Upgrades, backup and restore").
# Usage: scripts/upgrade-check.sh [PREVIOUS_COMMIT]   (default: the last release kept as a fixture, 5b16d97)
set -euo pipefail
cd "$(dirname "$0")/.."

PREVIOUS=${1:-5b16d97}
PORT=18390
WORK=target/upgrade-check
rm -rf "$WORK" && mkdir -p "$WORK/previous" "$WORK/run"

git archive "$PREVIOUS" | tar -x -C "$WORK/previous"
(cd "$WORK/previous" && ./mvnw -q -B package -DskipTests)
./mvnw -q -B package -DskipTests
OLD_JAR=$(ls "$WORK"/previous/target/customer-codes-*.jar | grep -v original | head -1)
NEW_JAR=$(ls target/customer-codes-*.jar | grep -v original | head -1)

pid=
stop_app() { if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap stop_app EXIT

start_app() { # jar log
  (cd "$WORK/run" && exec java -Xmx512m -jar "$(realpath "../../../$1")" --server.port=$PORT) > "$WORK/$2" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "The app did not become ready; see $WORK/$2" >&2
  exit 1
}
rest() { curl -fs -u demo:demo "http://localhost:$PORT/engine-rest/$1"; }

start_app "$OLD_JAR" previous.log
echo "previous release $PREVIOUS: $(rest process-instance/count) running instances"
stop_app

start_app "$NEW_JAR" current.log
for _ in $(seq 1 120); do
  [[ "$(rest batch/count)" == '{"count":0}' ]] && break
  sleep 1
done
rest process-instance > "$WORK/instances.json"
rest "process-definition?latestVersion=true" > "$WORK/latest.json"
rest "incident?incidentType=processMigrationRefused" > "$WORK/refused.json"
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
latest = {d["id"] for d in json.load(open(f"{work}/latest.json"))}
instances = json.load(open(f"{work}/instances.json"))
refused = json.load(open(f"{work}/refused.json"))
old = [i for i in instances if i["definitionId"] not in latest]
print(f"this release: {len(instances)} running instances, {len(old)} on an older definition, "
      f"{len(refused)} refused")
for i in old:
    print(f"  still on {i['definitionId']}: {i['id']} ({i['businessKey']})")
sys.exit(1 if old else 0)
PY
