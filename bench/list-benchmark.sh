#!/usr/bin/env bash
# Shipment list throughput at 50,000 stored shipments of several nations, on the packaged jar and a scratch
# PostgreSQL database it creates and drops: wrk with 16 connections, first page vs a page deep in the list by cursor.
#   bench/list-benchmark.sh [--seconds 15] [--connections 16] [--rounds 3]
# Needs wrk (not installed by this script: apt-get install wrk; without it the benchmark is skipped), Java 17,
# python3 and psql. Writes target/list-benchmark.md. CI does not run it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
    echo "wrk is not installed (apt-get install wrk); the list benchmark is skipped"
    exit 0
fi
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests
exec python3 bench/list_benchmark.py "$@"
