-- From which address a record was opened or changed (issue 5: who, what, which client, when, from which IP).
-- Null for what a job did, and for rows written before this column existed.
alter table audit_log add column ip inet;

-- The admin's search: newest first over everything, or by the start of an action (care-plan.%).
create index audit_log_at on audit_log (at desc);
create index audit_log_action on audit_log (action text_pattern_ops, at desc);
