-- The queries behind the public pages, the /api lists and the task forms, as our repositories send them, parameters filled in for one seeded code: ${key}, ${code_id}, ${version_id}, ${indicator_id},
-- ${complaint_id}, ${token_hash}, ${page_ids} (25 codes of the list), ${tz} (the organization's time zone).
-- scripts/explain-queries.sh explains them for docs/query-plans.md; HotPathPlansTest (PostgreSQL) fails when one
-- of them reads a whole table. One query per block: its title on a comment line, then the statement.

-- /codes, page 200 (of 25): the page's codes
select c.id from code c where c.in_force = true
  order by c.in_force, c.title, c.code_key, c.id offset 4975 limit 25

-- /codes, page 1
select c.id from code c where c.in_force = true
  order by c.in_force, c.title, c.code_key, c.id offset 0 limit 25

-- /codes: the versions in force of a page's codes
select * from code_version where code_id in (${page_ids}) and state = 'PUBLISHED'

-- /codes: the page's codes
select * from code where id in (${page_ids})

-- /codes: the page's codes' interested parties
select code_id, party from code_interested_party where code_id in (${page_ids}) order by code_id, position

-- /codes: the count (kept by the app, V65)
select total from code_list_total where list_name = 'IN_FORCE'

-- /codes?q=delivery
select c.id from code c where c.in_force = true and c.search_text like '%delivery%'
  order by c.in_force, c.title, c.code_key, c.id offset 0 limit 25

-- /codes?q=delivery: the count
select count(c.id) from code c where c.in_force = true and c.search_text like '%delivery%'

-- /codes?q=delivery&category=DELIVERY
select c.id from code c where c.in_force = true and exists (select 1 from promise p join code_version v
  on v.id = p.version_id where v.code_id = c.id and v.state = 'PUBLISHED' and p.category = 'DELIVERY')
  and c.search_text like '%delivery%' order by c.in_force, c.title, c.code_key, c.id offset 0 rows fetch next 25 rows only

-- /codes?q=delivery&category=DELIVERY: the count
select count(*) from code c where c.in_force = true and exists (select 1 from promise p join code_version v
  on v.id = p.version_id where v.code_id = c.id and v.state = 'PUBLISHED' and p.category = 'DELIVERY')
  and c.search_text like '%delivery%'

-- /codes?category=RETURNS&page=20
select code_id from code_in_force_category where category = 'RETURNS'
  order by title, code_key, code_id offset 475 rows fetch next 25 rows only

-- /codes?category=RETURNS: the count
select total from code_list_total where list_name = 'IN_FORCE_RETURNS'

-- /codes/{key}: the code
select * from code where code_key = '${key}'

-- /codes/{key}: its version in force
select * from code_version where code_id = ${code_id} and state = 'PUBLISHED'

-- /codes/{key}: promises, with the number of the model's promise each was copied from (provisions, indicators and
-- teams alike; a history page reads those of all its versions at once)
select p.version_id, p.id, p.position, p.category, p.text, p.model_promise_id, m.position + 1 as model_number
  from promise p left join promise m on m.id = p.model_promise_id
  where p.version_id in (${version_id}) order by p.version_id, p.position

-- /codes/{key}/versions
select * from code_version where code_id = ${code_id} order by number

-- A task's form: the decisions on its version (draft notes, earlier checks, verdict)
select * from decision_record where version_id = ${version_id} order by decided_at, id

-- Complaint status page
select * from complaint where status_token_hash = '${token_hash}'

-- Complaint status page: the steps
select * from complaint_step where complaint_id = ${complaint_id}

-- /api/codes?page=50 (who sees drafts)
select c.id from code c order by c.code_key, c.id offset 4900 limit 100

-- /api/codes (who sees drafts): the count (kept by the app, V66)
select total from code_list_total where list_name = 'ALL'

-- /api/codes?page=50 (everybody else)
select c.id from code c where c.published_once = true
  order by c.published_once, c.code_key, c.id offset 4900 limit 100

-- /api/codes (everybody else): the count
select total from code_list_total where list_name = 'PUBLISHED_ONCE'

-- /api/codes: the versions in force of a page's codes (then the codes and parties, as /codes reads them)
select * from code_version where code_id in (${page_ids}) and state = 'PUBLISHED'

