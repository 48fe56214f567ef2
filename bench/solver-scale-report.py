#!/usr/bin/env python3
"""Report of bench/solver-scale.sh: a Markdown table, a CSV and an SVG chart of the best score over time per size.

usage: solver-scale-report.py RAW_DIR OUT_DIR SIZE...
"""
import csv
import math
import os
import re
import sys

raw, out, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
CHECKPOINTS = [10, 30, 60, 300]
GC = re.compile(r"(\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)")
UNIT = {"K": 1 / 1024, "M": 1, "G": 1024}


def result(size):
    values = {}
    path = os.path.join(raw, size + ".result")
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.strip().split("=", 1)
                values[k] = v
    return values


def timeline(size):
    path = os.path.join(raw, size + ".timeline.csv")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [(int(r["ms"]), int(r["hard"]), int(r["medium"]), int(r["soft"])) for r in csv.DictReader(f)]


def peak_heap_mb(size):
    path = os.path.join(raw, size + ".gc.log")
    peak = 0.0
    if os.path.exists(path):
        for line in open(path):
            m = GC.search(line)
            if m:
                peak = max(peak, int(m.group(1)) * UNIT[m.group(2)])
    return round(peak)


def best_at(points, seconds, solve_ms):
    if solve_ms < seconds * 1000 * 0.95:
        return ""
    best = None
    for ms, hard, medium, soft in points:
        if ms <= seconds * 1000:
            best = (hard, medium, soft)
    return "" if best is None else f"{best[0]}/{best[1]}/{best[2]}"


rows = []
for size in sizes:
    r = result(size)
    if not r:
        continue
    points = timeline(size)
    solve_ms = int(r.get("solve_ms", "0"))
    base = int(r.get("baseline_lateness", "0"))
    medium = -int(r.get("medium", "0"))
    row = {
        "size": size,
        "shipments": r.get("shipments"),
        "nodes": r.get("nodes"),
        "lanes": r.get("lanes"),
        "candidates": r.get("candidates"),
        "build_ms": r.get("build_ms"),
        "bytes_per_shipment": r.get("bytes_per_shipment"),
        "bytes_per_candidate": r.get("bytes_per_candidate"),
        "first_valid_ms": r.get("first_valid_ms"),
        **{f"best_{s}s": best_at(points, s, solve_ms) for s in CHECKPOINTS},
        "final": f"{r.get('hard')}/{r.get('medium')}/{r.get('soft')}",
        "solve_s": round(solve_ms / 1000),
        "baseline_lateness": base,
        "lateness": medium,
        "better_than_baseline_pct": f"{100.0 * (base - medium) / base:.1f}" if base else "",
        "planned": r.get("planned"),
        "baseline_planned": r.get("baseline_planned"),
        "plannable_alone": r.get("plannable_alone"),
        "score_calc_per_s": r.get("score_calc_per_s"),
        "score_calc_per_cpu_s": r.get("score_calc_per_cpu_s"),
        "change_calc_per_s": r.get("change_calc_per_s"),
        "change_calc_per_cpu_s": r.get("change_calc_per_cpu_s"),
        "build_cpu_ms": r.get("build_cpu_ms"),
        "baseline_cpu_ms": r.get("baseline_cpu_ms"),
        "proposals_per_s": r.get("proposals_per_s"),
        "peak_heap_mb": peak_heap_mb(size),
        "max_rss_mb": round(int(r.get("max_rss_kb") or 0) / 1024),
        "xmx": r.get("xmx"),
        "cpu_s": r.get("cpu_s"),
        "wall": r.get("wall"),
        "phases": r.get("phases"),
        "verifier": ("valid" if r.get("verifier_valid") == "true" else "INVALID")
        + (", agrees" if r.get("verifier_agrees") == "true" else ", DISAGREES"),
        "replan_first_valid_ms": r.get("replan_first_valid_ms", ""),
        "replan_verifier": ""
        if "replan_verifier_valid" not in r
        else ("valid" if r["replan_verifier_valid"] == "true" else "INVALID")
        + (", agrees" if r.get("replan_verifier_agrees") == "true" else ", DISAGREES"),
    }
    rows.append(row)

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "solver-scale.csv"), "w", newline="") as f:
    if rows:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)


def power_law(xs, ys):
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    n = len(pts)
    mx = sum(p[0] for p in pts) / n
    my = sum(p[1] for p in pts) / n
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    if sxx == 0:
        return None
    b = sum((p[0] - mx) * (p[1] - my) for p in pts) / sxx
    return b, math.exp(my - b * mx)


md = ["# Solver scale benchmark", "", "`bench/solver-scale.sh " + " ".join(sizes) + "`", ""]
cols = [
    ("size", "size"), ("shipments", "shipments"), ("candidates", "candidates"), ("build_ms", "build ms"), ("build_cpu_ms", "build CPU ms"),
    ("bytes_per_shipment", "B/shipment"), ("bytes_per_candidate", "B/candidate"), ("peak_heap_mb", "peak heap MB"),
    ("max_rss_mb", "max RSS MB"), ("first_valid_ms", "first valid ms"), ("best_10s", "best 10 s"),
    ("best_30s", "best 30 s"), ("best_60s", "best 60 s"), ("best_300s", "best 300 s"),
    ("better_than_baseline_pct", "lateness vs baseline %"), ("planned", "planned"),
    ("baseline_planned", "baseline planned"), ("plannable_alone", "plannable alone"),
    ("score_calc_per_s", "score calcs/s"), ("score_calc_per_cpu_s", "score calcs/CPU s"),
    ("change_calc_per_s", "change-move calcs/s"), ("change_calc_per_cpu_s", "change-move calcs/CPU s"), ("proposals_per_s", "R&R proposals/s"), ("verifier", "verifier"),
    ("cpu_s", "CPU s"), ("wall", "wall"),
]
md.append("| " + " | ".join(c[1] for c in cols) + " |")
md.append("|" + "|".join("---" for _ in cols) + "|")
for row in rows:
    md.append("| " + " | ".join(str(row[c[0]]) for c in cols) + " |")
