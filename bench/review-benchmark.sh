#!/usr/bin/env bash
# Times the plan review and shipment explanations on a large generated scenario and reports medians.
#   bench/review-benchmark.sh [SHIPMENTS] [RUNS] [SOLVE_TIME] [BASE]   e.g. bench/review-benchmark.sh 10000 7 60s
# Generates SHIPMENTS shipments on BASE (default ndn-2012, seed 1), solves them for SOLVE_TIME, then runs
# bench/ReviewBenchmark.java: the median over RUNS runs (after two warm-up runs) of PlanReview.of, and of a cold
# (ShipmentExplainer.explain) and a warm (PlanReview.explain) explanation of one shipment of each status.
set -euo pipefail
cd "$(dirname "$0")/.."
shipments=${1:-10000}
runs=${2:-7}
time=${3:-60s}
base=${4:-ndn-2012}
jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" generate --shipments "$shipments" --seed 1 --base "$base" --out "$work/scenario.json" >/dev/null
java -jar "$jar" solve --scenario "$work/scenario.json" --out "$work/plan.json" --time "$time" | grep -E '^score|built in' || true
echo "review of $shipments shipments on $base, plan solved for $time, $runs runs:"
java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/quarkus/*" \
    bench/ReviewBenchmark.java "$work/scenario.json" "$work/plan.json" "$runs"
