#!/usr/bin/env bash
# Solver scale benchmark: one long solve per scenario size, figures from its best-score events.
#   bench/solver-scale.sh [SIZES]          e.g. bench/solver-scale.sh "S M L XL" (the default)
# Environment (defaults fit the whole run in about 25 minutes on two cores):
#   TIME_S=60 TIME_M=60 TIME_L=60 TIME_XL=300   seconds of each solve
#   XMX=6g XMX_XL=8g                            heap of each run
#   SEED=1                                      seed of the generated scenarios (the solver seed stays 0)
#   APP_DIR=target/quarkus-app                 the packaged application to run
#   REPLAN_M=15                                 seconds of the warm-started replan of M after a disruption (0: none)
# For each size: generate --size SIZE --seed SEED, then bench/SolverScale.java under -Xlog:gc: candidate build time,
# heap per shipment and per candidate, the baseline plan's lateness, the time to the first valid plan, the best score
# at 10/30/60/300 s, score calculations per second, peak heap from the GC log. Writes target/bench/solver-scale.md,
# solver-scale.csv, solver-scale.svg (best score over time per size) and the raw files of every run.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-S M L XL}
seed=${SEED:-1}
app=${APP_DIR:-target/quarkus-app}   # a copy lets the build go on while the benchmark runs
jar=$app/quarkus-run.jar
[[ -f $jar ]] || ./mvnw -B -q package -DskipTests
out=target/bench
raw=$out/solver-scale
mkdir -p "$raw"
cp="$app/app/*:$app/lib/main/*:$app/quarkus/*"
for size in $sizes; do
    var="TIME_$size"; seconds=${!var:-$([[ $size == XL ]] && echo 300 || echo 60)}
    heap=${XMX:-6g}; [[ $size == XL ]] && heap=${XMX_XL:-8g}
    extra=()
    [[ $size == M && ${REPLAN_M:-15} != 0 ]] && extra=(--replan "${REPLAN_M:-15}")
    scenario=$raw/$size.json
    java -jar "$jar" generate --size "$size" --seed "$seed" --out "$scenario" >/dev/null
    echo "== $size: solving ${seconds}s with -Xmx$heap" >&2
    /usr/bin/time -v java "-Xmx$heap" -XX:+UseG1GC "-Xlog:gc:file=$raw/$size.gc.log" \
        -cp "$cp" bench/SolverScale.java "$scenario" "$seconds" "$raw" "$size" "${extra[@]}" \
        >"$raw/$size.out" 2>"$raw/$size.err" || { echo "run $size failed, see $raw/$size.err" >&2; tail -5 "$raw/$size.err" >&2; }
    echo "xmx=$heap" >>"$raw/$size.result"
    echo "max_rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$raw/$size.err")" >>"$raw/$size.result"
    echo "cpu_s=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.0f", s}' "$raw/$size.err")" >>"$raw/$size.result"
    echo "wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$raw/$size.err")" >>"$raw/$size.result"
    cat "$raw/$size.result" >&2 || true
done
python3 bench/solver-scale-report.py "$raw" "$out" $sizes
echo "report: $out/solver-scale.md" >&2
