#!/usr/bin/env bash
# Quality benchmark: how far the solver's plans are from proven optimal (reference) plans and from the baseline rule.
#   bench/quality.sh [DIR...]        default: bench/quality (a copy of the shared quality pack, see its README)
# Each DIR holds scenarios NAME.json with reference plans NAME.ref.json. For every scenario: the share of the
# reference itineraries that are among the solver's candidates (coverage), the baseline plan (solve --baseline), then
# one solve per time limit and seed; every plan is checked by the independent verifier (its score must agree).
# Environment: QUALITY_TIMES="10 30 60" (seconds), QUALITY_SEEDS="0 1 2", QUALITY_ONLY="q41-50 q45-60" (names to
# run, default all), QUALITY_OUT=target/quality, QUALITY_JAVA_OPTS="" (e.g. -Dtransit-planner... for experiments).
# Writes QUALITY_OUT/runs.csv (one row per solve) and QUALITY_OUT/report.md (medians over seeds), prints the table.
# Gaps are (reference - plan) / |reference| on the medium (lateness) and soft (cost) scores, in percent: 0 is optimal,
# negative is better than the reference. "vs baseline" is the same on the lateness against the baseline plan.
set -euo pipefail
cd "$(dirname "$0")/.."
times=${QUALITY_TIMES:-10 30 60}
seeds=${QUALITY_SEEDS:-0 1 2}
out=${QUALITY_OUT:-target/quality}
only=${QUALITY_ONLY:-}
java_opts=${QUALITY_JAVA_OPTS:-}
dirs=("$@")
[[ ${#dirs[@]} -gt 0 ]] || dirs=(bench/quality)
jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || ./mvnw -B -q package -DskipTests
mkdir -p "$out/plans"
csv=$out/runs.csv
echo "scenario,kind,time_s,seed,hard,medium,soft,valid,agrees,planned,moves_per_s,proposals_per_s,ref_medium,ref_soft,coverage_pct" >"$csv"

# one solve: prints "hard medium soft valid agrees planned moves_per_s proposals_per_s"
parse() {
    local log=$1
    local score speed proposals planned valid agrees
    score=$(sed -n 's/^score \(-\?[0-9]*\)hard\/\(-\?[0-9]*\)medium\/\(-\?[0-9]*\)soft.*/\1 \2 \3/p' "$log")
    speed=$(sed -n 's/.*(\([0-9,]*\) moves evaluated per second).*/\1/p' "$log" | tr -d ,)
    proposals=$(sed -n 's/^ruin and recreate: \([0-9,]*\) proposals.*/\1/p' "$log" | tr -d ,)
    planned=$(sed -n 's/^shipments *[0-9]*: \([0-9]*\) planned.*/\1/p' "$log")
    grep -q '^verifier    valid' "$log" && valid=yes || valid=no
    grep -q 'agrees$' "$log" && agrees=yes || agrees=no
    echo "${score:-NA NA NA} $valid $agrees ${planned:-NA} ${speed:-0} ${proposals:-0}"
}

for dir in "${dirs[@]}"; do
    for scenario in "$dir"/*.json; do
        [[ $scenario == *.ref.json ]] && continue
        name=$(basename "$scenario" .json)
        ref=$dir/$name.ref.json
        [[ -f $ref ]] || { echo "skip $name: no $ref" >&2; continue; }
        if [[ -n $only && " $only " != *" $name "* ]]; then continue; fi
        read -r ref_medium ref_soft < <(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["score"]; print(s["medium"], s["soft"])' "$ref")
        coverage=$(java $java_opts -jar "$jar" coverage --scenario "$scenario" --plan "$ref" | sed -n 's/.*(\([0-9.]*\)%).*/\1/p')
        log=$out/plans/$name.baseline.log
        java $java_opts -jar "$jar" solve --baseline --scenario "$scenario" --out "$out/plans/$name.baseline.json" >"$log" 2>&1 || true
        row=$(parse "$log")
        echo "$name,baseline,0,0,${row// /,},$ref_medium,$ref_soft,$coverage" | tee -a "$csv"
        for t in $times; do
            for seed in $seeds; do
                log=$out/plans/$name.t$t.s$seed.log
                java $java_opts -jar "$jar" solve --scenario "$scenario" --out "$out/plans/$name.t$t.s$seed.json" \
                    --time "${t}s" --seed "$seed" >"$log" 2>&1 || true
                row=$(parse "$log")
                echo "$name,solver,$t,$seed,${row// /,},$ref_medium,$ref_soft,$coverage" | tee -a "$csv"
            done
        done
    done
done
python3 bench/quality-report.py "$csv" "$out/report.md" "bench/quality.sh ${dirs[*]} (QUALITY_TIMES=\"$times\" QUALITY_SEEDS=\"$seeds\"${only:+ QUALITY_ONLY=\"$only\"})"
