#!/usr/bin/env bash
# EXPLAIN ANALYZE of the queries behind the public pages and /api lists on a seeded PostgreSQL database
# (scripts/seed.sh with DB=postgres), written as markdown to stdout. The SQL is what Hibernate sends for the
# repositories' queries (parameters filled in), one random seeded code at a time.
# Options via env: PGDATABASE (seed_bench), PGHOST (127.0.0.1), PGUSER (postgres), KEY (SEED-04711).
set -euo pipefail
export PGDATABASE="${PGDATABASE:-seed_bench}" PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
key="${KEY:-SEED-04711}"
code_id=$(psql -Atc "select id from code where code_key = '$key'")
version_id=$(psql -Atc "select id from code_version where code_id = $code_id and state = 'PUBLISHED'")
token_hash=$(psql -Atc "select status_token_hash from complaint where code_id = $code_id limit 1")
complaint_id=$(psql -Atc "select id from complaint where code_id = $code_id limit 1")
psql -qc "analyze" >/dev/null

explain() {
  printf '### %s\n\n```sql\n%s\n```\n\n```\n' "$1" "$2"
  psql -AtXc "explain (analyze, costs off, timing on, summary on) $2"
  printf '```\n\n'
}

list="select v.*, c.* from code_version v join code c on c.id = v.code_id where v.state = 'PUBLISHED'"
count="select count(v.id) from code_version v join code c on c.id = v.code_id where v.state = 'PUBLISHED'"
text="and (lower(c.title) like '%delivery%' or lower(c.organization) like '%delivery%'
  or lower(c.code_key) like '%delivery%')"
category="and exists (select p.id from promise p where p.version_id = v.id and p.category = 'RETURNS')"

echo "## Query plans on PostgreSQL ($(psql -Atc "select count(*) from code") codes, \
$(psql -Atc "select count(*) from complaint") complaints)"
echo
explain "/codes, page 200 (of 25)" "$list order by c.title, c.code_key offset 4975 limit 25"
explain "/codes: the count" "$count"
explain "/codes?q=delivery" "$list $text order by c.title, c.code_key offset 0 limit 25"
explain "/codes?q=delivery: the count" "$count $text"
explain "/codes?category=RETURNS&page=20" "$list $category order by c.title, c.code_key offset 475 limit 25"
explain "/codes?category=RETURNS: the count" "$count $category"
explain "/codes/{key}: the code" "select * from code where code_key = '$key'"
explain "/codes/{key}: its version in force" "select * from code_version where code_id = $code_id and state = 'PUBLISHED'"
explain "/codes/{key}: promises (provisions and indicators alike)" "select * from promise where version_id = $version_id"
explain "/codes/{key}/versions, /api/codes/{key}/versions" "select * from code_version where code_id = $code_id order by number"
explain "Complaint status page" "select * from complaint where status_token_hash = '$token_hash'"
explain "Complaint status page: the steps" "select * from complaint_step where complaint_id = $complaint_id"
explain "/api/codes?page=50 (who sees drafts)" "select * from code order by code_key offset 4900 limit 100"
explain "/api/codes?page=50 (everybody else)" "select c.* from code c where exists (select v.id from code_version v
  where v.code_id = c.id and v.state in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')) order by c.code_key offset 4900 limit 100"
explain "/api/codes/{key}/complaints?page=2&size=50" "select * from complaint where code_id = $code_id
  order by received_at, id offset 50 limit 50"
explain "/api/codes/{key}/complaints: the count" "select count(id) from complaint where code_id = $code_id"
explain "/api/codes/{key}/complaints/statistics" "select * from complaint where code_id = $code_id order by received_at"
explain "/api/codes/{key}/audit" "select * from decision_record where code_id = $code_id order by decided_at, id"
explain "Nightly erasure of personal data (not a page; an update in the app)" "select id from complaint
  where closed_at < now() - interval '6 years' and personal_data_erased_at is null"
