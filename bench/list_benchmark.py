#!/usr/bin/env python3
"""Shipment list throughput at 50,000 stored shipments: first page vs a page after 40,000, by cursor (wrk).

Loads 50,000 shipments of several nations through the bulk upload of the API (42,000 of GB, so that an officer of GB
has a page after 40,000 of his own), then runs wrk with 16 connections on each list. Run through
bench/list-benchmark.sh. Standard library only (and wrk, which it does not install).
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
import harness as h  # noqa: E402

MIX = [("GB", 42_000), ("DE", 4_000), ("US", 2_000), ("FR", 1_000), ("NO", 1_000)]
CLASSES = ["GENERAL", "VEHICLES", "GENERAL", "DANGEROUS"]


def load(port, planner):
    rows = []
    for nation, n in MIX:
        for i in range(n):
            rows.append({"nation": nation, "reference": f"L-{nation}-{i:06d}", "origin": "BAS", "destination": "HGB",
                         "cargoClass": CLASSES[i % len(CLASSES)], "teu": 1 + i % 3, "weightTons": 9.5,
                         "availableAt": "2012-09-03T00:00:00Z", "dueAt": "2012-10-15T00:00:00Z",
                         "priority": 1 + i % 5})
    # interleave nations as they would arrive, then upload 10,000 rows a request
    rows.sort(key=lambda r: (int(r["reference"][-6:]) * 7919) % 50_021)
    for i in range(0, len(rows), 10_000):
        status, _, data = h.request(port, "POST", "/api/shipments/bulk", body=rows[i:i + 10_000],
                                    headers=h.auth(planner), timeout=600)
        if status != 201:
            raise RuntimeError(f"bulk upload answered {status}: {data[:300]!r}")
    return len(rows)


def cursor_after(port, tok, query, n):
    """The cursor of the page that starts after the first n matching shipments, found by walking the listing."""
    after, seen = None, 0
    while seen < n:
        size = min(500, n - seen)
        q = f"{query}&size={size}" + (f"&after={urllib.parse.quote(after)}" if after else "")
        status, _, data = h.request(port, "GET", "/api/shipments?" + q.lstrip("&"), headers=h.auth(tok), timeout=60)
        page = json.loads(data)
        seen += len(page["items"])
        after = page["next"]
    return after


def wrk(url, tok, seconds, connections):
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H",
                          f"Authorization: Bearer {tok}", url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, float(p99.group(1)) * scale, int(non2xx.group(1)) if non2xx else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=15)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=3, help="runs of each case; the table gives their medians")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk); the list benchmark is skipped")
        return
    os.makedirs(os.path.join(h.ROOT, "target"), exist_ok=True)
    log_path = os.path.join(h.ROOT, "target", "list-benchmark-service.log")
    open(log_path, "w").close()
    tokens = {"admin": h.token("--role", "admin"), "planner": h.token("--role", "planner"),
              "GB": h.token("--role", "officer", "--nation", "GB")}
    rows = []
    load_before = os.getloadavg()[0]  # whether the machine was quiet: during the run, wrk and the service load it
    with h.ScratchDatabase("tp_listbench") as db:
        service = h.Service(db, h.free_port(), log_path).start()
        try:
            port = service.port
            status, _, data = h.request(port, "POST", "/api/scenario/default", headers=h.auth(tokens["admin"]), timeout=300)
            assert status == 200, data
            t = time.time()
            stored = load(port, tokens["planner"])
            print(f"{stored} shipments stored in {time.time() - t:.0f} s", flush=True)
            base = f"http://127.0.0.1:{port}/api/shipments?size=50"
            officer_deep = cursor_after(port, tokens["GB"], "", 40_000)
            planner_q = "status=SUBMITTED&cargoClass=GENERAL"
            planner_deep = cursor_after(port, tokens["planner"], planner_q, 20_000)
            cases = [
                ("officer GB, first page", tokens["GB"], base),
                ("officer GB, after 40,000 (cursor)", tokens["GB"], base + "&after=" + officer_deep),
                ("planner status+cargoClass, first page", tokens["planner"], base + "&" + planner_q),
                ("planner status+cargoClass, after 20,000 (cursor)", tokens["planner"],
                 base + "&" + planner_q + "&after=" + planner_deep),
                ("planner nation=GB+status, first page", tokens["planner"], base + "&nation=GB&status=SUBMITTED"),
                ("planner nation=GB+status, after 40,000 (cursor)", tokens["planner"],
                 base + "&nation=GB&status=SUBMITTED&after="
                 + cursor_after(port, tokens["planner"], "nation=GB&status=SUBMITTED", 40_000)),
                ("for contrast: officer GB, page=800 (offset)", tokens["GB"], base + "&page=800"),
                ("for contrast: officer GB, first page, count=true", tokens["GB"], base + "&count=true"),
            ]
            # warm-up of the JIT and the pools: every case once, then the first one long enough for the compiler
            for name, tok, url in cases:
                wrk(url, tok, 3, args.connections)
            wrk(base, tokens["GB"], 15, args.connections)
            runs = {name: [] for name, _, _ in cases}
            for r in range(args.rounds):  # rounds interleave the cases, so that a slow moment hits them alike
                for name, tok, url in cases:
                    rps, p99, bad = wrk(url, tok, args.seconds, args.connections)
                    runs[name].append((rps, p99, bad))
                    print(f"round {r + 1}, {name}: {rps:,.0f} req/s, p99 {p99:.1f} ms, non-2xx {bad}", flush=True)
            for name, _, _ in cases:
                rps = sorted(x[0] for x in runs[name])
                p99 = sorted(x[1] for x in runs[name])
                rows.append((name, f"{statistics.median(rps):,.0f}", f"{rps[0]:,.0f}-{rps[-1]:,.0f}",
                             f"{statistics.median(p99):.1f}", f"{p99[0]:.1f}-{p99[-1]:.1f}",
                             sum(x[2] for x in runs[name])))
        finally:
            service.stop()
    out = h.table(rows, ("list (size=50)", "req/s (median)", "req/s (range)", "p99 ms (median)", "p99 ms (range)",
                         "non-2xx"))
    head = (f"# List benchmark\n\n`bench/list-benchmark.sh` on {time.strftime('%Y-%m-%d %H:%M')}: "
            f"{sum(n for _, n in MIX):,} shipments ({', '.join(f'{n} {c:,}' for n, c in MIX)}), wrk -t2 "
            f"-c{args.connections} -d{args.seconds}s, {args.rounds} rounds (medians), load average {load_before:.1f} before the run\n\n")
    print(out)
    with open(os.path.join(h.ROOT, "target", "list-benchmark.md"), "w") as f:
        f.write(head + out + "\n")


if __name__ == "__main__":
    main()
