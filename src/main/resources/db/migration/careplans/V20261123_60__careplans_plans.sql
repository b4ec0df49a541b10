-- A client's care plan: proposed by the engine from a consultation, reviewed, maybe changed and approved by a
-- therapist. Only an approved plan drives booking. A newer consultation's plan supersedes the older one.
create table care_plans (
    id               bigint generated always as identity primary key,
    client_id        bigint      not null references accounts (id),
    consultation_id  bigint      not null unique references consultations (id),
    status           text        not null default 'PROPOSED' check (status in ('PROPOSED', 'APPROVED', 'SUPERSEDED')),
    current_version  int         not null default 1,
    -- The firmest pressure the rules allow this client; a therapist's change never goes above it.
    pressure_cap     int         not null check (pressure_cap between 1 and 5),
    -- The therapist who took the plan on (first change or approval); null while it waits in the practice's queue.
    therapist_id     bigint references accounts (id),
    approved_by      bigint references accounts (id),
    approved_at      timestamptz,
    created_at       timestamptz not null default now(),
    check ((status = 'APPROVED') = (approved_at is not null))
);

create unique index care_plans_one_open_per_client on care_plans (client_id) where status <> 'SUPERSEDED';
create index care_plans_queue on care_plans (status, created_at) where status = 'PROPOSED';

-- Every version of a plan, as the preview API's JSON; version 1 is the engine's (changed_by null).
create table care_plan_versions (
    plan_id    bigint      not null references care_plans (id),
    version    int         not null check (version > 0),
    plan       jsonb       not null,
    changed_by bigint references accounts (id),
    reason     text check (length(reason) <= 1000),
    created_at timestamptz not null default now(),
    primary key (plan_id, version),
    check ((version = 1) = (changed_by is null)),
    check (changed_by is null or length(btrim(reason)) > 0)
);

create function care_plan_versions_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'A care plan version cannot be changed or deleted' using errcode = 'P0001';
end;
$$;

create trigger care_plan_versions_immutable before update or delete on care_plan_versions
    for each row execute function care_plan_versions_are_immutable();
