-- A therapist's answer when the progress rules flag a plan (O4 review or stop, O5 pause): continue, or change the
-- plan, with a note. The rules count sessions and read measurements only after the latest review, so the same
-- evidence does not flag the plan again. Only ever added: it is part of the clinical record.
create table progress_reviews (
    id          bigint generated always as identity primary key,
    plan_id     bigint      not null references care_plans (id),
    client_id   bigint      not null references accounts (id),
    reviewer_id bigint      not null references accounts (id),
    resolved    text        not null check (resolved in ('REVIEW', 'STOP_PROPOSED', 'PAUSED')),
    decision    text        not null check (decision in ('CONTINUE', 'CHANGE_PLAN')),
    note        text        not null check (length(btrim(note)) between 1 and 1000),
    sessions    int         not null check (sessions >= 0),
    reviewed_at timestamptz not null default now()
);
create index progress_reviews_plan on progress_reviews (plan_id, reviewed_at desc);

create function progress_reviews_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'A progress review cannot be changed or deleted' using errcode = 'P0001';
end;
$$;

create trigger progress_reviews_append_only before update or delete on progress_reviews
    for each statement execute function progress_reviews_are_append_only();
