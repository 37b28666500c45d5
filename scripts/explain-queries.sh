#!/usr/bin/env bash
# EXPLAIN ANALYZE of the queries behind the public pages and /api lists on a seeded PostgreSQL database
# (scripts/seed.sh with DB=postgres), written as markdown to stdout. The SQL is what the repositories send
# (parameters filled in), one seeded code at a time. The queries are those of
# src/test/resources/postgres/hot-path-queries.sql, which HotPathPlansTest holds to index scans.
# Options via env: PGDATABASE (seed_bench), PGHOST (127.0.0.1), PGUSER (postgres), KEY (SEED-04711), TZ_NAME the
# organization's time zone (Europe/Berlin).
set -euo pipefail
QUERIES="$(dirname "$0")/../src/test/resources/postgres/hot-path-queries.sql"
export PGDATABASE="${PGDATABASE:-seed_bench}" PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
key="${KEY:-SEED-04711}"
code_id=$(psql -Atc "select id from code where code_key = '$key'")
version_id=$(psql -Atc "select id from code_version where code_id = $code_id and state = 'PUBLISHED'")
token_hash=$(psql -Atc "select status_token_hash from complaint where code_id = $code_id limit 1")
complaint_id=$(psql -Atc "select id from complaint where code_id = $code_id limit 1")
psql -qc "vacuum analyze" >/dev/null

explain() {
  printf '### %s\n\n```sql\n%s\n```\n\n```\n' "$1" "$2"
  psql -AtXc "explain (analyze, costs off, timing on, summary on) $2"
  printf '```\n\n'
}

indicator_id=$(psql -Atc "select min(id) from performance_indicator where version_id = $version_id")
tz="${TZ_NAME:-Europe/Berlin}"
page_ids=$(psql -Atc "select string_agg(id::text, ', ') from (select c.id from code c where c.in_force
  order by c.in_force, c.title, c.code_key, c.id offset 4975 limit 25) page")

echo "## Query plans on PostgreSQL ($(psql -Atc "select count(*) from code") codes, \
$(psql -Atc "select count(*) from complaint") complaints)"
echo
fill_in() {
  sed -e "s|\${key}|$key|g" -e "s|\${code_id}|$code_id|g" -e "s|\${version_id}|$version_id|g" \
    -e "s|\${indicator_id}|$indicator_id|g" -e "s|\${complaint_id}|$complaint_id|g" \
    -e "s|\${token_hash}|$token_hash|g" -e "s|\${page_ids}|$page_ids|g" -e "s|\${tz}|$tz|g"
}
# Each block of the file: a comment line with the title, then the statement; comment-only blocks are notes.
title="" sql=""
explain_block() {
  [[ -n $title && -n $sql ]] && explain "$title" "$(printf '%s' "$sql" | fill_in)"
  title="" sql=""
}
while IFS= read -r line || [[ -n $line ]]; do
  if [[ -z $line ]]; then
    explain_block
  elif [[ $line == --* ]]; then
    [[ -z $title && -z $sql ]] && title=${line#-- }
  else
    sql+="${sql:+$'\n'}$line"
  fi
done < "$QUERIES"
explain_block
