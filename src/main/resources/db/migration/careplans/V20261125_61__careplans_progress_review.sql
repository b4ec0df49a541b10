-- Where an approved plan stands on the progress rules (O3-O5): on track, flagged for the therapist's review,
-- proposed to stop, or paused because the client got worse. The reason names its rule ids.
alter table care_plans
    add column progress        text not null default 'ON_TRACK'
        check (progress in ('ON_TRACK', 'REVIEW', 'STOP_PROPOSED', 'PAUSED')),
    add column progress_rules  text[] not null default '{}',
    add column progress_reason text check (length(progress_reason) <= 1000),
    add column progress_at     timestamptz;
