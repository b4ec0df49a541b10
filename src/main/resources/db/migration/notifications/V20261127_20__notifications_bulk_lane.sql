-- Bulk mail (newsletter digests) travels in its own lane: throttled, and never ahead of a password reset or a
-- booking confirmation. A bulk message is leased to one sender at a time (claimed_until) and marked sent on its
-- own, so a sender stopped mid-batch leaves the rest for the next one. reference lets the module that wrote a
-- message learn what became of it.
alter table outbox_messages
    add column lane          text not null default 'TRANSACTIONAL' check (lane in ('TRANSACTIONAL', 'BULK')),
    add column reference     text check (length(reference) between 1 and 200),
    add column claimed_until timestamptz;

drop index outbox_messages_due;
create index outbox_messages_due on outbox_messages (next_attempt_at) where status = 'PENDING' and lane = 'TRANSACTIONAL';
create index outbox_messages_bulk_due on outbox_messages (id) where status = 'PENDING' and lane = 'BULK';
create unique index outbox_messages_reference on outbox_messages (reference);
