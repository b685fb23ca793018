"""Public pages and a signed-in start page under load, side by side in one run (gunicorn, SQLite, demo data).

Run from the repository root:

    .venv/bin/python bench/bench_pages.py                         # about 8 min: seed (~4 min), then 2 × 8 s per page
    .venv/bin/python bench/bench_pages.py --data-dir var/bench-pages   # keep the seeded database for reruns
    .venv/bin/python bench/bench_pages.py --profile               # + query counts and cProfile per page
    .venv/bin/python bench/bench_pages.py --duration 3 --warmup 1 # smoke test

What it does (see bench/README-pages.md):

1. In --data-dir (default: a new temporary folder, removed at the end) an SQLite database file is
   migrated and seeded once with `manage.py seed_demo --quiet` (the demo cities, as `make demo` loads
   them); static files are collected there. A kept folder is reused as it is.
2. `gunicorn microcity.wsgi -w 2` (sync workers) on 127.0.0.1 with DEBUG=0 and no REDIS_URL, that is
   the default installation's caches (the database cache shared, local memory per process).
3. Signs in the demo youth through the real sign-in form and keeps the session cookie.
4. For each page in turn, --clients threads (http.client) send GET requests without pause for
   --warmup seconds (not recorded) and then --duration seconds (recorded). Prints requests/s, p50
   and p95 latency, and the throughput as a share of /healthz's in the same run, with PASS/MISS
   against the issue's target: >= 50 % of /healthz and p95 <= 100 ms.

Only 127.0.0.1 is ever contacted; every loop is bounded in time; gunicorn is stopped by its process id.
Exit status 1 if any request failed (a status other than 200 or a connection error).
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import math
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # the only address this benchmark ever sends to
DEMO_PASSWORD = "Microcity-demo-2026"  # noqa: S105 - the published demo sign-in of seed_demo
YOUTH = "jaunietis@demo.microcity.lv"

RATIO_GOAL = 0.50
P95_GOAL_MS = 100.0


@dataclass
class Target:
    name: str
    path: str
    signed_in: bool = False
    goal: bool = True  # held to the target (everything but /healthz itself)


TARGETS = [
    Target("healthz", "/healthz", goal=False),
    Target("jobs ?q=", "/lv/valmiera/jobs/?q=programm%C4%93t%C4%81js"),
    Target("city home", "/lv/valmiera/"),
    Target("living guide", "/lv/valmiera/living/"),
    Target("guide topic", "/lv/valmiera/living/{topic}/"),
    Target("city search ?q=", "/lv/valmiera/search/?q=skola"),
    Target("materials ?q=", "/lv/materials/?q=karjera"),
    Target("jobs", "/lv/valmiera/jobs/"),
    Target("counselling", "/lv/valmiera/counselling/"),
    Target("activities", "/lv/valmiera/activities/"),
    Target("summer jobs", "/lv/valmiera/summer-jobs/"),
    Target("employers", "/lv/valmiera/employers/"),
    Target("start (youth)", "/lv/account/", signed_in=True),
]


def log(message: str) -> None:
    print(message, flush=True)


# --- Environment ----------------------------------------------------------------------------------


def server_env(data_dir: Path) -> dict[str, str]:
    """manage.py's and gunicorn's environment: DEBUG off, an SQLite file, no Redis, no production."""
    env = dict(os.environ)
    for name in ("PRODUCTION", "MICROCITY_TESTING", "REDIS_URL", "REQUIRE_STAFF_MFA", "DEMO", "DATABASE_URL"):
        env.pop(name, None)
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{data_dir / 'bench.sqlite3'}",
            "MICROCITY_VAR_DIR": str(data_dir),
            "STATIC_ROOT": str(data_dir / "static"),
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECRET_KEY": "bench-pages",
            "DJANGO_SETTINGS_MODULE": "microcity.settings",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def venv_bin(name: str) -> str:
    for candidate in (ROOT / ".venv" / "bin" / name, Path(sys.executable).parent / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found (run `make demo` or `pip install -e '.[dev]'` first)")
    return found


def manage(data_dir: Path, *command: str) -> None:
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - fixed argument list
        [venv_bin("python"), "manage.py", *command], cwd=ROOT, env=server_env(data_dir), check=True
    )
    log(f"  manage.py {' '.join(command)}: {time.perf_counter() - started:.1f} s")


def prepare(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    seeded = data_dir / "seeded"
    if not seeded.exists():
        log(f"Seeding the demo data into {data_dir / 'bench.sqlite3'}")
        manage(data_dir, "migrate", "--noinput", "-v", "0")
        manage(data_dir, "seed_demo", "--quiet")
        seeded.write_text(dt.datetime.now().isoformat())
    else:
        log(f"Reusing the seeded database in {data_dir} (seeded {seeded.read_text()[:16]})")
        manage(data_dir, "migrate", "--noinput", "-v", "0")
    if not (data_dir / "static" / "staticfiles.json").exists():
        manage(data_dir, "collectstatic", "--noinput", "-v", "0")


# --- Server and HTTP ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def request(
    port: int,
    path: str,
    *,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, list[tuple[str, str]], bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        conn.close()


def start_gunicorn(data_dir: Path, port: int, workers: int, server_log: Path) -> subprocess.Popen[bytes]:
    command = [
        venv_bin("gunicorn"),
        "microcity.wsgi",
        "-b",
        f"{HOST}:{port}",
        "-w",
        str(workers),
        "--timeout",
        "60",
    ]
    log(f"Starting gunicorn {' '.join(command[1:])} (log: {server_log})")
    with open(server_log, "wb") as logfile:
        process = subprocess.Popen(  # noqa: S603 - fixed argument list
            command, cwd=ROOT, env=server_env(data_dir), stdout=logfile, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn exited with {process.returncode}; see {server_log}")
        try:
            status, _headers, body = request(port, "/healthz")
            if status == 200 and b'"ok"' in body:
                return process
        except OSError:
            pass
        time.sleep(0.3)
    stop_gunicorn(process)
    sys.exit("gunicorn did not answer /healthz within 60 s")


def stop_gunicorn(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # the master stops its own workers
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def cookies_from(headers: list[tuple[str, str]]) -> dict[str, str]:
    found = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            found[key.strip()] = rest.split(";", 1)[0]
    return found


def sign_in(port: int, email: str) -> str:
    """The sign-in form, as a browser posts it; returns the Cookie header of the session."""
    status, headers, body = request(port, "/lv/accounts/login/")
    cookies = cookies_from(headers)
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if status != 200 or not match or "csrftoken" not in cookies:
        raise RuntimeError(f"no sign-in form at /lv/accounts/login/ (status {status})")
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": match.group(1).decode(), "login": email, "password": DEMO_PASSWORD}
    ).encode()
    status, headers, _body = request(
        port,
        "/lv/accounts/login/",
        method="POST",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookies['csrftoken']}",
            "Referer": f"http://{HOST}:{port}/lv/accounts/login/",
        },
    )
    cookies.update(cookies_from(headers))
    if status != 302 or not cookies.get("sessionid"):
        raise RuntimeError(f"sign-in of {email} failed: status {status}")
    return f"sessionid={cookies['sessionid']}; csrftoken={cookies['csrftoken']}"


def first_topic(port: int) -> str:
    _status, _headers, body = request(port, "/lv/valmiera/living/")
    found = re.findall(r'href="/lv/valmiera/living/([a-z0-9-]+)/"', body.decode())
    if not found:
        raise RuntimeError("the living guide links to no topic")
    return found[0]


def describe(port: int, target: Target, headers: dict[str, str]) -> str:
    """What the page shows, so that a page that answers 200 with nothing in it is noticed."""
    status, response_headers, body = request(port, target.path, headers=headers)
    if status != 200:
        where = {k.lower(): v for k, v in response_headers}.get("location", "")
        return f"answers {status} {where}: not measured"
    text = body.decode()
    cache = {k.lower(): v for k, v in response_headers}.get("cache-control", "-")
    links = len(re.findall(r"<a\s", text))
    return f"{len(body) // 1024:>4} KiB, {links:>3} links, Cache-Control: {cache}"


# --- Load -----------------------------------------------------------------------------------------


def cpu_jiffies() -> tuple[float, float]:
    """(user + nice + system, total) jiffies of all cores, from /proc/stat."""
    with open("/proc/stat") as stat:
        values = [float(v) for v in stat.readline().split()[1:9]]
    return values[0] + values[1] + values[2], sum(values)


def own_jiffies(server_pid: int) -> float:
    """utime + stime of this process, the gunicorn master and its workers."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(entry), int(fields[1])
        if pid in (os.getpid(), server_pid) or parent == server_pid:
            total += float(fields[11]) + float(fields[12])
    return total


