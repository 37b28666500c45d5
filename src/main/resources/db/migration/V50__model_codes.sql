-- Model codes of code sponsors, and codes adopted from them (issue 11). Portable between H2 and PostgreSQL.
-- Existing codes are an organization's own codes; nothing they hold changes.
alter table code add column kind varchar(20) default 'ORGANIZATION' not null;
alter table code add column adopted_model_id bigint references code (id);

-- The published model version an adopted code's version is based on, and why the adopter departs from it.
alter table code_version add column based_on_version_id bigint references code_version (id);
alter table code_version add column deviation_reasons varchar;

-- The model promise or indicator a copied one came from: complaint counts per model promise, and what changed.
alter table promise add column model_promise_id bigint references promise (id);
alter table performance_indicator add column model_indicator_id bigint references performance_indicator (id);

create index ix_code_adopted_model on code (adopted_model_id);
create index ix_version_based_on on code_version (based_on_version_id);
create index ix_promise_model_promise on promise (model_promise_id);
