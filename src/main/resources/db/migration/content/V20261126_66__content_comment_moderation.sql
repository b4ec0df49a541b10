-- Comments: the database keeps replies one level deep and on their parent's article; moderation tabs by status.
-- The daily digest is claimed per day, so one node sends it; the comment form's stamp is signed with a key that
-- every node shares. One testimonial in play per client.

create function content_comments_one_level() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null and not exists (
            select 1 from content_comments p
            where p.id = new.parent_id and p.parent_id is null and p.article_id = new.article_id) then
        raise exception 'a reply answers a top-level comment on the same article' using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger content_comments_one_level before insert or update of parent_id, article_id on content_comments
    for each row execute function content_comments_one_level();

create index content_comments_status on content_comments (status, created_at desc);
create index content_comments_account on content_comments (account_id) where account_id is not null;
create index content_comments_any_email on content_comments (lower(email));

create table content_comment_digests (
    day      date        primary key,
    pending  integer     not null default 0 check (pending >= 0),
    sent_at  timestamptz not null default now()
);

create table content_form_keys (
    name    text  primary key,
    secret  bytea not null check (length(secret) >= 32)
);

create unique index content_testimonials_one_in_play on content_testimonials (account_id)
    where status in ('PENDING', 'APPROVED');
create index content_testimonials_status on content_testimonials (status, submitted_at);
