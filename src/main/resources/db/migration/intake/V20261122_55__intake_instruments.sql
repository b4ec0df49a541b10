-- Outcome instruments a practice loads under its own licence (RMDQ, STarT Back, ODI, ...; fact sheet 11.2).
-- NPRS and PSFS are built into the code and never stored here. The definition is the JSON of docs/instruments.md,
-- checked by the application; a new version of an instrument is a new row, and old rows stay so that scores
-- recorded with them can still be read.
create table instruments (
    id         bigint generated always as identity primary key,
    code       text        not null check (code ~ '^[A-Z][A-Z0-9_-]{1,19}$' and code not in ('NPRS', 'PSFS')),
    version    int         not null check (version between 1 and 1000000),
    name       text        not null check (length(btrim(name)) between 1 and 120),
    definition jsonb       not null check (jsonb_typeof(definition) = 'object'
                                           and definition ->> 'code' = code
                                           and (definition ->> 'version')::int = version),
    loaded_at  timestamptz not null default now(),
    loaded_by  text        not null check (length(btrim(loaded_by)) > 0),
    unique (code, version)
);
