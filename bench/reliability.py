#!/usr/bin/env python3
"""Reliability suite of the packaged service on a real PostgreSQL database (scratch database of its own).

1. bad input: a campaign generated from the OpenAPI document, for every role and without a token;
2. kill -9 under 16 concurrent submitters, several rounds: every acknowledged reference stored exactly once;
3. SIGTERM under load: in-flight requests finish, none gets a 5xx while draining;
4. nation isolation: an officer of each nation tries every shipment route on another nation's shipment.
Prints a table and writes it to target/reliability.md. Standard library only. Run through bench/reliability.sh.
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
import harness as h  # noqa: E402

NATIONS = ["GB", "DE", "US"]
LEAK = re.compile(r"(\bat [\w$.]+\([\w$]+\.java:\d+\)|Exception\b|\bio\.transitplanner\.|\borg\.hibernate|"
                  r"\bjava\.(lang|util|io)\.|\bjakarta\.|\bcom\.fasterxml|\bio\.vertx\.|\bio\.quarkus\.|\borg\.postgresql)")
VALID_SHIPMENT = {"origin": "BAS", "destination": "HGB", "cargoClass": "GENERAL", "teu": 2, "weightTons": 18.5,
                  "availableAt": "2012-09-03T00:00:00Z", "dueAt": "2012-10-15T00:00:00Z", "priority": 3}


def shipment(reference, **extra):
    return {"reference": reference, **VALID_SHIPMENT, **extra}


# ---------------------------------------------------------------- 1. bad input from the OpenAPI document

def resolve(spec, schema):
    seen = 0
    while schema and "$ref" in schema and seen < 20:
        schema = spec["components"]["schemas"][schema["$ref"].split("/")[-1]]
        seen += 1
    if schema and "allOf" in schema:
        merged = {"type": "object", "properties": {}}
        for part in schema["allOf"]:
            part = resolve(spec, part)
            merged["properties"].update(part.get("properties", {}))
        return merged
    return schema or {}


def type_of(schema):
    t = schema.get("type")
    if isinstance(t, list):  # OpenAPI 3.1: ["string", "null"]
        t = next((x for x in t if x != "null"), None)
    return t


def sample(spec, schema, depth=0):
    schema = resolve(spec, schema)
    t = type_of(schema)
    if "enum" in schema:
        return schema["enum"][0]
    if t == "object" or "properties" in schema:
        if depth > 3:
            return {}
        return {k: sample(spec, v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if t == "array":
        return [sample(spec, schema.get("items", {}), depth + 1)]
    if t == "integer":
        return 1
    if t == "number":
        return 1.5
    if t == "boolean":
        return True
    if schema.get("format") == "date-time":
        return "2012-09-03T00:00:00Z"
    return "BAS"


WRONG = {"string": [123, True, [], {}], "integer": ["abc", 1.5, "1", [], 2 ** 70], "number": ["abc", [], {}],
         "boolean": ["yes", 2], "array": [{}, "x", 1], "object": [[], "x", 1]}
NASTY_STRINGS = ["", " ", "A" * 100_000, "NOT_A_VALUE", "' or 1=1 --", "<script>alert(1)</script>", "\u0000",
                 "\ud83d\udca9" * 50, "../../etc/passwd", "%s%s%n", "2012-13-45T99:99:99Z", "-1", "1e999"]
BAD_JSON = ["{", "", "null", "[]", "[1,2]", '"text"', '{"a":1', "[" * 5000, "{}", "\u0000\u0001",
            '{"reference": "x", "reference": "y"}', "12", '{"teu": 1e999}', "\xff\xfe", "true"]
BAD_TYPES = ["text/plain", "application/xml", "garbage", "application/json; charset=klingon", "text/csv",
             "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", ";;;", "application/"]
BAD_IDS = ["abc", "-1", "0", "99999999999999999999", "1.5", "%27%22", "%00", "x" * 300, "%F0%9F%92%A9", "null",
           "1%20OR%201=1", "%2e%2e", "1", "999999"]
BAD_QUERY = ["abc", "", "-1", "99999999999999999999", "A" * 3000, "NOPE", "%00", "1.5", "true", "2012-13-01",
             "%ZZ"]


def variants(spec, path, method, op):
    """Yields (method, path, headers, body) bad requests for one operation."""
    params = op.get("parameters", [])
    path_params = [p["name"] for p in params if p.get("in") == "path"]
    query_params = [p for p in params if p.get("in") == "query"]

    def fill(value="1"):
        p = path
        for name in path_params:
            p = p.replace("{" + name + "}", value)
        return p

    base = fill()
    for bad in BAD_IDS if path_params else []:
        yield method, fill(bad), {}, None
    for q in query_params:
        for bad in BAD_QUERY:
            yield method, base + "?" + q["name"] + "=" + urllib.parse.quote(bad, safe="%"), {}, None
    yield method, base + "?x=" + "y" * 9000, {}, None  # longer than the HTTP layer's request line limit
    yield method, base + "?" + "&".join(f"p{i}=v" for i in range(300)), {}, None
    yield method, base, {f"X-Filler-{i}": "v" * 60 for i in range(400)}, None  # headers beyond the limit
    yield method, base, {f"X-Small-{i}": "v" for i in range(60)}, None
    yield method, base, {"Accept": "application/xml"}, None
    content = (op.get("requestBody") or {}).get("content", {})
    for media, body in content.items():
        schema = resolve(spec, body.get("schema", {}))
        json_media = "json" in media
        stype = type_of(schema)
        if json_media:
            good = sample(spec, schema)
            for text in BAD_JSON:
                yield method, base, {"Content-Type": media}, text
            for ct in BAD_TYPES:
                yield method, base, {"Content-Type": ct}, json.dumps(good)
            yield method, base, {}, json.dumps(good)  # no content type at all
            target = good[0] if isinstance(good, list) and good else good
            props = resolve(spec, schema.get("items", {}) if stype == "array" else schema)
            props = props.get("properties", {}) if isinstance(target, dict) else {}
            for field, fschema in props.items():
                ftype = type_of(resolve(spec, fschema)) or "string"
                mutations = [None] + WRONG.get(ftype, []) + NASTY_STRINGS
                for m in mutations + ["__missing__"]:
                    changed = dict(target)
                    if m == "__missing__":
                        changed.pop(field, None)
                    else:
                        changed[field] = m
                    doc = [changed] if isinstance(good, list) else changed
                    yield method, base, {"Content-Type": media}, json.dumps(doc)
        else:
            for text in ["", "a,b\n1", "\u0000" * 10, "reference\n" + "x" * 100_000, "," * 10_000]:
                yield method, base, {"Content-Type": media}, text
    # a method the path does not have
    yield ("DELETE" if method != "DELETE" else "PATCH"), base, {}, None


def check(status, headers, body, path):
    """The fault of one answer, or None."""
    if status >= 500:
        return "5xx"
    text = body.decode("utf-8", "replace")
    if not (status < 300 and path.startswith("/q/")) and LEAK.search(text):
        return "leak"
    if 400 <= status < 500:
        ctype = headers.get("content-type", "")
        if not ctype.startswith("application/problem+json"):
            # Vert.x answers these while decoding the request, before any route (see HttpGuard): bare status lines
            bare = not body and (status in (414, 431) or (status == 400 and "%ZZ" in path))
            return "non-problem-http-layer" if bare else "non-problem"
        try:
            problem = json.loads(text)
        except ValueError:
            return "non-problem"
        if problem.get("status") != status or "type" not in problem or "title" not in problem:
            return "non-problem"
    return None


def campaign(port, tokens, minimum, workers):
    spec = json.loads(h.request(port, "GET", "/q/openapi?format=json")[2])
    requests = []
    for path, item in sorted(spec["paths"].items()):
        for method, op in item.items():
            if method.upper() not in ("GET", "POST", "PUT", "PATCH", "DELETE"):
                continue
            for v in variants(spec, path, method.upper(), op):
                requests.append(v)
    callers = [("admin", tokens["admin"]), ("planner", tokens["planner"]), ("officer GB", tokens["GB"]),
               ("no token", None), ("bad token", "not.a.jwt")]
    plan = [(who, tok, r) for r in requests for who, tok in callers]
    rnd = random.Random(7)
    while len(plan) < minimum:  # pad with the same requests in another order, never fewer than asked
        who, tok = rnd.choice(callers)
        plan.append((who, tok, rnd.choice(requests)))
    rnd.shuffle(plan)
    counts = {"requests": 0, "5xx": 0, "leak": 0, "non-problem": 0, "non-problem-http-layer": 0, "conn-error": 0}
    samples = {}
    statuses = {}
    lock = threading.Lock()
    local = threading.local()

    def run(item):
        who, tok, (method, path, headers, body) = item
        hdrs = dict(headers)
        if tok:
            hdrs["Authorization"] = "Bearer " + tok
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = h.http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            status, rh, data = h.request(port, method, path, body=body, headers=hdrs, conn=conn)
            fault = check(status, rh, data, path)
            if rh.get("connection", "").lower() == "close" or status in (414, 431):
                # Vert.x closes the connection after refusing a request head it cannot decode
                conn.close()
                local.conn = None
        except Exception as e:  # the HTTP layer may close a connection on an oversized request
            conn.close()
            local.conn = None
            status, fault, data = "conn", "conn-error", repr(e).encode()
        with lock:
            counts["requests"] += 1
            statuses[status] = statuses.get(status, 0) + 1
            if fault:
                counts[fault] += 1
                samples.setdefault(fault, []).append(f"{who} {method} {path[:120]} -> {status} {data[:160]!r}")

    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, plan))
    return counts, samples, statuses, len(requests)


# ---------------------------------------------------------------- 2. kill -9 under concurrent submitters

def submitters(port, tokens, prefix, stop, n=16):
    """16 threads submit until stopped; returns acknowledged (nation, ref), in-flight unknowns and 5xx."""
    acked, unknown, fivexx = set(), set(), []
    lock = threading.Lock()

    def worker(i):
        nation = NATIONS[i % len(NATIONS)]
        conn = h.http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        k = 0
        while not stop.is_set():
            ref = f"{prefix}-{i}-{k}"
            try:
                status, _, data = h.request(port, "POST", "/api/shipments", body=shipment(ref),
                                            headers=h.auth(tokens[nation]), conn=conn)
            except Exception:
                with lock:
                    unknown.add((nation, ref))
                conn.close()
                time.sleep(0.2)
                conn = h.http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                k += 1
                continue
            with lock:
                if status == 201:
                    acked.add((nation, ref))
                elif status >= 500:
                    fivexx.append((ref, status, data[:200]))
            k += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    return threads, acked, unknown, fivexx


def stored_keys(port, tokens):
    items = h.every_shipment(port, tokens["planner"])
    keys = {}
    for s in items:
        keys[(s["nation"], s["reference"])] = keys.get((s["nation"], s["reference"]), 0) + 1
    return keys


def kill_rounds(service, tokens, rounds, seconds):
    results = []
    for r in range(1, rounds + 1):
        stop = threading.Event()
        threads, acked, unknown, fivexx = submitters(service.port, tokens, f"K{r}", stop)
        time.sleep(seconds)
        service.kill9()
        time.sleep(1)
        stop.set()
        for t in threads:
            t.join()
        service.start()
        # a client that got no answer retries: the unique reference makes a retry safe
        retried_dup = 0
        for nation, ref in sorted(unknown - acked):
            status, _, _ = h.request(service.port, "POST", "/api/shipments", body=shipment(ref),
                                     headers=h.auth(tokens[nation]))
            if status == 201:
                acked.add((nation, ref))
            elif status == 409:
                retried_dup += 1
                acked.add((nation, ref))
        keys = stored_keys(service.port, tokens)
        lost = [k for k in acked if keys.get(k, 0) == 0]
        twice = [k for k in acked if keys.get(k, 0) > 1]
        results.append({"round": r, "acked": len(acked), "in_flight": len(unknown - acked) + retried_dup,
                        "retry_found_stored": retried_dup, "lost": len(lost), "twice": len(twice),
                        "5xx": len(fivexx)})
    return results


# ---------------------------------------------------------------- 3. SIGTERM under load

def sigterm_drain(service, tokens, seconds):
    port = service.port
    routed = threading.Event()
    routed.set()
    lock = threading.Lock()
    log = []  # (start, end, kind, status or error)
    acked = set()
    bulk = {}

    def record(start, kind, status):
        with lock:
            log.append((start, time.time(), kind, status))

    def worker(i):
        nation = NATIONS[i % len(NATIONS)]
        conn = h.http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        k = 0
        while routed.is_set():
            start = time.time()
            try:
                if i % 2 == 0:
                    ref = f"T-{i}-{k}"
                    status, rh, _ = h.request(port, "POST", "/api/shipments", body=shipment(ref),
                                              headers=h.auth(tokens[nation]), conn=conn)
                    if status == 201:
                        with lock:
                            acked.add((nation, ref))
                    record(start, "submit", status)
                else:
                    status, rh, _ = h.request(port, "GET", "/api/shipments?size=50", headers=h.auth(tokens[nation]),
                                              conn=conn)
                    record(start, "list", status)
                if rh.get("connection", "").lower() == "close":
                    conn.close()
                    conn = h.http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            except Exception as e:
                record(start, "error", type(e).__name__)
                conn.close()
                conn = h.http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            k += 1

    def slow_bulk():
        rows = [shipment(f"TB-{j}") for j in range(5000)]
        start = time.time()
        try:
            status, _, data = h.request(port, "POST", "/api/shipments/bulk", body=rows,
                                        headers=h.auth(tokens["GB"]), timeout=120)
            bulk["status"] = status
        except Exception as e:
            status = type(e).__name__
            bulk["status"] = status
        bulk["start"], bulk["end"] = start, time.time()
        record(start, "bulk", status)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    time.sleep(seconds)
    bulk_thread = threading.Thread(target=slow_bulk)
    bulk_thread.start()
    time.sleep(0.3)
    sigterm_at = time.time()
    service.terminate()
    # the load balancer: stops routing once readiness is DOWN (or the port is closed), after a propagation lag
    ready_down_at = None
    while ready_down_at is None and time.time() - sigterm_at < 30:
        try:
            status, _, _ = h.request(port, "GET", "/q/health/ready", timeout=2)
            if status != 200:
                ready_down_at = time.time()
        except OSError:
            ready_down_at = time.time()
        time.sleep(0.1)
    time.sleep(1.0)
    routed.clear()
    for t in threads:
        t.join()
    bulk_thread.join()
    code = service.wait(120)
    exited_at = time.time()
    service.start()
    keys = stored_keys(port, tokens)
    bulk_stored = sum(1 for (n, r) in keys if n == "GB" and r.startswith("TB-"))
    after = [e for e in log if e[0] >= sigterm_at]
    in_flight = [e for e in log if e[0] < sigterm_at < e[1]]
    return {
        "requests": len(log),
        "sent after SIGTERM": len(after),
        "in flight at SIGTERM": len(in_flight),
        "5xx": sum(1 for e in log if isinstance(e[3], int) and e[3] >= 500),
        "errors": sum(1 for e in log if not isinstance(e[3], int)),
        "bulk (5,000 rows) status": bulk.get("status"),
        "bulk rows stored": bulk_stored,
        "acked submissions lost": sum(1 for k in acked if k not in keys),
        "readiness DOWN after": f"{(ready_down_at - sigterm_at):.2f} s" if ready_down_at else "never",
        "exit code": code,
        "exit after SIGTERM": f"{exited_at - sigterm_at:.1f} s",
    }


# ---------------------------------------------------------------- 4. nation isolation

def isolation(port, tokens, spec):
    ids = {}
    for nation in NATIONS:
        status, _, data = h.request(port, "POST", "/api/shipments", body=shipment(f"ISO-{nation}"),
                                    headers=h.auth(tokens[nation]))
        if status not in (201, 409):
            raise RuntimeError(f"setup of isolation failed: {status} {data[:200]!r}")
        if status == 201:
            ids[nation] = json.loads(data)["id"]
        else:
            ids[nation] = int(json.loads(data)["existing"].rsplit("/", 1)[1])
    routes = []
    for path, item in spec["paths"].items():
        if path.startswith("/api/shipments/{"):
            for method in item:
                routes.append((method.upper(), path))
    bodies = {"PATCH": {"version": 0, "priority": 1}, "POST": {"status": "IN_TRANSIT", "version": 0}}
    tried, breaches = 0, []
    for me in NATIONS:
        for other in NATIONS:
            if me == other:
                continue
            before = h.request(port, "GET", f"/api/shipments/{ids[other]}", headers=h.auth(tokens["planner"]))[2]
            for method, path in routes:
                p = path.replace("{id}", str(ids[other]))
                body = bodies.get(method) if not p.endswith("/cancel") else None
                status, _, data = h.request(port, method, p, body=body, headers=h.auth(tokens[me]))
                tried += 1
                if status not in (403, 404) or ids[other] and f'"reference":"ISO-{other}"' in data.decode():
                    breaches.append(f"{me} {method} {p} -> {status}")
            status, _, data = h.request(port, "GET", f"/api/shipments?nation={other}&count=true",
                                        headers=h.auth(tokens[me]))
            tried += 1
            page = json.loads(data)
            if status != 200 or page["items"] or page.get("total") != 0:
                breaches.append(f"{me} list nation={other} -> {status} {len(page.get('items', []))} items")
            status, _, _ = h.request(port, "POST", "/api/shipments", body=shipment(f"X-{me}", nation=other),
                                     headers=h.auth(tokens[me]))
            tried += 1
            if status != 403:
                breaches.append(f"{me} POST as {other} -> {status}")
            after = h.request(port, "GET", f"/api/shipments/{ids[other]}", headers=h.auth(tokens["planner"]))[2]
            if after != before:
                breaches.append(f"{me} changed {other}'s shipment")
    return tried, breaches, len(routes)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=10_000, help="least number of bad-input requests")
    ap.add_argument("--rounds", type=int, default=3, help="kill -9 rounds")
    ap.add_argument("--seconds", type=float, default=4.0, help="seconds of load before each kill or SIGTERM")
    ap.add_argument("--workers", type=int, default=8, help="concurrent clients of the bad-input campaign")
    args = ap.parse_args()
    os.makedirs(os.path.join(h.ROOT, "target"), exist_ok=True)
    log_path = os.path.join(h.ROOT, "target", "reliability-service.log")
    open(log_path, "w").close()
    t0 = time.time()
    print("minting tokens ...", flush=True)
    tokens = {"admin": h.token("--role", "admin"), "planner": h.token("--role", "planner")}
    for nation in NATIONS:
        tokens[nation] = h.token("--role", "officer", "--nation", nation)
    rows, details = [], []
    with h.ScratchDatabase("tp_reliability") as db:
        service = h.Service(db, h.free_port(), log_path).start()
        try:
            status, _, data = h.request(service.port, "POST", "/api/scenario/default", headers=h.auth(tokens["admin"]),
                                        timeout=300)
            assert status == 200, data
            spec = json.loads(h.request(service.port, "GET", "/q/openapi?format=json")[2])

            print("nation isolation ...", flush=True)
            tried, breaches, nroutes = isolation(service.port, tokens, spec)
            rows.append(("nation isolation", f"{tried} requests ({nroutes} routes x 6 nation pairs + list, submit)",
                         f"{len(breaches)} breaches", "PASS" if not breaches else "FAIL"))
            details += ["isolation: " + b for b in breaches[:20]]

            print(f"bad-input campaign (at least {args.requests} requests) ...", flush=True)
            counts, samples, statuses, distinct = campaign(service.port, tokens, args.requests, args.workers)
            ok = counts["5xx"] == 0 and counts["leak"] == 0 and counts["non-problem"] == 0
            rows.append(("bad input (OpenAPI-driven)",
                         f"{counts['requests']} requests ({distinct} distinct x 5 callers)",
                         f"5xx {counts['5xx']}, non-problem 4xx {counts['non-problem']}, "
                         f"leaks {counts['leak']}, bare 400/414/431 of the HTTP decoder {counts['non-problem-http-layer']}, "
                         f"closed connections {counts['conn-error']}",
                         "PASS" if ok else "FAIL"))
            details.append("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
            for fault, lines in samples.items():
                details += [f"{fault}: {line}" for line in lines[:5]]

            print(f"kill -9 x {args.rounds} under 16 submitters ...", flush=True)
            for r in kill_rounds(service, tokens, args.rounds, args.seconds):
                rows.append((f"kill -9, round {r['round']}",
                             f"{r['acked']} acknowledged, {r['in_flight']} unanswered (retried)",
                             f"lost {r['lost']}, stored twice {r['twice']}, 5xx {r['5xx']}",
                             "PASS" if r["lost"] == 0 and r["twice"] == 0 and r["5xx"] == 0 else "FAIL"))

            print("SIGTERM under load ...", flush=True)
            d = sigterm_drain(service, tokens, args.seconds)
            ok = d["5xx"] == 0 and d["errors"] == 0 and d["bulk (5,000 rows) status"] == 201 \
                and d["bulk rows stored"] == 5000 and d["acked submissions lost"] == 0 and d["exit code"] in (0, 143)
            rows.append(("SIGTERM under 16 clients",
                         f"{d['requests']} requests, {d['sent after SIGTERM']} after SIGTERM, "
                         f"{d['in flight at SIGTERM']} in flight",
                         f"5xx {d['5xx']}, errors {d['errors']}, bulk {d['bulk (5,000 rows) status']} "
                         f"({d['bulk rows stored']} stored), lost {d['acked submissions lost']}, "
                         f"ready DOWN {d['readiness DOWN after']}, exit {d['exit code']} "
                         f"after {d['exit after SIGTERM']}",
                         "PASS" if ok else "FAIL"))
        finally:
            service.stop()
    out = h.table(rows, ("check", "load", "result", "verdict"))
    text = (f"# Reliability run\n\n`bench/reliability.sh` on {time.strftime('%Y-%m-%d %H:%M')} "
            f"({time.time() - t0:.0f} s, load average {os.getloadavg()[0]:.1f} at the end)\n\n{out}\n\n"
            + "\n".join("- " + d.replace("|", "\\|") for d in details) + "\n")
    print(out)
    print("\n".join(details))
    with open(os.path.join(h.ROOT, "target", "reliability.md"), "w") as f:
        f.write(text)
    sys.exit(0 if all(r[3] == "PASS" for r in rows) else 1)


if __name__ == "__main__":
    main()
