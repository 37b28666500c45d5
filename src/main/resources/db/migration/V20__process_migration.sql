-- Running process instances are moved onto the newest models at start-up (upgrade.ProcessMigration). Nodes
-- starting together on one database take the lock row in turn; the one that comes second finds the batches
-- the first started recorded here and does not start them again.
create table process_migration_lock (
    name varchar(64) primary key
);

insert into process_migration_lock (name) values ('process-migration');

create table process_migration (
    source_definition_id varchar(64) not null,
    target_definition_id varchar(64) not null,
    batch_id             varchar(64),
    migrated_instances   integer      not null,
    refused_instances    integer      not null,
    started_at           timestamp    not null,
    primary key (source_definition_id, target_definition_id)
);
