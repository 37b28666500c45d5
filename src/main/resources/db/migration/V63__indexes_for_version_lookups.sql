-- Rows looked up by their version on every task of a code's development, which PostgreSQL (unlike H2) does not index
-- for a foreign key by itself: the decisions on a version (the notes the draft, check and approval forms show), the
-- briefings of a version and the model updates a version took over. Without them each lookup read the whole table,
-- which grows with every code (20,000 decisions at 10,000 codes).
create index ix_decision_version on decision_record (version_id, decided_at, id);
create index ix_briefing_version on personnel_briefing (version_id);
create index ix_model_update_to_version on model_update (to_version_id);
