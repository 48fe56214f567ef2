#!/usr/bin/env python3
"""Medians over seeds of the runs of bench/quality.sh, per scenario and time limit, and their mean over scenarios."""
import csv
import statistics
import sys
from collections import defaultdict

runs_csv, report_md, command = sys.argv[1], sys.argv[2], sys.argv[3]
rows = list(csv.DictReader(open(runs_csv)))


def gap(reference, value):
    return 100.0 * (reference - value) / abs(reference) if reference else 0.0


baseline = {r["scenario"]: r for r in rows if r["kind"] == "baseline"}
groups = defaultdict(list)
for r in rows:
    if r["kind"] == "solver":
        groups[(int(r["time_s"]), r["scenario"])].append(r)

header = ("| time | scenario | lateness gap % | cost gap % | vs baseline % | planned | moves/s | proposals/s "
          "| coverage % | valid, score agrees |")
lines = [f"# Quality benchmark", "", f"Command: `{command}`", "",
         "Medians over seeds. Gaps: (reference - plan) / |reference| on lateness (medium) and cost (soft), in percent; "
         "0 is optimal, negative better than the reference. moves/s: moves the score director evaluated per second in "
         "the local search; proposals/s: ruin-and-recreate proposals weighed per second in the search before it. "
         "vs baseline: the same on lateness against the baseline "
         "plan (negative: better than the baseline). Coverage: share of the reference itineraries among the "
         "solver's candidates.", "", header, "|" + "---|" * 10]
problems = []
for t in sorted({k[0] for k in groups}):
    means = defaultdict(list)
    for (time, name) in sorted(k for k in groups if k[0] == t):
        rs = groups[(time, name)]
        ok = [r for r in rs if r["medium"] != "NA"]
        bad = [r for r in rs if r["valid"] != "yes" or r["agrees"] != "yes" or r["hard"] != "0"]
        if bad:
            problems.append(f"{name} {t}s: {len(bad)} invalid or disagreeing plan(s)")
        if not ok:
            continue
        ref_m, ref_s = int(ok[0]["ref_medium"]), int(ok[0]["ref_soft"])
        late = statistics.median(gap(ref_m, int(r["medium"])) for r in ok)
        cost = statistics.median(gap(ref_s, int(r["soft"])) for r in ok)
        b = baseline.get(name)
        vs = statistics.median(gap(int(b["medium"]), int(r["medium"])) for r in ok) if b and b["medium"] != "NA" else float("nan")
        planned = statistics.median(int(r["planned"]) for r in ok)
        speed = statistics.median(int(r["moves_per_s"]) for r in ok)
        props = statistics.median(int(r["proposals_per_s"]) for r in ok)
        cov = float(ok[0]["coverage_pct"] or "nan")
        for key, v in (("late", late), ("cost", cost), ("vs", vs), ("planned", planned), ("speed", speed), ("props", props), ("cov", cov)):
            means[key].append(v)
        valid = f"{len(ok) - len(bad)}/{len(rs)}"
        lines.append(f"| {t} s | {name} | {late:.2f} | {cost:.2f} | {vs:.2f} | {planned:.0f} | {speed:,.0f} | {props:,.0f} | {cov:.1f} | {valid} |")
    if means:
        m = {k: statistics.mean(v) for k, v in means.items()}
        lines.append(f"| {t} s | **mean** | **{m['late']:.2f}** | **{m['cost']:.2f}** | **{m['vs']:.2f}** | "
                     f"{m['planned']:.0f} | {m['speed']:,.0f} | {m['props']:,.0f} | {m['cov']:.1f} | |")
lines.append("")
lines.append("Baseline plans: " + ", ".join(
    f"{n} {gap(int(b['ref_medium']), int(b['medium'])):.2f}% lateness gap ({b['planned']} planned)"
    for n, b in sorted(baseline.items()) if b["medium"] != "NA"))
if problems:
    lines += ["", "**Problems:** " + "; ".join(problems)]
text = "\n".join(lines) + "\n"
open(report_md, "w").write(text)
print(text)
