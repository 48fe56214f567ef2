"""Starts the packaged service on a scratch PostgreSQL database and talks to it (Python standard library only)."""
import http.client
import json
import os
import signal
import socket
import subprocess
import time
import urllib.parse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
PG = dict(host=os.environ.get("PGHOST", "127.0.0.1"), port=os.environ.get("PGPORT", "5432"),
          user=os.environ.get("DB_USER", "postgres"))


def psql(sql, db="postgres"):
    subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db, "-v", "ON_ERROR_STOP=1",
                    "-q", "-c", sql], check=True, stdout=subprocess.DEVNULL)


def psql_value(sql, db):
    out = subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db, "-At", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return out.strip()


class ScratchDatabase:
    """A database of its own for one run, dropped at the end."""

    def __init__(self, prefix):
        self.name = f"{prefix}_{os.getpid()}"

    def __enter__(self):
        psql(f"drop database if exists {self.name}")
        psql(f"create database {self.name}")
        return self

    def __exit__(self, *exc):
        psql(f"drop database if exists {self.name} with (force)")

    @property
    def url(self):
        return f"jdbc:postgresql://{PG['host']}:{PG['port']}/{self.name}"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def token(*args):
    out = subprocess.run(["java", "-jar", JAR, "token", *args], check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


class Service:
    """The packaged jar in the prod profile, trusting the development key (for local runs only)."""

    def __init__(self, db, port, log_path, extra_env=None):
        self.db, self.port, self.log_path = db, port, log_path
        self.extra_env = extra_env or {}
        self.proc = None

    def start(self, timeout=180):
        env = dict(os.environ)
        env.update({
            "DB_URL": self.db.url, "DB_USER": PG["user"], "DB_PASSWORD": os.environ.get("DB_PASSWORD", "postgres"),
            "JWT_PUBLIC_KEY_LOCATION": os.path.join(ROOT, "src/main/resources/dev/publicKey.pem"),
            "JWT_ISSUER": "https://transit-planner.dev",
        })
        env.update(self.extra_env)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            ["java", "-Xmx512m", f"-Dquarkus.http.port={self.port}", "-jar", JAR],
            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the service exited with {self.proc.returncode}; see {self.log_path}")
            try:
                status, _, _ = request(self.port, "GET", "/q/health/ready", timeout=2)
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"the service did not get ready in {timeout} s; see {self.log_path}")

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def terminate(self):
        self.proc.send_signal(signal.SIGTERM)

    def wait(self, timeout=120):
        return self.proc.wait(timeout)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.kill9()


def request(port, method, path, body=None, headers=None, timeout=30, conn=None):
    """One request; returns (status, headers dict with lower-case names, body bytes)."""
    own = conn is None
    c = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        elif isinstance(body, str):
            body = body.encode()
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data
    finally:
        if own:
            c.close()


def auth(tok):
    return {"Authorization": "Bearer " + tok} if tok else {}


def every_shipment(port, tok, query=""):
    """Walks the whole listing by cursor; returns every item."""
    items, after = [], None
    while True:
        q = "size=500" + (("&" + query) if query else "") + (("&after=" + urllib.parse.quote(after)) if after else "")
        status, _, data = request(port, "GET", "/api/shipments?" + q, headers=auth(tok), timeout=60)
        if status != 200:
            raise RuntimeError(f"listing answered {status}: {data[:200]!r}")
        page = json.loads(data)
        items += page["items"]
        after = page.get("next")
        if not after:
            return items


def table(rows, headers):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: "| " + " | ".join(str(v).ljust(w) for v, w in zip(r, widths)) + " |"
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])
