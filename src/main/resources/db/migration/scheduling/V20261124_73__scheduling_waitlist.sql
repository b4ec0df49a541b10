-- Clients waiting for a time to open: first come, first served. When a booking is cancelled, the first matching
-- entry gets the freed slot as a HELD booking for a while (the hold); unconfirmed, it passes to the next one.
create table waitlist_entries (
    id           bigint generated always as identity primary key,
    client_id    bigint      not null references accounts (id),
    service_id   bigint      not null references services (id),
    therapist_id bigint references therapists (account_id),
    from_day     date        not null,
    to_day       date        not null,
    status       text        not null default 'WAITING' check (status in ('WAITING', 'OFFERED', 'BOOKED', 'WITHDRAWN')),
    booking_id   bigint references bookings (id),
    created_at   timestamptz not null default now(),
    check (from_day <= to_day and to_day - from_day <= 92),
    check (status <> 'OFFERED' or booking_id is not null)
);
create index waitlist_waiting on waitlist_entries (service_id, created_at) where status = 'WAITING';
create index waitlist_client on waitlist_entries (client_id);
-- holds that run out are released by a job
create index bookings_held on bookings (held_until) where status = 'HELD';
