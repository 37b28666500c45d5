-- Indexes for the queries behind public pages and /api lists with 10,000 codes and a million complaints
-- (docs/query-plans.md shows the plans). Portable between H2 and PostgreSQL.

-- /codes lists the codes in force by title and key, a page at a time.
create index ix_code_title on code (title, code_key);
create index ix_code_version_state on code_version (state, code_id);
-- /codes?category=...: the versions that make a promise of the category.
create index ix_promise_category on promise (category, version_id);
-- /api/codes/{key}/complaints pages through a code's complaints in a stable order (received, then id); the
-- statistics read them by code and date.
create index ix_complaint_code_received on complaint (code_id, received_at, id);
drop index ix_complaint_code;
-- The nightly erasure of personal data looks for complaints closed before the retention cutoff.
create index ix_complaint_closed on complaint (closed_at);
