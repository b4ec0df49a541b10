-- Product images the admin uploads, served at /shop/images/{id}/{filename}. A replaced image gets a new id, so
-- its address never changes meaning and browsers may cache it for good. 2 MB at most (the form says so).
create table shop_images (
    id           bigint generated always as identity primary key,
    filename     text        not null check (filename ~ '^[a-z0-9]+(-[a-z0-9]+)*\.(png|jpg|webp|svg)$'
                                             and length(filename) <= 80),
    media_type   text        not null check (media_type in ('image/png', 'image/jpeg', 'image/webp', 'image/svg+xml')),
    content      bytea       not null check (octet_length(content) between 1 and 2097152),
    uploaded_by  bigint references accounts (id) on delete set null,
    uploaded_at  timestamptz not null default now()
);
