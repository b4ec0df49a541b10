-- pgbench baseline: the one statement that books a session, against the same exclusion-constrained table.
-- A random bench therapist, room and half-hour start in the next 60 days; a taken slot inserts nothing.
\set t random(0, 19)
\set r random(0, 19)
\set slot random(0, 60 * 28 - 1)
insert into bookings (client_id, therapist_id, location_id, room_id, service_id, starts_at, ends_at, blocked)
select c.id, th.account_id, l.id, r.id, s.id, st, st + interval '60 minutes', tstzrange(st, st + interval '75 minutes')
from (select date_trunc('day', now()) + interval '7 hours' + (:slot / 28) * interval '1 day' + (:slot % 28) * interval '30 minutes' as st) x,
     (select id from accounts where email = 'bench-client@bench.test') c,
     (select account_id from therapists t join accounts a on a.id = t.account_id where a.email like 'bench-therapist%'
      order by account_id offset :t limit 1) th,
     (select id from locations where name = 'Bench Uptown') l,
     (select r.id from rooms r join locations l on l.id = r.location_id where l.name = 'Bench Uptown' order by r.id offset :r limit 1) r,
     (select id from services where consultation and active order by id limit 1) s
on conflict do nothing;
