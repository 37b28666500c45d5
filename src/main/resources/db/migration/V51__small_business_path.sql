-- The development path a code follows (processes/developmentPath.dmn decides it when the code is proposed).
-- Codes of earlier releases keep the path they had: top management approves, three weeks of consultation.
alter table code add column small_business boolean default false not null;
alter table code add column approver_groups varchar(200) default 'top-management' not null;
alter table code add column approval_declaration_required boolean default false not null;
alter table code add column consultation_deadline varchar(20) default 'P21D' not null;
-- The example the first draft starts from (code.ExampleDraft), if the start form chose one.
alter table code add column example_draft varchar(40);
