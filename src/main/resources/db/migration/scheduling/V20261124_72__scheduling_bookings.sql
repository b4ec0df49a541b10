-- A booked session. The database, not the application, guarantees that nobody is booked twice: two exclusion
-- constraints refuse any overlap for the same therapist or the same room, buffers included, across any number
-- of app nodes. A HELD row (a waitlisted client's hold on a freed slot) blocks the slot like a booking until it
-- is confirmed or released; a cancelled booking blocks nothing.
create table bookings (
    id             bigint generated always as identity primary key,
    client_id      bigint      not null references accounts (id),
    therapist_id   bigint      not null references therapists (account_id),
    location_id    bigint      not null references locations (id),
    room_id        bigint      not null references rooms (id),
    service_id     bigint      not null references services (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    -- the session with the service's buffers before and after: what the therapist and the room are busy for
    blocked        tstzrange   not null,
    status         text        not null default 'BOOKED' check (status in ('HELD', 'BOOKED', 'CANCELLED', 'NO_SHOW')),
    series_id      uuid,
    held_until     timestamptz,
    created_at     timestamptz not null default now(),
    cancelled_at   timestamptz,
    cancelled_by   bigint references accounts (id),
    no_show_marked_by bigint references accounts (id),
    check (starts_at < ends_at),
    check (blocked @> tstzrange(starts_at, ends_at)),
    check ((status = 'HELD') = (held_until is not null)),
    check ((status = 'CANCELLED') = (cancelled_at is not null)),
    constraint bookings_therapist_free exclude using gist (therapist_id with =, blocked with &&) where (status <> 'CANCELLED'),
    constraint bookings_room_free exclude using gist (room_id with =, blocked with &&) where (status <> 'CANCELLED')
);
create index bookings_client on bookings (client_id, starts_at);
create index bookings_series on bookings (series_id) where series_id is not null;
create index bookings_location_time on bookings using gist (location_id, blocked) where status <> 'CANCELLED';
