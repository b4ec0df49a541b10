-- 100,000 confirmed subscribers, due their first digest, with a mix of interests (so digests carry articles, shop
-- picks and tips for every audience) and a consent record each.
insert into newsletter_subscribers (email, first_name, status, interests, confirmed_at, created_at)
select 'reader' || g || '@bench.backcare.test',
       case when g % 3 = 0 then null else 'Reader' || g end,
       'CONFIRMED',
       case g % 4 when 0 then '{SELF_CARE,NEW_ARTICLES}'::text[]
                  when 1 then '{DESK_WORK}'::text[]
                  when 2 then '{PREGNANCY,SHOP_OFFERS}'::text[]
                  else '{NEW_ARTICLES,SHOP_OFFERS,SELF_CARE}'::text[] end,
       now() - interval '10 days', now() - interval '10 days'
from generate_series(1, 100000) g
on conflict do nothing;
insert into newsletter_consents (subscriber_id, given_at, form, wording_version, ip, interests, confirmed_at)
select s.id, s.created_at, 'FOOTER', '2026-11-22', '192.0.2.1', s.interests, s.confirmed_at
from newsletter_subscribers s where s.email like '%@bench.backcare.test'
  and not exists (select 1 from newsletter_consents c where c.subscriber_id = s.id);