md.append("")
md.append("Scores are hard/medium/soft; medium is minus the priority-weighted lateness in TEU-hours. "
          "\"lateness vs baseline\" is how much less weighted lateness the final plan has than the baseline rule "
          "(earliest due date first, best candidate that still fits) on the same candidates.")
md.append("")
md.append("Phases of each solve (time, score calculations):")
for row in rows:
    md.append(f"- {row['size']}: {row['phases']}")
for row in rows:
    if row["replan_first_valid_ms"]:
        md.append("")
        md.append(f"Replan of {row['size']} a third into the horizon after a two-week closure of HAI-TMZ-RAIL, "
                  f"warm-started from the plan: first valid plan after {row['replan_first_valid_ms']} ms "
                  f"({row['replan_verifier']}).")
xs = [int(r["shipments"]) for r in rows]
fits = []
for key, label in [("build_ms", "candidate build time"), ("peak_heap_mb", "peak heap"),
                   ("first_valid_ms", "time to first valid plan")]:
    ys = [float(r[key] or 0) for r in rows]
    fit = power_law(xs, ys)
    if fit:
        fits.append(f"- {label}: ~ {fit[1]:.3g} x N^{fit[0]:.2f}")
if fits:
    md += ["", "Power-law fits over the sizes measured (least squares on log-log):"] + fits
with open(os.path.join(out, "solver-scale.md"), "w") as f:
    f.write("\n".join(md) + "\n")

# SVG: best medium score (as weighted lateness relative to the baseline) over time, one line per size
W, H, L, R, T, B = 760, 420, 70, 150, 30, 50
colors = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"]
series = []
tmax = 1
for row in rows:
    pts = [(ms / 1000, -medium) for ms, hard, medium, soft in timeline(row["size"]) if hard == 0]
    if pts:
        base = row["baseline_lateness"] or max(p[1] for p in pts)
        pts.append((int(row["solve_s"]), pts[-1][1]))
        series.append((row["size"], [(t, 100.0 * v / base) for t, v in pts]))
        tmax = max(tmax, int(row["solve_s"]))
ymax = max([100.0] + [v for _, s in series for _, v in s]) * 1.05
ymin = min([0.0] + [v for _, s in series for _, v in s])


def x(t):
    return L + (W - L - R) * math.log10(1 + t) / math.log10(1 + tmax)


def y(v):
    return T + (H - T - B) * (1 - (v - ymin) / (ymax - ymin))


svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="18" font-size="14">Best valid plan: weighted lateness as % of the baseline rule\'s, over time</text>',
       f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>',
       f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="black"/>']
for t in [0, 1, 3, 10, 30, 60, 100, 300, 600]:
    if t <= tmax:
        svg.append(f'<line x1="{x(t):.1f}" y1="{H - B}" x2="{x(t):.1f}" y2="{H - B + 5}" stroke="black"/>')
        svg.append(f'<text x="{x(t):.1f}" y="{H - B + 18}" text-anchor="middle">{t}</text>')
svg.append(f'<text x="{(L + W - R) / 2}" y="{H - 10}" text-anchor="middle">seconds of solving (log scale)</text>')
step = 20 if ymax > 60 else 10
v = 0
while v <= ymax:
    svg.append(f'<line x1="{L - 5}" y1="{y(v):.1f}" x2="{W - R}" y2="{y(v):.1f}" stroke="#ddd"/>')
    svg.append(f'<text x="{L - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v}%</text>')
    v += step
svg.append(f'<line x1="{L}" y1="{y(100):.1f}" x2="{W - R}" y2="{y(100):.1f}" stroke="#999" stroke-dasharray="4 3"/>')
svg.append(f'<text x="{W - R + 5}" y="{y(100) + 4:.1f}" fill="#666">baseline</text>')
for i, (size, pts) in enumerate(series):
    c = colors[i % len(colors)]
    d = []
    for j, (t, v) in enumerate(pts):
        if j > 0:
            d.append(f"L{x(t):.1f},{y(pts[j - 1][1]):.1f}")
        d.append(("M" if j == 0 else "L") + f"{x(t):.1f},{y(v):.1f}")
    svg.append(f'<path d="{" ".join(d)}" fill="none" stroke="{c}" stroke-width="2"/>')
    svg.append(f'<rect x="{W - R + 10}" y="{T + 40 + 18 * i}" width="12" height="12" fill="{c}"/>')
    svg.append(f'<text x="{W - R + 28}" y="{T + 50 + 18 * i}">{size}</text>')
svg.append("</svg>")
with open(os.path.join(out, "solver-scale.svg"), "w") as f:
    f.write("\n".join(svg) + "\n")
print("\n".join(md))
