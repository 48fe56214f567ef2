-- The live network, the rules between nations, the shipments of every nation, published plans and the audit trail.
-- One live network: a scenario import replaces it whole; scenario_meta holds the scenario's name, horizon and notes.
-- Every record two people may edit carries a version column (optimistic locking).

-- ---------------------------------------------------------------- scenario header
create table scenario_meta (
    id            integer primary key check (id = 1),
    name          text not null,
    horizon_start timestamp(6) with time zone not null,
    horizon_end   timestamp(6) with time zone not null,
    version       bigint not null,
    constraint scenario_meta_horizon check (horizon_end > horizon_start)
);

create table scenario_note (
    meta_id integer not null references scenario_meta (id) on delete cascade,
    seq     integer not null,
    text    text not null,
    primary key (meta_id, seq)
);

-- Nodes and lanes keep the order in which they were stored, so that an export lists them as they were imported.
create sequence network_position_seq;

-- ---------------------------------------------------------------- network
create table node (
    code                   varchar(16) primary key,
    name                   text not null,
    country                varchar(2) not null,
    kind                   varchar(20) not null,
    lat                    double precision not null,
    lon                    double precision not null,
    handling_hours         integer not null check (handling_hours >= 0),
    throughput_teu_per_day integer check (throughput_teu_per_day >= 0),
    note                   text,
    position               bigint not null default nextval('network_position_seq'),
    version                bigint not null
);

create table lane (
    code          varchar(40) primary key,
    from_node     varchar(16) not null references node (code),
    to_node       varchar(16) not null references node (code),
    mode          varchar(8) not null,
    transit_hours integer not null check (transit_hours >= 1),
    capacity_teu  integer not null check (capacity_teu >= 1),
    capacity_tons double precision check (capacity_tons > 0),
    cost_per_teu  integer not null check (cost_per_teu >= 0),
    schedule_kind varchar(8) not null,
    note          text,
    position      bigint not null default nextval('network_position_seq'),
    version       bigint not null,
    constraint lane_distinct_ends check (from_node <> to_node)
);
create index lane_from_node on lane (from_node);
create index lane_to_node on lane (to_node);

create table lane_transit (
    lane_code varchar(40) not null references lane (code) on delete cascade,
    seq       integer not null,
    country   varchar(2) not null,
    primary key (lane_code, seq)
);

-- One row per schedule entry, in the text form of the exchange format: 'HH:MM' (daily), 'MON HH:MM' (weekly) or an
-- instant (at), according to lane.schedule_kind.
create table lane_departure (
    lane_code varchar(40) not null references lane (code) on delete cascade,
    seq       integer not null,
    entry     varchar(24) not null,
    primary key (lane_code, seq)
);

-- ---------------------------------------------------------------- rules between nations
create sequence permission_seq increment by 50;
create table permission (
    id         bigint primary key,
    country    varchar(2) not null,
    valid_from timestamp(6) with time zone,
    valid_to   timestamp(6) with time zone,
    note       text,
    version    bigint not null,
    constraint permission_validity check (valid_from is null or valid_to is null or valid_to > valid_from)
);
create table permission_cargo_class (
    permission_id bigint not null references permission (id) on delete cascade,
    cargo_class   varchar(16) not null,
    primary key (permission_id, cargo_class)
);
-- No row in permission_mode (permission_nation) means every mode (every nation).
create table permission_mode (
    permission_id bigint not null references permission (id) on delete cascade,
    mode          varchar(8) not null,
    primary key (permission_id, mode)
);
create table permission_nation (
    permission_id bigint not null references permission (id) on delete cascade,
    nation        varchar(2) not null,
    primary key (permission_id, nation)
);

create sequence quota_seq increment by 50;
create table quota (
    id          bigint primary key,
    country     varchar(2) not null,
    period      varchar(8) not null,
    max_teu     integer not null check (max_teu >= 0),
    nation      varchar(2),
    cargo_class varchar(16),
    note        text,
    version     bigint not null
);

create sequence disruption_seq increment by 50;
create table disruption (
    id              bigint primary key,
    node_code       varchar(16) references node (code),
    lane_code       varchar(40) references lane (code),
    from_at         timestamp(6) with time zone not null,
    to_at           timestamp(6) with time zone not null,
    capacity_factor double precision not null check (capacity_factor >= 0 and capacity_factor <= 1),
    reason          text,
    version         bigint not null,
    constraint disruption_one_target check ((node_code is null) <> (lane_code is null)),
    constraint disruption_window check (to_at > from_at)
);
create index disruption_node on disruption (node_code);
create index disruption_lane on disruption (lane_code);

-- ---------------------------------------------------------------- shipments
-- Allocation of 500 ids per round trip: a bulk upload of 10,000 rows needs 20 sequence calls.
create sequence shipment_seq increment by 500;
create table shipment (
    id           bigint primary key,
    nation       varchar(2) not null,
    reference    varchar(64) not null,
    origin       varchar(16) not null references node (code),
    destination  varchar(16) not null references node (code),
    cargo_class  varchar(16) not null,
    teu          integer not null check (teu >= 1),
    weight_tons  double precision not null check (weight_tons > 0),
    available_at timestamp(6) with time zone not null,
    due_at       timestamp(6) with time zone not null,
    priority     integer not null check (priority between 1 and 5),
    status       varchar(16) not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    version      bigint not null,
    -- A nation's reference is unique within that nation: a retried submission can never store a second copy.
    constraint shipment_reference_unique unique (nation, reference),
    constraint shipment_distinct_ends check (origin <> destination)
);
create index shipment_status on shipment (status);
create index shipment_due_at on shipment (due_at);
create index shipment_origin on shipment (origin);
create index shipment_destination on shipment (destination);

-- Legs already booked or under way when the shipment was imported; an export gives them back.
create table pinned_leg (
    shipment_id bigint not null references shipment (id) on delete cascade,
    seq         integer not null,
    lane_code   varchar(40) not null references lane (code),
    departure   timestamp(6) with time zone not null,
    arrival     timestamp(6) with time zone not null,
    primary key (shipment_id, seq)
);
create index pinned_leg_lane on pinned_leg (lane_code);

-- ---------------------------------------------------------------- plans
create sequence plan_seq increment by 50;
create table plan (
    id            bigint primary key,
    scenario_name text not null,
    created_at    timestamp(6) with time zone not null,
    status        varchar(16) not null,
    score_hard    bigint not null,
    score_medium  bigint not null,
    score_soft    bigint not null,
    version       bigint not null
);
create index plan_status on plan (status, created_at);

-- A plan keeps the lane code of each leg as it was when planned (no foreign key: a plan is a record of the past).
create table plan_leg (
    plan_id     bigint not null references plan (id) on delete cascade,
    shipment_id bigint not null references shipment (id) on delete cascade,
    seq         integer not null,
    lane_code   varchar(40) not null,
    departure   timestamp(6) with time zone not null,
    arrival     timestamp(6) with time zone not null,
    primary key (plan_id, shipment_id, seq)
);
create index plan_leg_shipment on plan_leg (shipment_id);

-- ---------------------------------------------------------------- audit
create sequence audit_event_seq increment by 50;
create table audit_event (
    id        bigint primary key,
    at        timestamp(6) with time zone not null,
    subject   text not null,
    roles     text not null,
    action    varchar(40) not null,
    entity    varchar(40) not null,
    entity_id text,
    detail    text
);
create index audit_event_at on audit_event (at);
