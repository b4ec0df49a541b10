create table accounts (
    id                 bigint generated always as identity primary key,
    email              text        not null,
    display_name       text        not null check (length(display_name) between 1 and 100),
    password_hash      text,
    roles              text[]      not null check (roles <@ array ['CLIENT', 'THERAPIST', 'ADMIN'] and cardinality(roles) > 0),
    email_confirmed_at timestamptz,
    bio                text check (length(bio) <= 2000),
    demo               boolean     not null default false,
    created_at         timestamptz not null default now(),
    constraint accounts_email_is_lower_case check (email = lower(email))
);
create unique index accounts_email on accounts (email);

-- One-time links sent by email: confirm an address, reset a password, accept an invitation, set up the first admin.
-- Only a SHA-256 of the token is stored; the token itself exists only in the email (or the start-up log).
create table account_links (
    token_hash text primary key,
    purpose    text        not null check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'THERAPIST_INVITATION', 'FIRST_ADMIN')),
    account_id bigint references accounts (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    check (account_id is not null or purpose = 'FIRST_ADMIN')
);
create index account_links_account on account_links (account_id);

-- Personal access tokens for the JSON API, stored as SHA-256 hashes, revocable.
create table access_tokens (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references accounts (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_tokens_account on access_tokens (account_id);
