-- Newsletter subscribers (double opt-in), the consent each sign-up gave, the tip library, the send schedule and
-- send runs with one row per recipient, so a run can stop at any moment and go on where it was.

create table newsletter_subscribers (
    id                   bigint generated always as identity primary key,
    -- what links carry instead of the id: a counter would tell how many subscribers there are
    public_id            uuid        not null unique default gen_random_uuid(),
    email                text        not null check (length(email) between 3 and 254),
    first_name           text        check (length(first_name) between 1 and 60),
    status               text        not null default 'PENDING'
                         check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'BOUNCED')),
    -- what the subscriber chose (Interest codes); never derived from clinical records
    interests            text[]      not null default '{}',
    -- days between digests the subscriber chose; null follows the practice's schedule
    every_days           int         check (every_days between 1 and 60),
    -- the link in the confirmation email: only its SHA-256, valid until confirm_expires_at
    confirm_token_hash   text        unique,
    confirm_expires_at   timestamptz,
    confirmation_sent_at timestamptz,
    -- raising it voids every unsubscribe and preferences link sent so far
    link_version         int         not null default 1,
    created_at           timestamptz not null default now(),
    confirmed_at         timestamptz,
    unsubscribed_at      timestamptz,
    bounced_at           timestamptz,
    bounce_reason        text        check (length(bounce_reason) <= 500),
    last_digest_at       timestamptz
);
create unique index newsletter_subscribers_email on newsletter_subscribers (lower(email));
create index newsletter_subscribers_confirmed on newsletter_subscribers (id) where status = 'CONFIRMED';

-- One row per sign-up: proof of what the person agreed to, where and when, and when they confirmed it.
create table newsletter_consents (
    id              bigint generated always as identity primary key,
    subscriber_id   bigint      not null references newsletter_subscribers (id) on delete cascade,
    given_at        timestamptz not null default now(),
    form            text        not null check (form in ('FOOTER', 'ARTICLE', 'ACCOUNT', 'PAGE', 'API')),
    wording_version text        not null check (length(wording_version) between 1 and 40),
    ip              text        check (length(ip) <= 64),
    interests       text[]      not null default '{}',
    confirmed_at    timestamptz,
    withdrawn_at    timestamptz
);
create index newsletter_consents_subscriber on newsletter_consents (subscriber_id, id desc);

-- The tips a digest opens with, written for BackCare; audience null means every subscriber, otherwise the
-- Interest code a subscriber must have chosen.
create table newsletter_tips (
    id          bigint generated always as identity primary key,
    slug        text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text        not null check (length(title) between 1 and 120),
    body        text        not null check (length(body) between 1 and 2000),
    audience    text        check (audience in ('SELF_CARE', 'PREGNANCY', 'DESK_WORK')),
    -- the fact sheet rules the tip rests on, e.g. 'S4 M6'
    rule_ids    text        check (length(rule_ids) <= 60),
    position    int         not null,
    retired_at  timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- Which tips each subscriber has had, so the next digest brings one they have not seen.
create table newsletter_tips_sent (
    subscriber_id bigint      not null references newsletter_subscribers (id) on delete cascade,
    tip_id        bigint      not null references newsletter_tips (id) on delete cascade,
    sent_at       timestamptz not null default now(),
    primary key (subscriber_id, tip_id)
);

-- The practice's send schedule: one row.
create table newsletter_schedule (
    id          boolean     primary key default true check (id),
    every_days  int         not null default 3 check (every_days between 1 and 60),
    send_at     time        not null default '09:00',
    enabled     boolean     not null default true,
    updated_at  timestamptz not null default now(),
    updated_by  text
);
insert into newsletter_schedule default values;

-- The key unsubscribe and preferences links are signed with (HMAC-SHA256): 256 random bits made at install.
create table newsletter_link_key (
    id      boolean primary key default true check (id),
    secret  bytea   not null check (length(secret) = 32)
);
insert into newsletter_link_key (secret)
values (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

create table newsletter_runs (
    id           bigint generated always as identity primary key,
    -- the practice-zone day a scheduled run belongs to, so nodes racing to start it make one; null when by hand
    planned_for  date        unique,
    started_at   timestamptz not null default now(),
    started_by   text        not null check (length(started_by) between 1 and 200),
    status       text        not null default 'RUNNING' check (status in ('RUNNING', 'PAUSED', 'FINISHED')),
    recipients   int         not null default 0,
    paused_at    timestamptz,
    finished_at  timestamptz
);

-- PENDING: not written yet; QUEUED: in the outbox; SENT / FAILED: what delivery reported; SKIPPED: the
-- subscriber left or bounced before their digest was written.
create table newsletter_run_recipients (
    id            bigint generated always as identity primary key,
    run_id        bigint      not null references newsletter_runs (id) on delete cascade,
    subscriber_id bigint      not null references newsletter_subscribers (id) on delete cascade,
    status        text        not null default 'PENDING'
                  check (status in ('PENDING', 'QUEUED', 'SENT', 'FAILED', 'SKIPPED')),
    queued_at     timestamptz,
    finished_at   timestamptz,
    error         text        check (length(error) <= 2000),
    unique (run_id, subscriber_id)
);
create index newsletter_run_recipients_pending on newsletter_run_recipients (run_id, id) where status = 'PENDING';
create index newsletter_run_recipients_status on newsletter_run_recipients (run_id, status);
create index newsletter_run_recipients_subscriber on newsletter_run_recipients (subscriber_id);
