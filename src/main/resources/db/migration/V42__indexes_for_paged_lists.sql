-- Indexes for the paged /api lists and the public list of codes (docs/query-plans.md shows the plans).
-- Portable between H2 and PostgreSQL. Each list's order ends with the id, so pages are stable; the index holds
-- the whole order, so a page is a range of the index, not a sort of the table.

-- /codes chooses the page's ids by title, key and id before it reads their rows: the index covers that choice.
create index ix_code_listing on code (title, code_key, id);
drop index ix_code_title;
-- The versions in a state with their code and id: counting the codes in force and matching them to promises of a
-- category read this index alone.
create index ix_code_version_listed on code_version (state, code_id, id);
drop index ix_code_version_state;
-- /api/codes/{key}/audit (and /decisions): the code's decisions as they were taken.
create index ix_decision_code_decided on decision_record (code_id, decided_at, id);
drop index ix_decision_code;
-- /api/codes/{key}/reviews: the code's reviews as they started.
-- (ix_review_code stays: H2 uses it for the foreign key to code.)
create index ix_review_code_started on code_review (code_id, started_at, id);
-- /api/codes/{key}/indicators/{id}/readings: an indicator's readings as they were measured and recorded.
create index ix_indicator_reading_measured on indicator_reading (indicator_id, measured_on, recorded_at, id);
drop index ix_indicator_reading_indicator;
