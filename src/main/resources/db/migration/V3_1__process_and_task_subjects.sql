-- What each process instance and each multi-instance task works on, recorded by the system when it creates
-- them and looked up by the engine's ids: never taken from process variables, which users can write.
create table process_subject (
    process_instance_id varchar(64) primary key,
    code_id             bigint      not null references code (id),
    version_id          bigint      references code_version (id),
    review_id           bigint      references code_review (id)
);

create table task_subject (
    task_id             varchar(64)  primary key,
    process_instance_id varchar(64)  not null,
    item                varchar(200) not null
);
