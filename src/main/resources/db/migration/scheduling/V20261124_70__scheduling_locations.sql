-- Where the practice works. Every time at a location is computed and shown in its IANA time zone.
create table locations (
    id         bigint generated always as identity primary key,
    name       text        not null check (length(btrim(name)) between 2 and 100),
    address    text        not null check (length(btrim(address)) between 5 and 300),
    time_zone  text        not null check (time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$'),
    created_at timestamptz not null default now()
);
create unique index locations_name on locations (lower(name));

-- A treatment room at a location; a booking will hold a room as well as a therapist.
create table rooms (
    id          bigint generated always as identity primary key,
    location_id bigint      not null references locations (id),
    name        text        not null check (length(btrim(name)) between 1 and 60),
    active      boolean     not null default true,
    created_at  timestamptz not null default now()
);
create unique index rooms_name_per_location on rooms (location_id, lower(name));
