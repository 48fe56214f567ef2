#!/usr/bin/env bash
# Solves generated NDN variants and reports medians, so that performance figures can be rerun.
#   bench/solve-benchmark.sh [SHIPMENTS] [RUNS] [TIME] [BASE]   e.g. bench/solve-benchmark.sh 200 3 30s
# BASE is the scenario whose network the shipments are generated on (default: ndn-2012).
# Each run uses its own seed (1..RUNS) for the generated shipments; the solver seed stays 0.
# Prints one line per run and the medians of: candidate build time, moves evaluated per second, final score parts.
set -euo pipefail
cd "$(dirname "$0")/.."
shipments=${1:-200}
runs=${2:-3}
time=${3:-30s}
base=${4:-ndn-2012}
jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'run  seed  build_ms  moves_per_s  hard  medium  soft  planned  on_time\n'
for seed in $(seq 1 "$runs"); do
    java -jar "$jar" generate --shipments "$shipments" --seed "$seed" --base "$base" --out "$work/s$seed.json" >/dev/null
    java -jar "$jar" solve --scenario "$work/s$seed.json" --out "$work/p$seed.json" --time "$time" >"$work/o$seed.txt" || true
    build=$(sed -n 's/.*(built in \([0-9]*\) ms).*/\1/p' "$work/o$seed.txt")
    speed=$(sed -n 's/.*(\([0-9,]*\) moves evaluated per second).*/\1/p' "$work/o$seed.txt" | tr -d ,)
    score=$(sed -n 's/^score \(-\?[0-9]*\)hard\/\(-\?[0-9]*\)medium\/\(-\?[0-9]*\)soft.*/\1 \2 \3/p' "$work/o$seed.txt")
    planned=$(sed -n 's/^shipments *[0-9]*: \([0-9]*\) planned.*/\1/p' "$work/o$seed.txt")
    ontime=$(sed -n 's/^on time *.*(\([0-9.]*\)%).*/\1/p' "$work/o$seed.txt")
    printf '%s  %s  %s  %s  %s  %s  %s\n' "$seed" "$seed" "$build" "$speed" "$score" "$planned" "$ontime" | tee -a "$work/rows"
done
python3 - "$work/rows" "$shipments" "$time" "$base" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
cols = {"build_ms": 2, "moves_per_s": 3, "hard": 4, "medium": 5, "soft": 6, "planned": 7, "on_time_%": 8}
print(f"medians over {len(rows)} runs of {sys.argv[2]} shipments on {sys.argv[4]}, {sys.argv[3]} each:")
for name, i in cols.items():
    print(f"  {name:12} {statistics.median(float(r[i]) for r in rows):,.1f}")
PY
