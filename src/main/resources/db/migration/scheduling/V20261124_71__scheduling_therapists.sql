-- Where the law lets a therapist practise is a jurisdiction (ISO 3166-2, e.g. US-IL, CA-ON): rule L1 matches a
-- therapist's credential to the location's. A location without one can't be booked until the admin sets it.
alter table locations add column jurisdiction text check (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$');

-- A therapist's profile at the practice; the person (name, email, sign-in) is their identity account.
create table therapists (
    account_id  bigint      primary key references accounts (id),
    bio         text        not null default '' check (length(bio) <= 2000),
    skills      text[]      not null default '{}'
        check (skills <@ array ['PRENATAL', 'DEEP_TISSUE', 'TRIGGER_POINT', 'MYOFASCIAL_RELEASE', 'LOMILOMI', 'ASHIATSU']),
    photo       bytea check (octet_length(photo) <= 2 * 1024 * 1024),
    photo_type  text check (photo_type in ('image/jpeg', 'image/png')),
    active      boolean     not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check ((photo is null) = (photo_type is null))
);

-- Clinical facts 8.7. Rule L1: bookable only while ACTIVE, authorised to practise, not expired on the session's
-- date, in the jurisdiction where the session takes place.
create table therapist_credentials (
    id                     bigint generated always as identity primary key,
    therapist_id           bigint      not null references therapists (account_id),
    credential_type        text        not null check (credential_type in
                               ('LICENCE', 'REGISTRATION', 'STATE_CERTIFICATION', 'BOARD_CERTIFICATION', 'CE_CERTIFICATE')),
    title                  text        not null check (length(btrim(title)) between 1 and 20),
    issuing_authority      text        not null check (length(btrim(issuing_authority)) between 2 and 120),
    jurisdiction           text        not null check (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    licence_number         text        not null check (length(btrim(licence_number)) between 1 and 40),
    status                 text        not null check (status in
                               ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'LAPSED_IN_GRACE')),
    authorised_to_practise boolean     not null,
    issued_on              date,
    expires_on             date        not null,
    last_verified_on       date,
    insurance_expires_on   date,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    check (issued_on is null or issued_on <= expires_on)
);
create unique index therapist_credentials_number on therapist_credentials (lower(issuing_authority), lower(licence_number));
create index therapist_credentials_therapist on therapist_credentials (therapist_id);

-- The weekly pattern: hours on a weekday (1 Monday … 7 Sunday, ISO) at a location, in that location's local
-- time, with an optional break inside them.
create table working_hours (
    id           bigint generated always as identity primary key,
    therapist_id bigint   not null references therapists (account_id),
    location_id  bigint   not null references locations (id),
    weekday      smallint not null check (weekday between 1 and 7),
    starts       time     not null,
    ends         time     not null,
    break_starts time,
    break_ends   time,
    check (starts < ends),
    check ((break_starts is null) = (break_ends is null)),
    check (break_starts is null or (starts < break_starts and break_starts < break_ends and break_ends < ends))
);
-- One pattern per weekday: a therapist is at one place at a time.
create extension if not exists btree_gist;
alter table working_hours add constraint working_hours_no_overlap
    exclude using gist (therapist_id with =, weekday with =, tsrange('2000-01-01'::date + starts, '2000-01-01'::date + ends) with &&);

-- A one-off change: on this date the therapist works these hours at this location instead of the weekly pattern.
create table working_days (
    id           bigint generated always as identity primary key,
    therapist_id bigint not null references therapists (account_id),
    location_id  bigint not null references locations (id),
    day          date   not null,
    starts       time   not null,
    ends         time   not null,
    check (starts < ends)
);
alter table working_days add constraint working_days_no_overlap
    exclude using gist (therapist_id with =, day with =, tsrange(day + starts, day + ends) with &&);

-- Time off (holiday, training, sick leave): nothing is offered during it, whatever the hours say.
create table time_off (
    id           bigint generated always as identity primary key,
    therapist_id bigint      not null references therapists (account_id),
    during       tstzrange   not null check (not isempty(during) and lower_inc(during) and not upper_inc(during)),
    reason       text        not null default '' check (length(reason) <= 200),
    created_at   timestamptz not null default now()
);
create index time_off_therapist on time_off using gist (therapist_id, during);

-- Booking rules per service; a service without a row uses the practice's defaults (SchedulingSettings).
create table booking_rules (
    service_id          bigint   primary key references services (id),
    buffer_before_min   smallint not null check (buffer_before_min between 0 and 120),
    buffer_after_min    smallint not null check (buffer_after_min between 0 and 120),
    min_notice_min      int      not null check (min_notice_min between 0 and 20160),
    horizon_days        smallint not null check (horizon_days between 1 and 365),
    cancel_window_hours smallint not null check (cancel_window_hours between 0 and 336)
);
