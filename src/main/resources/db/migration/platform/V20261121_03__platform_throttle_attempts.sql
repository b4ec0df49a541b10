-- Attempts counted per key for rate limits (failed sign-ins, reset requests; later comments and subscriptions),
-- e.g. 'sign-in:ip:203.0.113.9'.
-- Kept in the database, not in memory, so every app node sees the same counts.
create table throttle_attempts (
    key          text        not null,
    attempted_at timestamptz not null default now()
);
create index throttle_attempts_key_time on throttle_attempts (key, attempted_at);
