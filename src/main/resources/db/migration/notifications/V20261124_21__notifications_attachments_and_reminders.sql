-- Booking emails: attachments (a session's .ics), messages written now to be sent later (a reminder: its
-- next_attempt_at is when it is due), and a key by which a message not yet sent is withdrawn (the reminder of a
-- cancelled or moved booking), in the transaction of that cancellation.
alter table outbox_messages
    add column attachments  jsonb not null default '[]'::jsonb check (jsonb_typeof(attachments) = 'array'),
    add column cancel_key   text check (length(cancel_key) between 1 and 200),
    add column cancelled_at timestamptz;

alter table outbox_messages drop constraint outbox_messages_status_check;
alter table outbox_messages add constraint outbox_messages_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));
alter table outbox_messages add constraint outbox_messages_cancelled_when
    check ((status = 'CANCELLED') = (cancelled_at is not null));

create index outbox_messages_cancel_key on outbox_messages (cancel_key) where status = 'PENDING';
