-- Every email is written here in the transaction of the action that caused it; a job delivers it over SMTP.
create table outbox_messages (
    id              bigint generated always as identity primary key,
    to_address      text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text,
    headers         jsonb       not null default '{}'::jsonb,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index outbox_messages_due on outbox_messages (next_attempt_at) where status = 'PENDING';
create index outbox_messages_to on outbox_messages (lower(to_address), id desc);
