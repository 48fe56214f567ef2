#!/usr/bin/env bash
# API load benchmark against the real PostgreSQL, beside the raw ceiling of the same database.
#   bench/api-load.sh
# Environment: PGHOST=127.0.0.1 PGUSER=postgres LOAD_DB=transit_planner_load (a scratch database, dropped and made anew),
#   PORT=18080 SECONDS_SINGLE=20 BULK_ROWS=10000 SECONDS_READ=15 CLIENTS="8 32" SERVICE_OPTS= (JVM flags of the
#   service, e.g. a flight recording) KEEP_DB= (keep the scratch database for inspection)
# Steps: the packaged jar on the scratch database (prod profile, the committed dev signing key); the NDN network
#   loaded; single submissions with each CLIENTS count (bench/ApiLoad.java, closed loop, unique references), one
#   bulk upload of BULK_ROWS, reads of single shipments and of shipment pages; the check that the database holds
#   exactly the acknowledged shipments; then pgbench with a script doing the same insert + commit at the same
#   concurrency into a copy of the shipment table, and a raw COPY of BULK_ROWS rows, so that every figure is also a
#   ratio to what the database alone does. Writes target/bench/api-load.md and api-load.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
db=${LOAD_DB:-transit_planner_load}
port=${PORT:-18080}
single_s=${SECONDS_SINGLE:-20}
rows=${BULK_ROWS:-10000}
read_s=${SECONDS_READ:-15}
clients=${CLIENTS:-8 32}
app=${APP_DIR:-target/quarkus-app}
jar=$app/quarkus-run.jar
[[ -f $jar ]] || ./mvnw -B -q package -DskipTests
out=target/bench
raw=$out/api-load
rm -rf "$raw" && mkdir -p "$raw"
psql -q -d postgres -c "drop database if exists $db" -c "create database $db"
base=http://127.0.0.1:$port
if curl -s -o /dev/null --max-time 2 "$base/q/health/live"; then
    echo "port $port already answers: another service runs there; set PORT to a free one" >&2
    exit 2
fi
DB_URL="jdbc:postgresql://$PGHOST:5432/$db" DB_USER=$PGUSER DB_PASSWORD=${PGPASSWORD:-} \
JWT_PUBLIC_KEY_LOCATION=dev/publicKey.pem JWT_ISSUER=https://transit-planner.dev \
    java -Xmx1g ${SERVICE_OPTS:-} -Dquarkus.http.port="$port" -jar "$jar" >"$raw/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
admin=$(java -jar "$jar" token --role admin)
officer=$(java -jar "$jar" token --role officer --nation GB)
curl -sf -X POST "$base/api/scenario/default" -H "Authorization: Bearer $admin" >/dev/null
drive() { java -cp bench bench/ApiLoad.java "$@"; }
results=$raw/results.txt
: >"$results"
for c in $clients; do
    drive single "$base" "$officer" "$c" "$single_s" "LOAD-C$c-" "$raw/acked-single-$c.txt" | tee -a "$results"
done
drive bulk "$base" "$officer" "$rows" "BULK-" "$raw/acked-bulk.txt" | tee -a "$results"
ids=$(psql -At -d "$db" -c "select string_agg('/api/shipments/' || id, ',') from (select id from shipment where nation = 'GB' order by id limit 200) s")
for c in $clients; do
    drive read "$base" "$officer" "$c" "$read_s" "$ids" | sed 's/^read/read-one/' | tee -a "$results"
    drive read "$base" "$officer" "$c" "$read_s" "/api/shipments?size=50&page=3,/api/shipments?status=SUBMITTED&size=50" \
        | sed 's/^read/read-page/' | tee -a "$results"
done
# what the database holds against what was acknowledged: the same references, each once
cat "$raw"/acked-*.txt | sort >"$raw/acked.sorted"
psql -At -d "$db" -c "select reference from shipment where nation = 'GB' and (reference like 'LOAD-%' or reference like 'BULK-%')" \
    | sort >"$raw/stored.sorted"
acked=$(wc -l <"$raw/acked.sorted")
stored=$(wc -l <"$raw/stored.sorted")
if cmp -s "$raw/acked.sorted" "$raw/stored.sorted"; then same=yes; else same=no; fi
echo "check acked=$acked stored=$stored identical=$same" | tee -a "$results"
kill $service; wait $service 2>/dev/null || true
trap - EXIT

# the raw ceiling: the same insert and commit into a copy of the table (same checks, unique key and foreign keys)
psql -q -d "$db" <<'SQL'
create table shipment_raw (like shipment including all);
alter table shipment_raw add foreign key (origin) references node (code), add foreign key (destination) references node (code);
create sequence shipment_raw_seq;
SQL
cat >"$raw/insert.sql" <<'SQL'
insert into shipment_raw (id, nation, reference, origin, destination, cargo_class, teu, weight_tons, available_at, due_at, priority, status, created_at, updated_at, version)
values (nextval('shipment_raw_seq'), 'GB', 'PGB-' || currval('shipment_raw_seq'), 'BAG', 'HGB', 'GENERAL', 2, 18.5, '2012-09-03T00:00:00Z', '2012-10-15T00:00:00Z', 3, 'SUBMITTED', now(), now(), 0);
SQL
for c in $clients; do
    (cd "$raw" && pgbench -n -c "$c" -j 2 -T "$single_s" -f insert.sql -l --log-prefix="pgb$c" "$db" >"pgbench-$c.txt" 2>&1)
    tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$raw/pgbench-$c.txt" | tail -1)
    pct=$(cat "$raw"/pgb"$c"* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "p50_ms=%.2f p99_ms=%.2f max_ms=%.2f", a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000, a[NR]/1000}')
    echo "pgbench clients=$c per_s=$tps $pct" | tee -a "$results"
done
psql -q -d "$db" -c "truncate shipment_raw"
python3 - "$rows" >"$raw/copy.csv" <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print(f"{10_000_000 + i},GB,COPY-{i},BAG,HGB,GENERAL,2,18.5,2012-09-03T00:00:00Z,2012-10-15T00:00:00Z,3,SUBMITTED,2012-08-01T00:00:00Z,2012-08-01T00:00:00Z,0")
PY
t0=$(date +%s.%N)
psql -q -d "$db" -c "\\copy shipment_raw (id, nation, reference, origin, destination, cargo_class, teu, weight_tons, available_at, due_at, priority, status, created_at, updated_at, version) from '$raw/copy.csv' csv"
t1=$(date +%s.%N)
echo "copy rows=$rows seconds=$(echo "$t1 - $t0" | bc -l | sed 's/^\./0./')" | tee -a "$results"
[[ -n ${KEEP_DB:-} ]] || psql -q -d postgres -c "drop database if exists $db"
python3 bench/api-load-report.py "$results" "$out"
echo "report: $out/api-load.md" >&2
