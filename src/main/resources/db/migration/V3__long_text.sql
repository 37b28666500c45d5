-- Text people write is bounded by the maxLength its Camunda Form declares (and the server enforces), not by
-- the column: a column narrower than the form made long text a 500. Derived text (decision comments with a
-- feedback digest, review data, mail bodies) has no natural bound at all. Portable between H2 and PostgreSQL.
alter table code alter column scope set data type varchar;
alter table code_version alter column objectives set data type varchar;
alter table code_version alter column complaints_analysis set data type varchar;
alter table code_version alter column customer_expectations set data type varchar;
alter table code_version alter column legal_requirements set data type varchar;
alter table code_version alter column procedures set data type varchar;
alter table code_version alter column communication_plan set data type varchar;
alter table code_version alter column resources set data type varchar;
alter table decision_record alter column comment set data type varchar;
alter table consultation_feedback alter column comments set data type varchar;
alter table version_implementation alter column accessibility_measures set data type varchar;
alter table personnel_briefing alter column notes set data type varchar;
alter table code_review alter column data_summary set data type varchar;
alter table code_review alter column evaluation set data type varchar;
alter table code_review alter column rationale set data type varchar;
alter table notification alter column body set data type varchar;
alter table notification alter column mailed_to set data type varchar;
