-- When the admin marked a no-show, so that they can take it back the same day (and only then); who marked it
-- is no_show_marked_by. A session goes back to BOOKED with both cleared.
alter table bookings add column no_show_marked_at timestamptz;
update bookings set no_show_marked_at = ends_at where status = 'NO_SHOW';
update bookings set no_show_marked_by = null where status <> 'NO_SHOW';
alter table bookings add constraint bookings_no_show_marked check ((status = 'NO_SHOW') = (no_show_marked_at is not null)),
    add constraint bookings_no_show_marker check (status = 'NO_SHOW' or no_show_marked_by is null);
-- The admin's day and week lists of every therapist, cancelled sessions included.
create index bookings_starts on bookings (starts_at);
