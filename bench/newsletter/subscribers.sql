-- 100,000 confirmed subscribers who are due their first digest.
insert into newsletter_subscribers (email, status, confirmed_at, interests)
select 'bench-' || n || '@bench.example', 'CONFIRMED', now() - interval '1 day', '{SELF_CARE,NEW_ARTICLES}'
from generate_series(1, 100000) n
on conflict do nothing;
