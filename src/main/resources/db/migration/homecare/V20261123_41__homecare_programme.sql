-- A client's home programme: the library items their approved care plan assigned, and the days they did them.
-- A new plan replaces the assigned set; ticks are history and stay when an item leaves the programme.

create table homecare_programme_items (
    client_id   bigint      not null references accounts (id),
    item_slug   text        not null references homecare_items (slug),
    -- the care plan that assigned it (care plans live in their own module, whose table may not exist yet)
    plan_id     bigint      not null,
    position    int         not null,
    assigned_at timestamptz not null,
    -- why the plan suggests it, in words shown to the client
    why         text check (length(btrim(why)) between 1 and 500),
    primary key (client_id, item_slug)
);

create table homecare_ticks (
    client_id bigint      not null references accounts (id),
    item_slug text        not null references homecare_items (slug),
    -- the day in the practice's time zone
    day       date        not null,
    ticked_at timestamptz not null,
    -- once per item and day, however often the button is pressed
    primary key (client_id, item_slug, day)
);

create index homecare_ticks_client_day on homecare_ticks (client_id, day);
