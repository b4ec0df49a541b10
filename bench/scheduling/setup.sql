-- Bench practice, added next to the demo data of a running app (psql into its embedded PostgreSQL):
-- one location (America/New_York, US-NY) with 20 rooms, 20 licensed therapists working every day 07:00-21:00,
-- and a client who books through the API. Run once per data directory.
insert into locations (name, address, time_zone, jurisdiction)
values ('Bench Uptown', '1 Bench Street, New York, NY', 'America/New_York', 'US-NY');

insert into rooms (location_id, name)
select l.id, 'Bench room ' || n from locations l, generate_series(1, 20) n where l.name = 'Bench Uptown';

insert into accounts (email, display_name, password_hash, roles, email_confirmed_at)
select 'bench-therapist' || n || '@bench.test', 'Bench Therapist ' || n, '{noop}unused', array ['THERAPIST'], now()
from generate_series(1, 20) n;

insert into accounts (email, display_name, password_hash, roles, email_confirmed_at)
values ('bench-client@bench.test', 'Bench Client', '{noop}bench-password', array ['CLIENT'], now());

insert into therapists (account_id, skills)
select id, '{}' from accounts where email like 'bench-therapist%';

insert into therapist_credentials (therapist_id, credential_type, title, issuing_authority, jurisdiction, licence_number,
                                   status, authorised_to_practise, expires_on)
select account_id, 'LICENCE', 'LMT', 'New York State Education Department', 'US-NY', 'BENCH-' || account_id, 'ACTIVE', true,
       current_date + 730
from therapists t join accounts a on a.id = t.account_id where a.email like 'bench-therapist%';

insert into working_hours (therapist_id, location_id, weekday, starts, ends)
select t.account_id, l.id, d, '07:00', '21:00'
from therapists t join accounts a on a.id = t.account_id, locations l, generate_series(1, 7) d
where a.email like 'bench-therapist%' and l.name = 'Bench Uptown';

-- the consultation service every client may book
select id as consultation_service from services where consultation and active order by id limit 1;