@dataclass
class Result:
    target: Target
    latencies: list[float] = field(default_factory=list)  # seconds, recorded window only
    errors: int = 0
    samples: list[str] = field(default_factory=list)
    seconds: float = 0.0
    other: list[float] = field(default_factory=list)  # per window: share of all CPUs used by other processes

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)  # nearest rank
        return ordered[max(0, min(len(ordered), math.ceil(q / 100 * len(ordered))) - 1)] * 1000


def run_load(
    port: int,
    target: Target,
    headers: dict[str, str],
    args: argparse.Namespace,
    server_pid: int,
    result: Result,
) -> None:
    """One recorded window of --duration seconds, added to ``result``."""
    lock = threading.Lock()
    barrier = threading.Barrier(args.clients + 1)
    window: dict[str, float] = {}

    def client() -> None:
        local: list[float] = []
        errors = 0
        samples: list[str] = []
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        barrier.wait()
        record_from, stop_at = window["from"], window["to"]
        while True:
            begun = time.perf_counter()
            if begun >= stop_at:
                break
            try:
                conn.request("GET", target.path, headers=headers)
                response = conn.getresponse()
                response.read()
                problem = None if response.status == 200 else f"{response.status} {target.path}"
            except (OSError, http.client.HTTPException) as exc:
                problem = f"{type(exc).__name__}: {exc}"
                conn.close()
            ended = time.perf_counter()
            if problem is not None:
                errors += 1
                if len(samples) < 3:
                    samples.append(problem)
            elif begun >= record_from and ended <= stop_at:
                local.append(ended - begun)
        conn.close()
        with lock:
            result.latencies.extend(local)
            result.errors += errors
            result.samples.extend(samples)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    now = time.perf_counter()
    window["from"] = now + args.warmup
    window["to"] = now + args.warmup + args.duration
    barrier.wait()
    time.sleep(max(0.0, window["from"] - time.perf_counter()))
    busy0, total0 = cpu_jiffies()
    own0 = own_jiffies(server_pid)
    for thread in threads:
        thread.join(timeout=args.warmup + args.duration + 60)
    busy1, total1 = cpu_jiffies()
    own1 = own_jiffies(server_pid)
    result.seconds += args.duration
    if total1 > total0:
        result.other.append(max(0.0, (busy1 - busy0) - (own1 - own0)) / (total1 - total0))


