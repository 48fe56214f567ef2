-- A planner's most common filtered listing is the shipments of one status and one cargo class (what is still to plan
-- of VEHICLES, say). With only (status, id) and (cargo_class, id), PostgreSQL walks the many rows of one status to
-- find the few of the class; this index serves that listing in id order, a page deep in it as fast as the first.
create index shipment_status_cargo_class_id on shipment (status, cargo_class, id);
