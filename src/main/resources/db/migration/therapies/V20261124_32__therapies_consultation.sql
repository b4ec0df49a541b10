-- The first-visit consultation: any signed-in client may book it, whatever their screening says, because it is
-- where a therapist meets them, goes through their answers and decides with them what comes next.
alter table services add column consultation boolean not null default false;

-- A consultation and a treatment may share a technique and length ("Swedish, 60 minutes").
drop index services_one_active_per_technique_and_length;
create unique index services_one_active_per_technique_and_length on services (technique, minutes, consultation) where active;