# --- Profile (in-process) -------------------------------------------------------------------------


def profile(data_dir: Path, targets: list[Target], topic: str) -> None:
    """Each page once more in this process (Django's test client, DEBUG=0): queries, time, top functions."""
    import cProfile
    import pstats

    os.environ.clear()
    os.environ.update(server_env(data_dir))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    log(
        "\nProfile (in-process, test client, DEBUG=0, warm; miss: the local cache emptied first; top functions of misses):"
    )
    youth = get_user_model().objects.get(email=YOUTH)
    for target in targets:
        path = target.path.format(topic=topic)
        client = Client()
        if target.signed_in:
            client.force_login(youth)
        client.get(path)
        for label in ("miss", "hit"):
            if label == "miss":
                caches["local"].clear()  # what a request costs when nothing is cached in this process
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(path)
                elapsed = (time.perf_counter() - started) * 1000
            sql = sum(float(q["time"]) for q in captured.captured_queries) * 1000
            served = "hit" if response.get("X-Page-Cache") == "hit" else "miss"
            log(
                f"  {target.name if label == 'miss' else '':<16} {served:<4} {elapsed:6.1f} ms,"
                f" {len(captured.captured_queries):>3} queries ({sql:5.1f} ms SQL), {len(response.content) // 1024} KiB"
            )
        if target.name == "healthz":
            continue
        profiler = cProfile.Profile()
        for _ in range(10):
            caches["local"].clear()
            profiler.enable()
            client.get(path)
            profiler.disable()
        stats = pstats.Stats(profiler)
        rows = sorted(
            (
                (cumulative / 10 * 1000, f"{Path(file).name}:{line} {func}")
                for (file, line, func), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items()  # type: ignore[attr-defined]
                if "microcity" in file and "/tests/" not in file and "bench" not in file
            ),
            reverse=True,
        )
        for ms, where in rows[:5]:
            log(f"      {ms:6.1f} ms cumulative  {where}")


# --- Main -----------------------------------------------------------------------------------------


