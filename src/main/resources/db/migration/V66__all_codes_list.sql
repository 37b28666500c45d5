-- The /api/codes list of those who see drafts: all codes by key. Its total joins the others in code_list_total
-- (kept by CodeRepository when it inserts a code; codes are never deleted), and the page is an index-only range of
-- this index: PostgreSQL read the rows behind uk_code_key for the ids (20 ms for page 50 cold) and counted the
-- whole table for each page.
insert into code_list_total (list_name, total) select 'ALL', count(*) from code;
create index ix_code_key_id on code (code_key, id);
