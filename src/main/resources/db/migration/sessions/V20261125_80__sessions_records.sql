-- What happened at one booked session, written by its therapist (rules O1, M5). While unsigned it can change;
-- signing locks it for good: a trigger refuses any change or deletion of a signed row, so no code path, API or
-- concurrent request can alter a signed note. Later corrections are dated addenda.
create table session_records (
    booking_id    bigint      primary key references bookings (id),
    client_id     bigint      not null references accounts (id),
    therapist_id  bigint      not null references accounts (id),
    -- O1: pain before and after, 0-10
    pain_before   int check (pain_before between 0 and 10),
    pain_after    int check (pain_after between 0 and 10),
    -- O1: the red-flag re-screen; the flags (intake RedFlag names) the client reported today, empty when none
    rescreened_at timestamptz,
    new_flags     text[]      not null default '{}',
    -- set when a flag at the re-screen stopped the session: the screening outcome it routed to
    stopped       text check (stopped in ('EMERGENCY', 'URGENT_SAME_DAY', 'REFER_BEFORE_TREATMENT', 'CLEARANCE_REQUIRED')),
    techniques    text[]      not null default '{}',
    pressure      int check (pressure between 1 and 5),
    positions     text[]      not null default '{}',
    -- body chart regions treated, e.g. LOWER_BACK_LEFT
    areas         text[]      not null default '{}',
    -- client feedback per technique: [{"technique":"SWEDISH","pressure":"COMFORTABLE"|"TOO_MUCH","painDuring":false,"radiating":false}]
    feedback      jsonb       not null default '[]' check (jsonb_typeof(feedback) = 'array'),
    subjective    text check (length(subjective) <= 4000),
    objective     text check (length(objective) <= 4000),
    assessment    text check (length(assessment) <= 4000),
    plan          text check (length(plan) <= 4000),
    version       int         not null default 1,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    signed_at     timestamptz,
    signed_by     bigint references accounts (id),
    check ((signed_at is null) = (signed_by is null))
);
create index session_records_client on session_records (client_id);
create index session_records_unsigned on session_records (therapist_id, created_at) where signed_at is null;

create function session_records_signed_are_locked() returns trigger language plpgsql as $$
begin
    if old.signed_at is not null then
        raise exception 'A signed session note cannot be changed' using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger session_records_locked before update or delete on session_records
    for each row execute function session_records_signed_are_locked();

-- Dated corrections to a signed note: who, when, what. Only ever added.
create table session_addenda (
    id         bigint generated always as identity primary key,
    booking_id bigint      not null references session_records (booking_id),
    author_id  bigint      not null references accounts (id),
    text       text        not null check (length(btrim(text)) between 1 and 4000),
    created_at timestamptz not null default now()
);
create index session_addenda_booking on session_addenda (booking_id, created_at);

create function session_addenda_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'An addendum cannot be changed or deleted' using errcode = 'P0001';
end;
$$;

create trigger session_addenda_append_only before update or delete on session_addenda
    for each statement execute function session_addenda_are_append_only();

-- Patient-Specific Functional Scale (fact sheet 11.1): the client's own activities, rated 0-10, at baseline,
-- every few sessions and at the end. booking_id is the session it was taken at, null for one taken elsewhere.
create table psfs_scores (
    id          bigint generated always as identity primary key,
    client_id   bigint      not null references accounts (id),
    booking_id  bigint      references bookings (id),
    measured_at timestamptz not null default now(),
    activities  text[]      not null check (cardinality(activities) between 1 and 3),
    ratings     int[]       not null check (cardinality(ratings) = cardinality(activities)
                                            and 0 <= all (ratings) and 10 >= all (ratings)),
    unique (booking_id)
);
create index psfs_scores_client on psfs_scores (client_id, measured_at);

-- The check-in after a session (O6, O5): one per booked session, sent 24-48 h after it. The link's token is kept
-- only as its SHA-256; answering again updates the same row.
create table check_ins (
    booking_id     bigint      primary key references bookings (id),
    client_id      bigint      not null references accounts (id),
    token_hash     text        not null unique,
    invited_at     timestamptz not null default now(),
    expires_at     timestamptz not null,
    answered_at    timestamptz,
    soreness       int check (soreness between 0 and 10),
    soreness_hours int check (soreness_hours between 0 and 240),
    bruising       boolean,
    headache       boolean,
    fatigue        boolean,
    leg_weakness   boolean,
    numbness       boolean,
    pain_worse     boolean,
    anything_new   text check (length(anything_new) <= 2000),
    pain_today     int check (pain_today between 0 and 10),
    check (invited_at < expires_at),
    check (answered_at is null or (soreness is not null and soreness_hours is not null and pain_today is not null
                                   and bruising is not null and headache is not null and fatigue is not null
                                   and leg_weakness is not null and numbness is not null and pain_worse is not null))
);
create index check_ins_client on check_ins (client_id, invited_at);