def main() -> int:  # noqa: C901, PLR0912, PLR0915 - one straight script
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data-dir", help="keep the seeded database and static files here (reused when present)"
    )
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=6.0, help="recorded seconds per page and round")
    parser.add_argument("--warmup", type=float, default=2.0, help="unrecorded seconds before each page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument(
        "--rounds", type=int, default=2, help="times over all pages; a page's figures pool its windows"
    )
    parser.add_argument("--only", help="comma-separated page names (healthz is always measured)")
    parser.add_argument("--profile", action="store_true", help="also profile each page in-process")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    temporary = args.data_dir is None
    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="microcity-bench-pages-")).resolve()
    targets = TARGETS
    if args.only:
        wanted = {name.strip() for name in args.only.split(",")}
        targets = [t for t in TARGETS if t.name in wanted or t.name == "healthz"]

    log(f"Microcity pages benchmark, {dt.datetime.now().isoformat(timespec='minutes')}")
    log(
        f"  machine: {platform.node()}, {os.cpu_count()} CPUs, {platform.platform()}, Python {platform.python_version()}"
    )
    commit = subprocess.run(  # noqa: S603, S607
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    log(f"  code: {commit or '?'}")
    with open("/proc/loadavg") as loadavg:
        log(f"  load average at start: {' '.join(loadavg.read().split()[:3])}")
    failed = False
    results: list[Result] = []
    process: subprocess.Popen[bytes] | None = None
    try:
        prepare(data_dir)
        port = free_port()
        process = start_gunicorn(data_dir, port, args.workers, data_dir / "gunicorn.log")
        cookie = sign_in(port, YOUTH)
        log("  signed in: the demo youth (sign-in form)")
        topic = first_topic(port)
        targets = [Target(t.name, t.path.format(topic=topic), t.signed_in, t.goal) for t in targets]
        log("Pages (GET once each):")
        measured = []
        for target in targets:
            headers = {"Cookie": cookie} if target.signed_in else {}
            description = describe(port, target, headers)
            log(f"  {target.name:<16} {target.path:<44} {description}")
            if not description.startswith("answers"):
                measured.append(target)
        targets = measured
        log(
            f"Load: {args.clients} clients, {args.rounds} round(s) over the pages,"
            f" each {args.warmup:g} s warm-up + {args.duration:g} s recorded"
        )
        results = [Result(target) for target in targets]
        for round_number in range(1, args.rounds + 1):
            log(f" round {round_number}")
            for result in results:
                target = result.target
                headers = {"Cookie": cookie} if target.signed_in else {}
                before = len(result.latencies)
                run_load(port, target, headers, args, process.pid, result)
                window = Result(target, result.latencies[before:], seconds=args.duration)
                other = result.other[-1] * 100 if result.other else float("nan")
                log(
                    f"  {target.name:<16} {window.rps:7.1f} req/s  p50 {window.pct(50):6.1f} ms"
                    f"  p95 {window.pct(95):6.1f} ms  errors {result.errors}"
                    f"  (other work on the machine: {other:.0f} % of its CPUs)"
                )
        for result in results:
            for sample in result.samples:
                log(f"    error ({result.target.name}): {sample}")
            failed = failed or result.errors > 0
    finally:
        if process is not None:
            stop_gunicorn(process)

    reference = next((r.rps for r in results if r.target.name == "healthz"), float("nan"))
    log(f"\nSummary (goal: >= {RATIO_GOAL:.0%} of /healthz and p95 <= {P95_GOAL_MS:.0f} ms)")
    log(f"  {'page':<16} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'% healthz':>10} {'other':>6}  verdict")
    rows = []
    for result in results:
        share = result.rps / reference if reference else float("nan")
        verdict = "reference"
        if result.target.goal:
            ok = share >= RATIO_GOAL and result.pct(95) <= P95_GOAL_MS
            verdict = "PASS" if ok else "MISS"
        other = max(result.other, default=float("nan"))
        log(
            f"  {result.target.name:<16} {result.rps:8.1f} {result.pct(50):8.1f} {result.pct(95):8.1f}"
            f" {share * 100:9.0f} % {other * 100:5.0f} %  {verdict}"
        )
        rows.append(
            {
                "page": result.target.name,
                "path": result.target.path,
                "rps": round(result.rps, 1),
                "p50_ms": round(result.pct(50), 1),
                "p95_ms": round(result.pct(95), 1),
                "share_of_healthz": round(share, 3),
                "errors": result.errors,
                "other_work_max": round(max(result.other, default=float("nan")), 3),
                "verdict": verdict,
            }
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    if args.profile:
        profile(data_dir, targets, topic)
    if temporary:
        shutil.rmtree(data_dir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
