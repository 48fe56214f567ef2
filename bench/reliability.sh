#!/usr/bin/env bash
# Reliability suite of the packaged service on a scratch PostgreSQL database it creates and drops:
# bad input driven by the OpenAPI document, kill -9 under 16 submitters, SIGTERM under load, nation isolation.
#   bench/reliability.sh [--requests 10000] [--rounds 3] [--seconds 4] [--workers 8]
# Needs Java 17, python3 (standard library only), psql and PostgreSQL on 127.0.0.1:5432 (DB_USER, default postgres).
# Prints a table and writes it to target/reliability.md; exit status 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests
exec python3 bench/reliability.py "$@"