-- /api/codes/{key}/versions?page=1
select * from code_version where code_id = ${code_id}
  and state in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN') order by number offset 0 limit 100

-- /api/codes/{key}/complaints?page=2&size=50
select * from complaint where code_id = ${code_id} order by received_at, id offset 50 limit 50

-- /api/codes/{key}/complaints: the count
select count(id) from complaint where code_id = ${code_id}

-- /api/codes/{key}/complaints/statistics (one grouped statement)
select promise_number, outcome, referral_outcome,
  count(*), coalesce(sum(case when in_scope = false then 1 else 0 end), 0),
  coalesce(sum(case when safety_issue then 1 else 0 end), 0), count(responded_at),
  coalesce(sum(case when cast(responded_at at time zone '${tz}' as date) <= response_due_on then 1 else 0 end), 0),
  coalesce(sum(case when cast(responded_at at time zone '${tz}' as date) > response_due_on
  or (responded_at is null and response_due_on < current_date and (in_scope is null or in_scope = true))
  then 1 else 0 end), 0), coalesce(sum(case when state <> 'CLOSED' then 1 else 0 end), 0), count(referred_at)
  from complaint where code_id = ${code_id} group by promise_number, outcome, referral_outcome

-- Complaints per month and promise (the charts of a code)
select promise_number, received_year, received_month,
  count(*) from (select promise_number, extract(year from received_at at time zone '${tz}') as received_year,
  extract(month from received_at at time zone '${tz}') as received_month from complaint where code_id = ${code_id}) received
  group by promise_number, received_year, received_month

-- /api/codes/{key}/audit?page=1
select * from decision_record where code_id = ${code_id} order by decided_at, id offset 0 limit 100

-- /api/codes/{key}/audit: the count
select count(id) from decision_record where code_id = ${code_id}

-- /api/codes/{key}/reviews?page=1
select * from code_review where code_id = ${code_id} order by started_at, id offset 0 limit 100

-- /api/codes/{key}/indicators/{id}/readings?page=1
select * from indicator_reading where indicator_id = ${indicator_id}
  order by measured_on, recorded_at, id offset 0 limit 100

-- /codes/{key}/satisfaction: a period
select count(*), avg(cast(score as double precision)) from satisfaction_answer
  where code_id = ${code_id} and answered_on >= current_date - 90 and answered_on < current_date

-- /codes/{key}/satisfaction: the latest comments
select answered_on, score, comment from satisfaction_answer where code_id = ${code_id}
  and answered_on >= current_date - 90 and answered_on < current_date and comment is not null
  order by answered_on desc, id desc fetch first 10 rows only

-- /codes/{key}/satisfaction: per month
select answered_year, answered_month, count(*), avg(cast(score as double precision)) from
  (select extract(year from answered_on) as answered_year, extract(month from answered_on) as answered_month, score
  from satisfaction_answer where code_id = ${code_id}) answered
  group by answered_year, answered_month order by answered_year, answered_month

-- A review's data: the last review of the code
select max(started_at) from code_review where code_id = ${code_id}

-- A review's data: complaints since the last review
select count(*), coalesce(sum(case when safety_issue then 1 else 0 end), 0) from complaint
  where code_id = ${code_id} and received_at >= now() - interval '90 days' and received_at < now() and in_scope = true

-- A complaint's reference: the last number of the code's year
select coalesce(max(number_in_year), 0) from complaint where code_id = ${code_id} and received_year = 2026

-- /api/complaints/{reference}
select * from complaint where reference = '${key}-2026-00001'

-- /api/models/{key}/adopters?page=1
select * from code where adopted_model_id = ${code_id} order by code_key limit 100 offset 0

-- /api/models/{key}/complaint-counts (complaints per model promise, across adopters)
select mp.id, count(c.id), count(distinct c.code_id) from complaint c
  join promise p on p.version_id = c.version_id and c.promise_number = p.position + 1
  join promise mp on mp.id = p.model_promise_id join code_version mv on mv.id = mp.version_id
  where mv.code_id = ${code_id} group by mp.id

-- Nightly erasure of personal data (not a page; an update in the app)
select id from complaint where closed_at < now() - interval '6 years' and personal_data_erased_at is null
