-- The technique catalogue (product content, seeded in V20261122_31) and the services booked from it.

create table techniques (
    code             text primary key check (code in ('SWEDISH', 'DEEP_TISSUE', 'TRIGGER_POINT', 'MYOFASCIAL_RELEASE',
                                                      'PRENATAL', 'LOMILOMI', 'ASHIATSU', 'HIP_AND_GLUTE')),
    slug             text     not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             text     not null check (length(btrim(name)) between 1 and 100),
    summary          text     not null check (length(btrim(summary)) between 1 and 300),
    what_it_is       text     not null check (length(btrim(what_it_is)) > 0),
    who_it_suits     text     not null check (length(btrim(who_it_suits)) > 0),
    -- 1 very light, 2 light, 3 moderate, 4 firm, 5 deep
    pressure_min     smallint not null check (pressure_min between 1 and 5),
    pressure_max     smallint not null check (pressure_max between 1 and 5),
    positions        text[]   not null check (cardinality(positions) > 0
                                  and positions <@ array ['PRONE', 'SUPINE', 'SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT', 'SEMI_RECLINED', 'SEATED']),
    positions_note   text     not null check (length(btrim(positions_note)) > 0),
    evidence         text     not null check (length(btrim(evidence)) > 0),
    sort_order       smallint not null unique,
    check (pressure_min <= pressure_max)
);

-- "Who should avoid it": one plain sentence each for clients, with the rule ids therapists look up
-- (clinical-facts.md §9: S gates, M modifiers, P plan rules).
create table technique_cautions (
    technique  text     not null references techniques (code) on delete cascade,
    sort_order smallint not null,
    advice     text     not null check (length(btrim(advice)) > 0),
    rules      text[]   not null default '{}'
        check (array_to_string(rules, ',') ~ '^([SMPOAL][0-9]+[a-z]?(,[SMPOAL][0-9]+[a-z]?)*)?$'),
    primary key (technique, sort_order)
);

create table services (
    id             bigint generated always as identity primary key,
    technique      text        not null references techniques (code),
    minutes        smallint    not null check (minutes in (30, 60, 90)),
    price_minor    bigint      not null check (price_minor > 0),
    currency       text        not null check (currency ~ '^[A-Z]{3}$'),
    required_skill text check (required_skill in ('PRENATAL', 'DEEP_TISSUE', 'TRIGGER_POINT', 'MYOFASCIAL_RELEASE',
                                                  'LOMILOMI', 'ASHIATSU')),
    active         boolean     not null default true,
    name           text        not null check (length(btrim(name)) between 1 and 100),
    description    text check (length(description) <= 500),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
-- A client picks "Swedish, 60 minutes" without having to choose between two prices.
create unique index services_one_active_per_technique_and_length on services (technique, minutes) where active;
create index services_technique on services (technique);
