-- Articles: the current state per article, every saved revision (kept), the slugs an article was known by
-- (old slugs answer with a 301), tags and uploaded images.

create table content_articles (
    id              bigint generated always as identity primary key,
    slug            text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120),
    title           text        not null check (length(btrim(title)) between 1 and 160),
    summary         text        not null check (length(btrim(summary)) between 1 and 400),
    body_md         text        not null check (length(body_md) <= 200000),
    author_name     text        not null check (length(btrim(author_name)) between 1 and 100),
    -- The lead image shown on the list and in Open Graph tags.
    image_path      text check (image_path ~ '^/'),
    image_alt       text check (length(image_alt) <= 300),
    image_caption   text check (length(image_caption) <= 300),
    -- Where the article points readers: technique slugs (therapies), product slugs (shop), service links.
    technique_slugs text[]      not null default '{}',
    product_slugs   text[]      not null default '{}',
    -- null: a draft; in the future: scheduled; unpublished_at set: taken down (drafts again until republished)
    published_at    timestamptz,
    unpublished_at  timestamptz,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    revision        integer     not null default 1 check (revision > 0),
    -- Weighted title > summary > body (issue 7); the body is Markdown source, good enough for matching.
    search          tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', body_md), 'C')) stored
);
create index content_articles_search on content_articles using gin (search);
create index content_articles_published on content_articles (published_at desc) where unpublished_at is null;

create table content_article_revisions (
    article_id   bigint      not null references content_articles (id) on delete cascade,
    revision     integer     not null,
    title        text        not null,
    summary      text        not null,
    body_md      text        not null,
    author_id    bigint references accounts (id) on delete set null,
    saved_at     timestamptz not null default now(),
    primary key (article_id, revision)
);

create table content_slug_redirects (
    old_slug    text   primary key,
    article_id  bigint not null references content_articles (id) on delete cascade
);

create table content_tags (
    slug  text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name  text not null check (length(btrim(name)) between 1 and 60)
);

create table content_article_tags (
    article_id  bigint not null references content_articles (id) on delete cascade,
    tag_slug    text   not null references content_tags (slug) on delete cascade,
    primary key (article_id, tag_slug)
);
create index content_article_tags_tag on content_article_tags (tag_slug);

-- Images uploaded by authors, served from /articles/images/{id}/{filename}.
create table content_images (
    id            bigint generated always as identity primary key,
    filename      text        not null check (filename ~ '^[A-Za-z0-9._-]{1,120}$'),
    content_type  text        not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/svg+xml')),
    bytes         bytea       not null,
    uploaded_by   bigint references accounts (id) on delete set null,
    uploaded_at   timestamptz not null default now()
);
