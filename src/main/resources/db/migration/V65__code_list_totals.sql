-- The totals the code lists show on every page: codes in force (/codes), codes in force that promise something of a
-- kind (/codes?category=C) and codes customers have seen (/api/codes for those who see no drafts). Counting them
-- read 1,000 to 10,000 index entries a page at 10,000 codes, a tenth of the CPU the read benchmark used; kept here
-- instead by CodeRepository.saveInForce and CodesInForceByCategory, in the transaction that changes the list.
create table code_list_total (
    list_name  varchar(60)  not null,
    total      bigint       not null,
    constraint pk_code_list_total primary key (list_name)
);
insert into code_list_total (list_name, total) select 'IN_FORCE', count(*) from code where in_force = true;
insert into code_list_total (list_name, total) select 'PUBLISHED_ONCE', count(*) from code where published_once = true;
-- Every kind of promise has its row, so that two publications never both insert one.
insert into code_list_total (list_name, total)
  select 'IN_FORCE_' || k.category, (select count(*) from code_in_force_category l where l.category = k.category)
  from (select 'DELIVERY' as category union all select 'RETURNS' union all select 'PERSONAL_INFORMATION'
        union all select 'ADVERTISING' union all select 'PRODUCT_ATTRIBUTES' union all select 'COMPLAINTS'
        union all select 'OTHER') k;

drop index ix_code_in_force_count;
