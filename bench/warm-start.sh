#!/usr/bin/env bash
# Replan quality after a closure: a replan warm-started from the plan made before it, against a fresh solve of the
# same replan in the same time (src/test/java/io/transitplanner/solver/WarmStartBenchmark.java).
#   bench/warm-start.sh [SECONDS]        default 20 s a solve; 3 solves a case
# Cases: a generated 2,000-shipment NDN network with Termez (TMZ) closed, the congested quality scenario q44-170 with
# Termez (TRZ) closed, and the NDN 2012 scenario with TMZ closed; each closure lasts 14 days from the replan.
# Writes target/warm-start.md. CI does not run it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || ./mvnw -B -q package -DskipTests
mkdir -p target
java -jar "$jar" generate --shipments 2000 --seed 3 --out target/warm-start-2000.json >/dev/null
cases="target/warm-start-2000.json@2012-08-15T00:00:00Z@TMZ"
cases+=",bench/quality/q44-170.json@2012-09-03T00:00:00Z@TRZ"
cases+=",src/main/resources/scenarios/ndn-2012.json@2012-08-10T00:00:00Z@TMZ"
./mvnw -B -q test -Dtest=WarmStartBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwarm.seconds="$seconds" -Dwarm.cases="$cases"
cat target/warm-start.md
