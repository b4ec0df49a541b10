-- A secret address per person that calendar apps subscribe to: a client's own sessions, or the sessions a
-- therapist gives. Only the SHA-256 of the address's token is kept (like access tokens): a leaked backup shows
-- nobody's schedule. Revoking keeps the row, so a revoked address answers 404 for good.
create table calendar_feeds (
    id              bigint generated always as identity primary key,
    account_id      bigint      not null references accounts (id),
    audience        text        not null check (audience in ('CLIENT', 'THERAPIST')),
    token_hash      text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at      timestamptz not null default now(),
    last_fetched_at timestamptz,
    revoked_at      timestamptz
);
-- One live address per person and kind: a new one replaces the old.
create unique index calendar_feeds_live on calendar_feeds (account_id, audience) where revoked_at is null;
