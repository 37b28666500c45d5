-- The public list of codes that promise something of a kind (/codes?category=C): one row per code in force and
-- category its version in force promises, in the list's order (title, key), kept by VersionLifecycle when a
-- version is published or leaves PUBLISHED. A page is then a range of this table's primary key and its count that
-- range alone; before, every code in force on the way to the page was probed for its promises.
create table code_in_force_category (
    category   varchar(30)   not null,
    title      varchar(200)  not null,
    code_key   varchar(40)   not null,
    code_id    bigint        not null,
    constraint pk_code_in_force_category primary key (category, title, code_key, code_id),
    constraint fk_code_in_force_category_code foreign key (code_id) references code (id)
);
create index ix_code_in_force_category_code on code_in_force_category (code_id);
insert into code_in_force_category (category, title, code_key, code_id)
  select distinct p.category, c.title, c.code_key, c.id
  from code c
  join code_version v on v.code_id = c.id and v.state = 'PUBLISHED'
  join promise p on p.version_id = v.id;
