-- What-ifs: a planner copies the live network, rules and shipments into a named scenario document, changes it (closes
-- nodes or lanes, cuts lanes, adds quotas and shipments) and solves it beside the live data, which it never touches.
-- Its plans are ordinary plan versions of kind WHAT_IF, which can never be published.
create sequence what_if_seq;

create table what_if (
    id               bigint primary key default nextval('what_if_seq'),
    name             varchar(120) not null,
    description      text,
    -- the changes as asked, in the JSON of the request (closures, cutLanes, quotas, shipments)
    changes          jsonb not null,
    -- the changed scenario in the exchange format (gzip): what its solves read
    scenario         bytea not null,
    -- the server id of each shipment of that scenario, in its order; the shipments a what-if adds have none of their
    -- own and get -1, -2, ... (in its plans' assignments too)
    shipment_ids     bigint[] not null,
    scenario_name    text not null,
    node_count       integer not null,
    lane_count       integer not null,
    disruption_count integer not null,
    quota_count      integer not null,
    shipment_count   integer not null,
    created_by       text not null,
    created_at       timestamp(6) with time zone not null,
    -- when the live scenario it copies was read
    base_snapshot_at timestamp(6) with time zone not null,
    constraint what_if_name_unique unique (name)
);

-- A what-if's plans go with it.
alter table plan
    add column what_if_id bigint references what_if (id) on delete cascade;
create index plan_what_if on plan (what_if_id, version_number desc) where what_if_id is not null;

alter table plan drop constraint plan_kind_known;
alter table plan
    add constraint plan_kind_known check (kind in ('SOLVE', 'REPLAN', 'WHAT_IF')),
    -- only a what-if plan belongs to a what-if, and it is never the published plan
    add constraint plan_what_if_kind check (what_if_id is null or kind = 'WHAT_IF'),
    add constraint plan_what_if_unpublished check (kind <> 'WHAT_IF' or status not in ('PUBLISHED', 'SUPERSEDED'));

-- A plan is a record: the shipments of a what-if plan may be the what-if's own, which live nowhere else, so plan rows
-- no longer require a live shipment (imports delete plans before shipments, and nothing else deletes shipments).
alter table plan_assignment drop constraint if exists plan_assignment_shipment_id_fkey;
alter table plan_leg drop constraint if exists plan_leg_shipment_id_fkey;
