-- Plans become versioned records of solve jobs: a plan is created when a solve or a replan starts, improves while the
-- solver runs (each new best solution saved in its own transaction), ends READY or FAILED, and at most one is
-- PUBLISHED. Each plan keeps the scenario it was solved on, so that it can be checked again later exactly.

-- Version numbers are assigned at creation and only grow (gaps are harmless: a rolled-back creation leaves one).
create sequence plan_version_seq;

alter table plan
    add column version_number        bigint,
    add column kind                  varchar(8) not null default 'SOLVE',
    add column parent_id             bigint references plan (id) on delete set null,
    add column failure_reason        text,
    add column kpis                  jsonb,
    add column solver_settings       jsonb,
    add column created_by            text not null default 'system',
    add column updated_at            timestamp(6) with time zone,
    add column published_at          timestamp(6) with time zone,
    add column solve_started_at      timestamp(6) with time zone,
    add column solve_ended_at        timestamp(6) with time zone,
    -- the instant the scenario snapshot was read: changes to shipments after it are not in the plan
    add column snapshot_at           timestamp(6) with time zone,
    -- a replan's "now" and freeze window: legs departing before now + freeze were kept as pinned legs
    add column replan_now            timestamp(6) with time zone,
    add column freeze_window_seconds bigint check (freeze_window_seconds >= 0),
    add column shipment_count        integer,
    -- the scenario in the exchange format (gzip), pinned legs of a replan included
    add column scenario_snapshot     bytea;

update plan set version_number = nextval('plan_version_seq'), updated_at = created_at where version_number is null;
alter table plan
    alter column version_number set default nextval('plan_version_seq'),
    alter column version_number set not null,
    alter column updated_at set default now(),
    alter column updated_at set not null,
    -- a plan has no score before the solver's first solution
    alter column score_hard drop not null,
    alter column score_medium drop not null,
    alter column score_soft drop not null,
    add constraint plan_version_number_unique unique (version_number),
    add constraint plan_status_known
        check (status in ('DRAFT', 'SOLVING', 'READY', 'PUBLISHED', 'SUPERSEDED', 'FAILED')),
    add constraint plan_kind_known check (kind in ('SOLVE', 'REPLAN')),
    add constraint plan_failure_reason check (status <> 'FAILED' or failure_reason is not null);

-- At most one plan is the published one.
create unique index plan_one_published on plan (status) where status = 'PUBLISHED';
create index plan_version_number on plan (version_number desc);

-- One row per shipment of the plan's scenario, planned or not (an unplanned shipment has no plan_leg rows).
create table plan_assignment (
    plan_id           bigint not null references plan (id) on delete cascade,
    shipment_id       bigint not null references shipment (id) on delete cascade,
    position          integer not null,
    exchange_id       varchar(80) not null,
    nation            varchar(2) not null,
    delivered         boolean not null,
    eta               timestamp(6) with time zone,
    late_hours        bigint not null,
    weighted_lateness bigint not null,
    cost_usd          bigint not null,
    primary key (plan_id, shipment_id)
);
create index plan_assignment_nation on plan_assignment (plan_id, nation, position);
create index plan_assignment_shipment on plan_assignment (shipment_id);

-- The best score over time of each plan's solve.
create table plan_progress (
    plan_id      bigint not null references plan (id) on delete cascade,
    seq          integer not null,
    at           timestamp(6) with time zone not null,
    elapsed_ms   bigint not null,
    score_hard   bigint not null,
    score_medium bigint not null,
    score_soft   bigint not null,
    primary key (plan_id, seq)
);

-- A shipment amended or cancelled while a published plan carries it needs a replan; the next publish of a plan made
-- after the change clears the flag. amended_at is the last change by its nation (status moves do not count).
alter table shipment
    add column needs_replan boolean not null default false,
    add column amended_at   timestamp(6) with time zone;
