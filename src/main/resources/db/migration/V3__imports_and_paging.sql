-- Imports that never destroy acknowledged work, and listings that stay fast at any depth.
-- (V2 belongs to the plan model; nothing here depends on its columns.)

-- ---------------------------------------------------------------- plans
-- An import no longer deletes plans: it marks the published plan stale, with the reason.
alter table plan add column stale boolean not null default false;
alter table plan add column stale_reason text;

-- A shipment is never removed by a cascade: a plan leg now keeps its shipment from being deleted. The only path that
-- removes shipments (an import in replace mode, or one told unservable=archive) copies them and their plan legs into
-- the archive below first, then deletes the legs and the shipments explicitly.
-- (pinned_leg keeps its cascade: a pinned leg is part of the shipment row it belongs to and is archived with it.)
alter table plan_leg drop constraint if exists plan_leg_shipment_id_fkey;
alter table plan_leg
    add constraint plan_leg_shipment_id_fkey foreign key (shipment_id) references shipment (id) on delete restrict;

-- ---------------------------------------------------------------- archive of removed shipments
-- One row per import that removed shipments, keyed by the id of its audit event (IMPORT).
create table import_archive (
    event_id          bigint primary key references audit_event (id),
    archived_at       timestamp(6) with time zone not null,
    shipments         integer not null,
    restored_at       timestamp(6) with time zone,
    restored_event_id bigint references audit_event (id)
);

-- The shipments as they were stored, with their server ids (ids come from a sequence and are never reused, so a
-- restore can give each its id back).
create table archived_shipment (
    event_id     bigint not null references import_archive (event_id),
    id           bigint not null,
    nation       varchar(2) not null,
    reference    varchar(64) not null,
    origin       varchar(16) not null,
    destination  varchar(16) not null,
    cargo_class  varchar(16) not null,
    teu          integer not null,
    weight_tons  double precision not null,
    available_at timestamp(6) with time zone not null,
    due_at       timestamp(6) with time zone not null,
    priority     integer not null,
    status       varchar(16) not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    version      bigint not null,
    reason       text not null,
    primary key (event_id, id)
);

create table archived_pinned_leg (
    event_id    bigint not null,
    shipment_id bigint not null,
    seq         integer not null,
    lane_code   varchar(40) not null,
    departure   timestamp(6) with time zone not null,
    arrival     timestamp(6) with time zone not null,
    primary key (event_id, shipment_id, seq),
    foreign key (event_id, shipment_id) references archived_shipment (event_id, id)
);

-- No foreign key to plan: the archive must not depend on how plans are modelled.
create table archived_plan_leg (
    event_id    bigint not null,
    plan_id     bigint not null,
    shipment_id bigint not null,
    seq         integer not null,
    lane_code   varchar(40) not null,
    departure   timestamp(6) with time zone not null,
    arrival     timestamp(6) with time zone not null,
    primary key (event_id, plan_id, shipment_id, seq),
    foreign key (event_id, shipment_id) references archived_shipment (event_id, id)
);

-- ---------------------------------------------------------------- listing indexes
-- Listings are ordered by id and paged by seek (id > last id seen): each equality filter gets an index that ends in
-- id, so a page deep in the list reads only the rows it returns. They make the single-column indexes of V1 on
-- status, origin and destination redundant (each is a prefix of one below).
create index shipment_nation_id on shipment (nation, id);
create index shipment_status_id on shipment (status, id);
create index shipment_nation_status_id on shipment (nation, status, id);
create index shipment_origin_id on shipment (origin, id);
create index shipment_destination_id on shipment (destination, id);
create index shipment_cargo_class_id on shipment (cargo_class, id);
drop index shipment_status;
drop index shipment_origin;
drop index shipment_destination;
