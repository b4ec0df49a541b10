-- A therapist records that a doctor, surgeon or midwife cleared a client whose screening blocked booking.
-- Like a signed consent, a clearance is a record of what happened: never changed, never deleted.
create table clearances (
    consultation_id bigint      primary key references consultations (id),
    client_id       bigint      not null references accounts (id),
    cleared_by      text        not null check (length(btrim(cleared_by)) between 2 and 200),
    cleared_on      date        not null,
    note            text check (length(note) <= 4000),
    letter          bytea,
    letter_name     text,
    letter_type     text check (letter_type in ('application/pdf', 'image/jpeg', 'image/png')),
    recorded_by     bigint      not null references accounts (id),
    recorded_at     timestamptz not null default now(),
    check (note is not null or letter is not null),
    check ((letter is null) = (letter_name is null) and (letter is null) = (letter_type is null))
);

create index clearances_client on clearances (client_id);

create trigger clearances_immutable before update or delete on clearances
    for each row execute function consents_are_immutable();
