#!/usr/bin/env python3
"""Report of bench/api-load.sh: every figure beside the database's own ceiling.

usage: api-load-report.py RESULTS OUT_DIR
"""
import csv
import os
import sys

results, out = sys.argv[1], sys.argv[2]
lines = []
for line in open(results):
    parts = line.split()
    if not parts:
        continue
    row = {"kind": parts[0]}
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=", 1)
            row[k] = v
    lines.append(row)


def f(row, key):
    try:
        return float(row.get(key, ""))
    except ValueError:
        return None


pg = {r["clients"]: r for r in lines if r["kind"] == "pgbench"}
copy = next((r for r in lines if r["kind"] == "copy"), None)
md = ["# API load benchmark", "", "`bench/api-load.sh`", "",
      "| what | clients | requests | errors | per s | p50 ms | p99 ms | max ms | ceiling per s | ratio | target |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
rows = []
for r in lines:
    kind = r["kind"]
    if kind in ("single", "read-one", "read-page", "pgbench"):
        ceiling = pg.get(r.get("clients"))
        ratio = ""
        target = ""
        if kind == "single" and ceiling:
            ratio_v = f(r, "per_s") / f(ceiling, "per_s")
            ratio = f"{ratio_v:.2f}"
            ok = ratio_v >= 0.5 and f(r, "p99_ms") < 50 and r.get("errors") == "0"
            target = ("met" if ok else "MISSED") + " (>= 0.5 of pgbench, p99 < 50 ms, 0 errors)"
        md.append(f"| {kind} | {r.get('clients')} | {r.get('requests', '')} | {r.get('errors', '')} | "
                  f"{r.get('per_s')} | {r.get('p50_ms')} | {r.get('p99_ms')} | {r.get('max_ms')} | "
                  f"{ceiling.get('per_s') if ceiling and kind == 'single' else ''} | {ratio} | {target} |")
        rows.append({**r, "ratio": ratio})
md.append("")
bulk = next((r for r in lines if r["kind"] == "bulk"), None)
if bulk:
    line = f"Bulk upload of {bulk['rows']} rows: status {bulk['status']}, {bulk['seconds']} s ({bulk['rows_per_s']} rows/s)"
    if copy:
        ratio = float(bulk["seconds"]) / float(copy["seconds"])
        line += (f"; raw COPY of the same rows {copy['seconds']} s: {ratio:.1f}x COPY "
                 f"(target within 5x: {'met' if ratio <= 5 else 'MISSED'}).")
    md.append(line)
    rows.append(bulk)
    if copy:
        rows.append(copy)
check = next((r for r in lines if r["kind"] == "check"), None)
if check:
    md.append("")
    md.append(f"Database check: {check['acked']} shipments acknowledged, {check['stored']} stored, the same references: "
              f"{check['identical']}.")
    rows.append(check)
md.append("")
md.append("Plan review reads (/api/plans/{id}/kpis) are skipped: this build has no such endpoint.")
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "api-load.md"), "w") as fh:
    fh.write("\n".join(md) + "\n")
keys = []
for r in rows:
    for k in r:
        if k not in keys:
            keys.append(k)
with open(os.path.join(out, "api-load.csv"), "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=keys)
    w.writeheader()
    w.writerows(rows)
print("\n".join(md))
