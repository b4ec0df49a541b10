-- Reader comments with moderation, and client testimonials published only with consent and approval.

create table content_comments (
    id            bigint generated always as identity primary key,
    article_id    bigint      not null references content_articles (id) on delete cascade,
    -- One level of replies: a reply's parent is a top-level comment (enforced by the application and below).
    parent_id     bigint references content_comments (id) on delete cascade,
    author_name   text        not null check (length(btrim(author_name)) between 1 and 80),
    -- Never shown; lets an approved commenter's later comments appear at once.
    email         text        not null check (length(email) between 3 and 254),
    account_id    bigint references accounts (id) on delete set null,
    by_practice   boolean     not null default false,
    body          text        not null check (length(btrim(body)) between 1 and 3000),
    status        text        not null check (status in ('PENDING', 'APPROVED', 'SPAM', 'REMOVED')),
    ip            text,
    created_at    timestamptz not null default now(),
    moderated_at  timestamptz,
    moderated_by  bigint references accounts (id) on delete set null,
    check (parent_id is null or parent_id <> id)
);
create index content_comments_article on content_comments (article_id, created_at) where status = 'APPROVED';
create index content_comments_pending on content_comments (created_at) where status = 'PENDING';
create index content_comments_email on content_comments (lower(email)) where status = 'APPROVED';

create table content_testimonials (
    id                bigint generated always as identity primary key,
    account_id        bigint references accounts (id) on delete set null,
    body              text        not null check (length(btrim(body)) between 20 and 1500),
    -- How the client chose to be named: FULL_NAME, FIRST_NAME_INITIAL (Sam K.), or ANONYMOUS (A BackCare client).
    name_shown        text        not null check (name_shown in ('FULL_NAME', 'FIRST_NAME_INITIAL', 'ANONYMOUS')),
    display_name      text        not null check (length(btrim(display_name)) between 1 and 100),
    -- The consent the client gave, as worded when they gave it.
    consent_wording   text        not null check (length(btrim(consent_wording)) > 0),
    consent_version   text        not null,
    consented_at      timestamptz not null,
    status            text        not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    submitted_at      timestamptz not null default now(),
    decided_at        timestamptz,
    decided_by        bigint references accounts (id) on delete set null
);
create index content_testimonials_approved on content_testimonials (decided_at desc) where status = 'APPROVED';
