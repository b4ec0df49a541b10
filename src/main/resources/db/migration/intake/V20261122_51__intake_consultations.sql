-- A client's consultation, saved step by step: the answers as they were posted (per field, a list of values).
create table consultations (
    id                 bigint generated always as identity primary key,
    client_id          bigint      not null references accounts (id),
    status             text        not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    answers            jsonb       not null default '{}'::jsonb,
    current_step       int         not null default 1 check (current_step between 1 and 5),
    screening_outcome  text check (screening_outcome in ('PROCEED', 'PROCEED_WITH_CAUTION', 'CLEARANCE_REQUIRED',
                                                         'REFER_BEFORE_TREATMENT', 'URGENT_SAME_DAY', 'EMERGENCY')),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    submitted_at       timestamptz,
    check ((status = 'SUBMITTED') = (submitted_at is not null))
);

-- One consultation in progress per client at a time.
create unique index consultations_one_draft_per_client on consultations (client_id) where status = 'DRAFT';
create index consultations_client on consultations (client_id, id desc);

create table consent_versions (
    version      int         primary key check (version > 0),
    text         text        not null check (length(text) > 0),
    published_at timestamptz not null default now()
);

-- A signed consent is a record of what someone agreed to: never changed, never deleted.
create table consents (
    id         bigint generated always as identity primary key,
    client_id  bigint      not null references accounts (id),
    version    int         not null references consent_versions (version),
    typed_name text        not null check (length(btrim(typed_name)) between 2 and 100),
    signed_at  timestamptz not null default now(),
    unique (client_id, version)
);

create function consents_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'A signed consent cannot be changed or deleted' using errcode = 'P0001';
end;
$$;

create trigger consents_immutable before update or delete on consents
    for each row execute function consents_are_immutable();

-- The practice is told once per consultation and outcome when an answer needs a doctor now or today.
create table practice_alerts (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultations (id),
    client_id       bigint      not null references accounts (id),
    rules           text[]      not null check (cardinality(rules) > 0),
    outcome         text        not null check (outcome in ('URGENT_SAME_DAY', 'EMERGENCY')),
    created_at      timestamptz not null default now(),
    acknowledged_at timestamptz,
    unique (consultation_id, outcome)
);

create index practice_alerts_open on practice_alerts (created_at) where acknowledged_at is null;

insert into consent_versions (version, text) values (1, $consent$What massage can and cannot do. Massage can ease pain and tension in the lower back for a while and help you relax and move more comfortably. It does not cure the cause of back pain, it is not a medical treatment, and it never replaces the advice of your doctor, midwife or physiotherapist.

Screening is not a diagnosis. The questions in this consultation look for signs that a doctor should see you first. Your answers help us keep you safe; they do not tell you what is wrong with your back.

Tell us about changes. Before every session, tell your therapist if anything has changed: new symptoms, new medicines, an operation, a pregnancy, or pain that is getting worse. You can stop a session at any time.

Your data. We keep your answers, your care plan and your session notes for your care, share them only with the therapists who treat you, and keep them as long as the law requires for health records.$consent$);
