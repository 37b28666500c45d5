-- After the retention period a closed complaint keeps its facts (for statistics and reviews) but no longer
-- the complainant's name, contact details or status link.
alter table complaint add column personal_data_erased_at timestamp with time zone;
alter table complaint alter column complainant_name drop not null;
alter table complaint alter column status_token_hash drop not null;
alter table complaint drop constraint ck_complaint_contact;
alter table complaint add constraint ck_complaint_contact
    check (complainant_email is not null or complainant_phone is not null or personal_data_erased_at is not null);
