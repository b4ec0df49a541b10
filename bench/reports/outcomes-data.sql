-- Practice-outcome bench data, added next to the demo data of a running app (psql into its embedded PostgreSQL):
-- 40 therapists, each with a room of their own at one location, and 10,000 clients, each with a submitted
-- consultation, an approved plan and 10 weekly sessions: 100,000 bookings (about 3 % no-shows), a session
-- record with the pre-session pain for every session held, PSFS at sessions 1, 5 and 9, and an answered
-- check-in after 60 % of the sessions. Every session falls in the last 12 months, so the default report reads
-- all of them. Client c sees therapist c % 40; their k-th client (k = c / 40) starts k days after day 0, and
-- session j is at 08:00 + j hours, 7 j days later, so no therapist or room is booked twice. Run once per data directory.
\set ON_ERROR_STOP on
begin;

insert into locations (name, address, time_zone, jurisdiction)
values ('Bench Outcomes', '2 Bench Street, Chicago, IL', 'America/Chicago', 'US-IL');

insert into rooms (location_id, name)
select l.id, 'Outcome room ' || n from locations l, generate_series(0, 39) n where l.name = 'Bench Outcomes';

insert into accounts (email, display_name, password_hash, roles, email_confirmed_at)
select 'bench-outcome-therapist' || n || '@bench.test', 'Outcome Therapist ' || n, '{noop}unused', array ['THERAPIST'], now()
from generate_series(0, 39) n;

insert into therapists (account_id)
select id from accounts where email like 'bench-outcome-therapist%';

insert into accounts (email, display_name, password_hash, roles, email_confirmed_at)
select 'bench-outcome-client' || n || '@bench.test', 'Outcome Client ' || n, '{noop}unused', array ['CLIENT'], now()
from generate_series(0, 9999) n;

create temporary table bench_clients on commit drop as
select c.n, a.id as client_id, t.id as therapist_id, r.id as room_id, l.id as location_id,
       (current_date - 330 + (c.n / 40))::date as first_day,
       5 + (c.n % 4) as pain_start,
       (c.n * 7919) % 100 as luck
from generate_series(0, 9999) as c(n)
join accounts a on a.email = 'bench-outcome-client' || c.n || '@bench.test'
join accounts t on t.email = 'bench-outcome-therapist' || (c.n % 40) || '@bench.test'
join locations l on l.name = 'Bench Outcomes'
join rooms r on r.location_id = l.id and r.name = 'Outcome room ' || (c.n % 40);

insert into consultations (client_id, status, answers, submitted_at, created_at, screening_outcome)
select client_id, 'SUBMITTED',
       jsonb_build_object('painOnset', jsonb_build_array((first_day - 7 - (luck * 3))::text), 'painNow', jsonb_build_array(pain_start::text)),
       first_day - 7, first_day - 7, 'PROCEED'
from bench_clients;

insert into care_plans (client_id, consultation_id, status, pressure_cap, therapist_id, approved_by, approved_at)
select b.client_id, k.id, 'APPROVED', 3, b.therapist_id, b.therapist_id, b.first_day - 3
from bench_clients b join consultations k on k.client_id = b.client_id;

insert into care_plan_versions (plan_id, version, plan)
select p.id, 1, jsonb_build_object(
           'techniques', jsonb_build_array(jsonb_build_object('technique',
               (array ['SWEDISH', 'DEEP_TISSUE', 'TRIGGER_POINT', 'MYOFASCIAL_RELEASE', 'HIP_AND_GLUTE'])[1 + b.n % 5])),
           'sessionsPerWeek', 1, 'weeks', 8 + b.n % 5)
from care_plans p join bench_clients b on b.client_id = p.client_id;

insert into bookings (client_id, therapist_id, location_id, room_id, service_id, starts_at, ends_at, blocked, status,
                      no_show_marked_at)
select b.client_id, b.therapist_id, b.location_id, b.room_id, s.id, t.starts, t.starts + interval '1 hour',
       tstzrange(t.starts, t.starts + interval '1 hour'),
       case when (b.n + j) % 33 = 0 then 'NO_SHOW' else 'BOOKED' end,
       case when (b.n + j) % 33 = 0 then t.starts + interval '1 hour' end
from bench_clients b
cross join generate_series(0, 9) j
cross join lateral (select ((b.first_day + 7 * j) + make_interval(hours => 8 + j))::timestamp at time zone 'America/Chicago' as starts) t
cross join (select id from services where not consultation order by id limit 1) s;

-- pain falls 0-4 points over the plan, depending on the client's luck
insert into session_records (booking_id, client_id, therapist_id, pain_before, pain_after, techniques, pressure, signed_at, signed_by)
select bk.id, bk.client_id, bk.therapist_id,
       greatest(0, b.pain_start - (b.luck % 5) * s.j / 9),
       greatest(0, b.pain_start - (b.luck % 5) * s.j / 9 - 1),
       array [(array ['SWEDISH', 'DEEP_TISSUE', 'TRIGGER_POINT', 'MYOFASCIAL_RELEASE', 'HIP_AND_GLUTE'])[1 + b.n % 5]], 3,
       bk.ends_at + interval '2 hours', bk.therapist_id
from bookings bk
join bench_clients b on b.client_id = bk.client_id
cross join lateral (select ((bk.starts_at at time zone 'America/Chicago')::date - b.first_day) / 7 as j) s
where bk.status = 'BOOKED';

insert into psfs_scores (client_id, booking_id, measured_at, activities, ratings)
select bk.client_id, bk.id, bk.starts_at, array ['Sitting at my desk', 'Lifting my child'],
       array [least(10, 3 + (b.luck % 4) * s.j / 8), least(10, 4 + (b.luck % 3) * s.j / 8)]
from bookings bk
join bench_clients b on b.client_id = bk.client_id
cross join lateral (select ((bk.starts_at at time zone 'America/Chicago')::date - b.first_day) / 7 as j) s
where bk.status = 'BOOKED' and s.j in (0, 4, 8);

insert into check_ins (booking_id, client_id, token_hash, invited_at, expires_at, answered_at, soreness, soreness_hours,
                       bruising, headache, fatigue, leg_weakness, numbness, pain_worse, pain_today)
select bk.id, bk.client_id, md5(bk.id::text || 'bench'), bk.ends_at + interval '1 day', bk.ends_at + interval '8 days',
       bk.ends_at + interval '30 hours', bk.id % 6, (bk.id % 7) * 8, bk.id % 37 = 0, bk.id % 5 = 0, bk.id % 4 = 0,
       bk.id % 211 = 0, bk.id % 173 = 0, bk.id % 97 = 0, 3
from bookings bk
join bench_clients b on b.client_id = bk.client_id
where bk.status = 'BOOKED' and bk.id % 5 < 3;

commit;
analyze;
