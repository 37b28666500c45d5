#!/usr/bin/env bash
# Fills a database with published codes and closed complaints for load tests (io.customercodes.bench.DatabaseSeeder,
# JDBC batches straight into the tables, no process engine). Stop the app first, seed, then start it again.
# Options via env: CODES (10000), COMPLAINTS (1000000), YEARS the complaints go back (3), PREFIX of the code keys
# (SEED); DB=h2 (default: the default run's file database ./data/customer-codes, or H2_FILE=path/without/.mv.db)
# or DB=postgres with DB_URL (jdbc:postgresql://...), DB_USER and DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${DB:-h2}" == postgres ]]; then
  url="${DB_URL:?DB=postgres needs DB_URL, e.g. jdbc:postgresql://127.0.0.1:5432/customer_codes}"
  [[ $url == *reWriteBatchedInserts* ]] || url="$url$([[ $url == *\?* ]] && echo '&' || echo '?')reWriteBatchedInserts=true"
  user="${DB_USER:-postgres}" password="${DB_PASSWORD:-}"
else
  # A bigger cache than the 16 MB default: the unique random status hashes otherwise thrash it.
  url="jdbc:h2:file:${H2_FILE:-./data/customer-codes};DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=${H2_CACHE_KB:-262144}"
  user=sa password=""
fi

./mvnw -q -B test-compile
classpath=target/seed.classpath
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
java -Xmx"${SEED_HEAP:-2g}" -cp "target/test-classes:target/classes:$(cat "$classpath")" \
  -Dseed.url="$url" -Dseed.user="$user" -Dseed.password="$password" -Dseed.codes="${CODES:-10000}" \
  -Dseed.complaints="${COMPLAINTS:-1000000}" -Dseed.years="${YEARS:-3}" -Dseed.prefix="${PREFIX:-SEED}" \
  io.customercodes.bench.DatabaseSeeder
