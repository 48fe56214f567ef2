#!/usr/bin/env bash
# Times the planner page's views in headless Chromium on a 10,000-shipment scenario, so that the figures can be rerun.
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/DB bench/web-page-benchmark.sh [SHIPMENTS] [RUNS] [SOLVE_TIME]
# e.g. bench/web-page-benchmark.sh 10000 5 PT20S. The database DB is REPLACED by the generated scenario: give one
# of your own (never a shared one). Needs chromium and chromedriver (apt-get install chromium chromium-driver).
# Steps: build the jar (unless built), generate the scenario (seed 1, NDN network), start the service on PORT
# (default 18080) trusting the development key, import the scenario, solve twice for SOLVE_TIME when the service
# offers plans (the first published, the second compared with it), then open every view RUNS times and print, per
# view, the median, min and max of its render (the page's Performance API measure "view-NAME": from the route to
# the view drawn with its data) and the longest task seen.
set -euo pipefail
cd "$(dirname "$0")/.."
shipments=${1:-10000}
runs=${2:-5}
solve_time=${3:-PT20S}
port=${PORT:-18080}
: "${DB_URL:?set DB_URL to a database of your own; it is replaced by the generated scenario}"
jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || ./mvnw -B -q package -DskipTests
[[ -d target/test-classes/io/transitplanner/web ]] || ./mvnw -B -q test-compile
cp=$(mktemp)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
work=$(mktemp -d)
service=
cleanup() { [[ -n $service ]] && kill "$service" 2>/dev/null; rm -rf "$work" "$cp"; }
trap cleanup EXIT

java -jar "$jar" generate --shipments "$shipments" --seed 1 --base ndn-2012 --out "$work/scenario.json" >/dev/null
base=http://127.0.0.1:$port
# Never talk to someone else's service: the port must be free before ours starts (and ours must be the one that answers).
if curl -s -o /dev/null "$base/"; then echo "port $port is in use: set PORT to a free one"; exit 1; fi
DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-} QUARKUS_HTTP_PORT=$port \
JWT_PUBLIC_KEY_LOCATION=$PWD/src/main/resources/dev/publicKey.pem JWT_ISSUER=https://transit-planner.dev \
    java -jar "$jar" >"$work/service.log" 2>&1 &
service=$!
for _ in $(seq 1 120); do
    kill -0 "$service" 2>/dev/null || { echo "the service did not start:"; tail -20 "$work/service.log"; exit 1; }
    curl -sf "$base/q/health/ready" >/dev/null && break
    sleep 1
done
curl -sf "$base/q/health/ready" >/dev/null || { echo "the service did not start:"; tail -20 "$work/service.log"; exit 1; }
admin=$(java -jar "$jar" token --role admin)
planner=$(java -jar "$jar" token --role planner)
curl -sf -X PUT "$base/api/scenario" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
     --data-binary @"$work/scenario.json" >/dev/null
echo "imported $shipments shipments"

# solve SEED: starts a solve for SOLVE_TIME, waits for its end, prints its location.
solve() {
    local location status
    location=$(curl -sf -D - -o /dev/null -X POST "$base/api/plans" -H "Authorization: Bearer $planner" \
        -H 'Content-Type: application/json' -d "{\"timeLimit\":\"$solve_time\",\"seed\":$1}" \
        | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
    for _ in $(seq 1 900); do
        status=$(curl -sf "$location" -H "Authorization: Bearer $planner" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p')
        [[ $status != SOLVING && $status != DRAFT && -n $status ]] && break
        sleep 1
    done
    echo "solved $location for $solve_time (seed $1): $status" >&2
    echo "$location"
}
# (read the document first: with pipefail, grep -q closing the pipe early would fail curl and the test)
curl -sf "$base/q/openapi?format=json" -o "$work/openapi.json"
if grep -q '"/api/plans"' "$work/openapi.json"; then
    # Two plans: the first published, the second READY beside it, so that every view (compare too) has data.
    first=$(solve 0)
    curl -sf -X POST "$first/publish" -H "Authorization: Bearer $planner" >/dev/null && echo "published $first"
    second=$(solve 1)
    curl -sf "$second" -H "Authorization: Bearer $planner" | grep -o '"kpis":{[^}]*}' || true
else
    echo "this service offers no plans yet: the views are timed on the live data only"
fi

java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat "$cp")" io.transitplanner.web.PageTimer "$base/" "$planner" "$runs"
