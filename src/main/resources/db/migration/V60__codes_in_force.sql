-- Whether a code has a version in force (PUBLISHED), kept on the code by CodeVersion.moveTo. The public list of
-- codes is then a range of one index in the list's order (ix_code_in_force_listing); before, each code on the way
-- to the page was probed in code_version, which on H2 cost most of a /codes page at 10,000 codes.
alter table code add column in_force boolean default false not null;
update code set in_force = true
  where exists (select 1 from code_version v where v.code_id = code.id and v.state = 'PUBLISHED');
create index ix_code_in_force_listing on code (in_force, title, code_key, id);
