-- Who looked at or changed which clinical record, and when. Rows are only ever added.
-- No foreign keys: the platform knows no business tables, and the trail must outlive what it points at.
create table audit_log (
    id        bigint generated always as identity primary key,
    at        timestamptz not null default now(),
    actor_id  bigint      not null,
    action    text        not null check (length(action) between 1 and 100),
    client_id bigint,
    subject   text        not null check (length(subject) between 1 and 200)
);
create index audit_log_client on audit_log (client_id, at desc);
create index audit_log_actor on audit_log (actor_id, at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit log is append-only' using errcode = 'P0001';
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each statement execute function audit_log_is_append_only();
