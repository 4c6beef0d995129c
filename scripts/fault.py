"""`make fault`: the platform under a bounded mixed load while, in turn, Redis is killed, PostgreSQL
is stopped and the certificates table is locked. Everything runs on this machine, on services of
its own (a PostgreSQL cluster and a Redis on spare loopback ports, gunicorn and the job consumer as
in production); the shared ones are never touched. Prints a table, writes it to RELIABILITY.md
and exits 1 when a target of issue 13 is missed. At most 5 minutes; everything started is stopped
again, on failure and on Ctrl-C too.

Environment knobs (defaults in brackets): FAULT_CLIENTS [12], FAULT_CERTIFICATES [3000],
FAULT_GUNICORN_CONFIG [auto: `-c python:tscplus.gunicorn_config` once that module exists, else
`--workers 4` as in docs/deploy.md; "on"/"off" to force], FAULT_SEED."""

from __future__ import annotations

import contextlib
import datetime
import http.client
import json
import math
import os
import pwd
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _machine() -> str:
    sys.path.insert(0, str(ROOT))
    from bench.machine import machine

    return machine()


BIN = Path(sys.executable).parent

# --- What is run ------------------------------------------------------------------------------
GUNICORN_CONFIG = "python:tscplus.gunicorn_config"
GUNICORN_CONFIG_FILE = ROOT / "tscplus" / "gunicorn_config.py"
USE_GUNICORN_CONFIG = os.environ.get("FAULT_GUNICORN_CONFIG", "auto")  # auto | on | off
PLAIN_GUNICORN = ["--workers", "4", "--timeout", "60", "--access-logfile", "-"]  # docs/deploy.md
CLIENTS = int(os.environ.get("FAULT_CLIENTS", "12"))
CERTIFICATES = int(os.environ.get("FAULT_CERTIFICATES", "3000"))
PLACES_PER_OPERATOR = 8
THINK_SECONDS = (0.01, 0.05)  # each client pauses this long between operations
MAX_OPERATIONS = 60_000  # a bound by count, beside the bound by time
CLIENT_TIMEOUT = 30.0  # seconds a client waits for an answer before it counts as failed
PROBE_EVERY = 0.5  # /healthz and the cached QR page are probed this often
# The ratings limit per address and hour during the run (the setting's default is 20): smaller, so
# that the limit probe crosses it a few times over even when each web process counts on its own.
RATING_LIMIT = 5
PROBE_RATINGS = 30
PG_USER = "tscplus-fault"
DEADLINE_SECONDS = 295

# (name, seconds, fault): faults are "redis", "postgres", "lock"; the others are load as usual.
PHASES = [
    ("baseline", 15, None),
    ("Redis killed", 20, "redis"),
    ("recovery (Redis)", 10, None),
    ("PostgreSQL stopped", 15, "postgres"),
    ("recovery (PostgreSQL)", 10, None),
    ("certificates table locked", 15, "lock"),
    ("recovery (lock)", 10, None),
]
RECOVERY_TARGET = 5.0
JOB_WAIT_SECONDS = 60
LOCKED_TABLE = "assessments_certificate"  # read by the QR page (Certificate's table)

# Kinds of request and what counts as success for each: the rating form's POST answers a redirect.
KINDS = [
    "qr",
    "rate_form",
    "rate",
    "assess_start",
    "assess_answers",
    "assess_submit",
    "healthz",
    "qr_cached",
    "probe",
]
SUCCESS = {"rate": (302,), "assess_start": (200, 201), "probe": (201,)}
COMMENTS = ["", "", "สะอาดดี", "พนักงานสุภาพ มีเจลล้างมือ", "โต๊ะสะอาด", "Clean and friendly."]

stop_load = threading.Event()


def log(message: str) -> None:
    print(f"[fault {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- Processes we start, and stopping them -------------------------------------------------------


class Cleanup:
    """What was started, stopped in reverse order whatever happens (each step on its own)."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, object]] = []

    def push(self, label: str, fn) -> None:
        self.steps.append((label, fn))

    def run(self) -> None:
        while self.steps:
            label, fn = self.steps.pop()
            try:
                fn()
            except Exception as error:
                log(f"cleanup of {label}: {error!r}")


def stop_process(
    proc: subprocess.Popen | None, sig: int = signal.SIGTERM, wait: float = 15
) -> None:
    """Stop a process we started (in a session of its own) and whatever it started itself."""
    if proc is None or proc.poll() is not None:
        if proc is not None:
            _kill_group(proc.pid, signal.SIGKILL)
        return
    try:
        proc.send_signal(sig)
        proc.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    _kill_group(proc.pid, signal.SIGKILL)  # leftovers of its group (its workers), if any


def _kill_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError("no free port")


def wait_for(check, seconds: float, what: str) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up within {seconds:.0f} s")


# --- PostgreSQL and Redis of our own -------------------------------------------------------------


def system_packages() -> tuple[Path, str]:
    """PostgreSQL's bin directory and redis-server; installed with apt-get when missing (root)."""

    def found() -> tuple[Path | None, str | None]:
        bins = sorted(
            glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4])
        )
        return (Path(bins[-1]).parent if bins else None), shutil.which("redis-server")

    pg, redis = found()
    if pg and redis:
        return pg, redis
    missing = [n for n, have in (("postgresql", pg), ("redis-server", redis)) if not have]
    if os.geteuid() != 0:
        raise RuntimeError(
            f"missing {', '.join(missing)}: sudo apt-get install -y {' '.join(missing)}"
        )
    log(f"installing {', '.join(missing)} with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
    pg, redis = found()
    if not (pg and redis):
        raise RuntimeError("PostgreSQL or Redis still missing after apt-get")
    return pg, redis


def service_user() -> tuple[int, int] | None:
    """(uid, gid) to run PostgreSQL as when we are root (initdb refuses root); None otherwise."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(PG_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
            check=True,
        )
        entry = pwd.getpwnam(PG_USER)
    return entry.pw_uid, entry.pw_gid


@dataclass
class Postgres:
    bindir: Path
    data: Path
    sockets: Path
    port: int
    log_path: Path
    owner: tuple[int, int] | None
    proc: subprocess.Popen | None = None

    def _as_owner(self) -> dict:
        return {"user": self.owner[0], "group": self.owner[1]} if self.owner else {}

    def init(self) -> None:
        for path in (self.data, self.sockets):
            path.mkdir(mode=0o700)
            if self.owner:
                os.chown(path, *self.owner)
        subprocess.run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--no-locale",
                "--encoding=UTF8",
                "--no-sync",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd="/",
            **self._as_owner(),
        )

    def start(self) -> None:
        with open(self.log_path, "ab") as out:
            self.proc = subprocess.Popen(
                [
                    str(self.bindir / "postgres"),
                    "-D",
                    str(self.data),
                    "-p",
                    str(self.port),
                    "-k",
                    str(self.sockets),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                    "-c",
                    "max_connections=200",
                    "-c",
                    "shared_buffers=128MB",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd="/",
                **self._as_owner(),
            )
        wait_for(self.ready, 30, "PostgreSQL")

    def ready(self) -> bool:
        import psycopg

        if self.proc is not None and self.proc.poll() is not None:
            raise RuntimeError(f"PostgreSQL exited: see {self.log_path}")
        try:
            psycopg.connect(self.url("postgres"), connect_timeout=1).close()
        except psycopg.Error:
            return False
        return True

    def stop_fast(self) -> None:
        """`pg_ctl stop -m fast`, as an operator would: sessions are ended, the server stops."""
        subprocess.run(
            [
                str(self.bindir / "pg_ctl"),
                "stop",
                "-D",
                str(self.data),
                "-m",
                "fast",
                "-w",
                "-t",
                "30",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd="/",
            **self._as_owner(),
        )
        if self.proc is not None:
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        stop_process(self.proc, signal.SIGINT, wait=20)  # SIGINT: PostgreSQL's fast shutdown

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"


@dataclass
class Redis:
    binary: str
    port: int
    workdir: Path
    log_path: Path
    proc: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log_path, "ab") as out:
            # No persistence: a restarted Redis starts empty, as a cache that was restarted.
            self.proc = subprocess.Popen(
                [
                    self.binary,
                    "--bind",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.workdir),
                    "--daemonize",
                    "no",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for(self.ready, 15, "Redis")

    def ready(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: a crash, nothing written, nothing said to the clients
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        stop_process(self.proc, wait=10)


# --- The load ------------------------------------------------------------------------------------


@dataclass
class Answer:
    kind: str
    t0: float
    t1: float
    status: int  # 0: no answer (refused, reset, timed out)
    retry_after: bool
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    cookies: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status in SUCCESS.get(self.kind, (200,))

    @property
    def ms(self) -> float:
        return (self.t1 - self.t0) * 1000


class Load:
    def __init__(self, port: int, setup: dict, seed: int) -> None:
        self.port = port
        self.site = f"http://127.0.0.1:{port}"
        self.doors = setup["doors"]  # [(token, public_id)], the first are the busiest
        self.version = setup["version"]
        self.items = setup["items"]
        self.operators = setup["operators"]
        self.seed = seed
        self.answers: list[Answer] = []
        self.acks: list[tuple[Answer, dict]] = []  # (the acknowledging answer, what to look for)
        self.operations = 0
        self.probes: dict[str, list[Answer]] = defaultdict(list)
        self.samples: dict[int, list[str]] = {}  # a few bodies of unexpected answers, by status

    # One request on a new connection (gunicorn's sync workers close each one anyway).
    def request(
        self,
        kind: str,
        method: str,
        path: str,
        *,
        headers: dict,
        body: bytes | None = None,
        timeout: float = CLIENT_TIMEOUT,
    ) -> Answer:
        t0 = time.monotonic()
        status, data, got, cookies = 0, b"", {}, {}
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
            status = response.status
            got = {k.lower(): v for k, v in response.getheaders()}
            for value in response.msg.get_all("Set-Cookie") or []:
                name, _, rest = value.partition("=")
                cookies[name.strip()] = rest.split(";", 1)[0]
        except (OSError, http.client.HTTPException) as error:
            data = repr(error).encode()
        finally:
            conn.close()
        answer = Answer(
            kind, t0, time.monotonic(), status, "retry-after" in got, data, got, cookies
        )
        self.answers.append(answer)
        if not answer.ok and status not in (429,) and len(self.samples.setdefault(status, [])) < 3:
            self.samples[status].append(f"{method} {path}: {data[:300]!r}")
        return answer

    def door(self, rng: random.Random) -> tuple[str, str]:
        # As at real doors: a few places scanned often, most rarely (door k with odds ~ 1/k).
        k = max(1, math.floor(len(self.doors) ** rng.random()))
        return self.doors[k - 1]

    @staticmethod
    def address(rng: random.Random) -> str:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"

    def scan(self, rng: random.Random) -> None:
        token, _ = self.door(rng)
        lang = "?lang=en" if rng.random() < 0.1 else ""
        self.request(
            "qr", "GET", f"/v/{token}{lang}", headers={"X-Forwarded-For": self.address(rng)}
        )

    def rate(self, rng: random.Random) -> None:
        """From the QR page: open its rating form (the scan's signed visit token), then send it."""
        token, public_id = self.door(rng)
        ip, device = self.address(rng), secrets.token_hex(16)
        form = self.request(
            "rate_form",
            "GET",
            f"/v/{token}/rate",
            headers={"X-Forwarded-For": ip, "Cookie": f"tscplus_device={device}"},
        )
        if form.status != 200:
            return
        html = form.body.decode("utf-8", "replace")
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        visit = re.search(r'name="visit" value="([^"]*)"', html)
        action = re.search(r'<form method="post"[^>]*action="([^"]+)"', html)
        cookie = form.cookies.get("csrftoken")
        if not (csrf and visit and action and cookie):
            self.samples.setdefault(-1, []).append(f"rating form without its fields: {html[:200]}")
            return
        fields = {
            a: str(rng.randint(3, 5))
            for a in ("cleanliness", "distancing", "hygiene", "staff", "overall")
        }
        fields.update(
            csrfmiddlewaretoken=csrf.group(1),
            visit=visit.group(1),
            website="",
            comment=rng.choice(COMMENTS),
        )
        sent = self.request(
            "rate",
            "POST",
            action.group(1),
            body=urllib.parse.urlencode(fields).encode(),
            headers={
                "X-Forwarded-For": ip,
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookie}; tscplus_device={device}",
                "Origin": self.site,
                "Referer": f"{self.site}/v/{token}/rate",
            },
        )
        if sent.status == 302 and f"/places/{public_id}/" in sent.headers.get("location", ""):
            self.acks.append((sent, {"what": "rating", "device": device, "place": public_id}))

    def assess(self, operator: dict, place: str, ip: str) -> None:
        """A self-assessment through the API: start a draft, answer every item, submit."""
        headers = {
            "Authorization": f"Bearer {operator['key']}",
            "X-Forwarded-For": ip,
            "Content-Type": "application/json",
        }
        start = self.request(
            "assess_start",
            "POST",
            "/api/v1/assessments/",
            headers=headers,
            body=json.dumps({"establishment": place, "version": self.version}).encode(),
        )
        if not start.ok:
            return
        pk = json.loads(start.body)["id"]
        self.acks.append((start, {"what": "assessment", "id": pk}))
        answers = {"answers": [{"item": i, "value": "pass"} for i in self.items]}
        saved = self.request(
            "assess_answers",
            "PATCH",
            f"/api/v1/assessments/{pk}/answers/",
            headers=headers,
            body=json.dumps(answers).encode(),
        )
        if not saved.ok:
            return
        self.acks.append((saved, {"what": "answers", "id": pk}))
        done = self.request(
            "assess_submit", "POST", f"/api/v1/assessments/{pk}/submit/", headers=headers
        )
        if done.ok:
            result = json.loads(done.body)
            self.acks.append(
                (done, {"what": "submission", "id": pk, "certificate": result.get("certificate")})
            )

    def client(self, n: int) -> None:
        rng = random.Random(self.seed * 1000 + n)  # noqa: S311 (a load, not a secret)
        operator = self.operators[n % len(self.operators)]
        ip = f"10.250.{n // 250}.{n % 250 + 1}"  # an operator's office
        turn = 0
        while not stop_load.is_set() and self.operations < MAX_OPERATIONS:
            self.operations += 1
            r = rng.random()
            if r < 0.8:
                self.scan(rng)
            elif r < 0.9:
                self.rate(rng)
            else:
                self.assess(operator, operator["places"][turn % len(operator["places"])], ip)
                turn += 1
            time.sleep(rng.uniform(*THINK_SECONDS))

    def prober(self, kind: str, path: str) -> None:
        rng = random.Random(self.seed + hash(kind))  # noqa: S311
        while not stop_load.is_set():
            t = time.monotonic()
            self.request(
                kind,
                "GET",
                path,
                headers={"X-Forwarded-For": self.address(rng)},
                timeout=CLIENT_TIMEOUT,
            )
            time.sleep(max(0.0, PROBE_EVERY - (time.monotonic() - t)))

    def limit_probe(
        self, label: str, address: str, doors: list[tuple[str, str]], spacing: float
    ) -> None:
        """One client address sends more ratings than its hourly limit (the API, as an app would):
        past the limit it must be refused (429)."""
        for _token, public_id in doors:
            if stop_load.is_set():
                return
            body = {"cleanliness": 4, "distancing": 4, "hygiene": 4, "staff": 4, "overall": 4}
            answer = self.request(
                "probe",
                "POST",
                f"/api/v1/establishments/{public_id}/ratings/",
                body=json.dumps(body).encode(),
                headers={
                    "X-Forwarded-For": address,
                    "Content-Type": "application/json",
                    "X-Device-Id": secrets.token_hex(16),
                },
            )
            self.probes[label].append(answer)
            if answer.status == 201:
                self.acks.append(
                    (answer, {"what": "rating_api", "id": json.loads(answer.body)["id"]})
                )
            time.sleep(spacing)


# --- The run -------------------------------------------------------------------------------------


def gunicorn_command(port: int) -> tuple[list[str], str]:
    use = USE_GUNICORN_CONFIG == "on" or (
        USE_GUNICORN_CONFIG == "auto" and GUNICORN_CONFIG_FILE.exists()
    )
    if use:
        return [
            str(BIN / "gunicorn"),
            "-c",
            GUNICORN_CONFIG,
            "tscplus.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
        ], f"gunicorn -c {GUNICORN_CONFIG}"
    return [
        str(BIN / "gunicorn"),
        "tscplus.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        *PLAIN_GUNICORN,
    ], ("gunicorn " + " ".join(PLAIN_GUNICORN))


def children_of(pid: int) -> set[int]:
    found = set()
    for stat in glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.split("/")[2]))
    return found


def first_traceback(path: Path, lines: int = 40) -> str:
    """The first traceback a process logged (for the report of a failed run), if any."""
    text = path.read_text(errors="replace").splitlines() if path.exists() else []
    start = next((i for i, line in enumerate(text) if line.startswith("Traceback")), None)
    if start is None:
        return ""
    return "\n".join(text[max(0, start - 2) : start + lines])


def count_lines(path: Path, start: int, end: int) -> int:
    with open(path, "rb") as f:
        f.seek(start)
        return f.read(max(0, end - start)).count(b"\n")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def main() -> int:
    started = time.monotonic()
    failures: list[str] = []
    cleanup = Cleanup()

    def on_signal(signum, _frame):
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, on_signal)
    # Ctrl-C stops the run even when started with SIGINT ignored (a background job of a script).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # A run that overstays its budget is stopped (and cleaned up) like one interrupted.
    watchdog = threading.Timer(DEADLINE_SECONDS, lambda: os.kill(os.getpid(), signal.SIGTERM))
    watchdog.daemon = True
    watchdog.start()
    tmp = Path(tempfile.mkdtemp(prefix="tscplus-fault-"))
    if not os.environ.get("FAULT_KEEP"):  # FAULT_KEEP=1 keeps the logs and data to read
        cleanup.push("temporary directory", lambda: shutil.rmtree(tmp, ignore_errors=True))
    try:
        return run(tmp, cleanup, failures, started)
    except KeyboardInterrupt:
        log("interrupted: stopping everything")
        return 130
    except SystemExit as stop:
        log(f"stopped (signal or time budget of {DEADLINE_SECONDS} s): stopping everything")
        return int(stop.code or 1)
    finally:
        stop_load.set()
        watchdog.cancel()
        cleanup.run()
        log(f"cleaned up ({time.monotonic() - started:.0f} s in all)")


def run(tmp: Path, cleanup: Cleanup, failures: list[str], started: float) -> int:
    pg, redis = start_databases(tmp, cleanup)
    db_url = pg.url("tscplus_fault")
    web_port = free_port(58000)
    env = server_environment(tmp, db_url, redis.port, web_port)
    setup = prepare_database(env)
    web, consumer, server_label = start_server(tmp, env, web_port, cleanup)
    load = Load(web_port, setup, int(os.environ.get("FAULT_SEED", "13")))
    gunicorn_err = tmp / "gunicorn.err"
    wait_for(lambda: healthy(web, web_port, gunicorn_err), 60, "gunicorn")
    time.sleep(1)
    workers = children_of(web.pid)
    log(f"{server_label}: master {web.pid}, workers {sorted(workers)}; consumer {consumer.pid}")
    before, sequences_before = database_before(db_url)

    # Probe doors: the long tail, never scanned by the load's hot set; two disjoint slices.
    tail = setup["doors"][-2 * PROBE_RATINGS :]
    stage = Stage(pg, redis, db_url, load, setup["doors"][0][0], tail, gunicorn_err)
    windows, wall = run_load(stage)
    jobs = wait_for_jobs(db_url, before["core_outboxmessage"], wall, started, failures)
    restarted, replaced, planned = restarts(web, consumer, workers, gunicorn_err)
    failures += [f"restart: {r}" for r in restarted]

    # --- what the database holds
    checks = verify(db_url, load, before, sequences_before)
    failures += checks["failures"]

    # --- figures and targets
    report = assess(load, windows, checks, jobs, stage.pg_log, gunicorn_err, failures)
    text = render(report, server_label, jobs, checks, restarted, replaced, planned, failures, load)
    print(text)
    write_reliability(text)
    print_clues(gunicorn_err, tmp / "consumer.log", failures)
    log(
        f"{'FAILED' if failures else 'passed'}: {len(failures)} target(s) missed; "
        f"{time.monotonic() - started:.0f} s; logs were in {tmp}"
    )
    return 1 if failures else 0


def start_databases(tmp: Path, cleanup: Cleanup) -> tuple[Postgres, Redis]:
    """Our own PostgreSQL (with an empty `tscplus_fault` database) and Redis, on spare ports."""
    import psycopg

    pg_bin, redis_bin = system_packages()
    owner = service_user()
    # PostgreSQL's user reaches its own directory inside (traversal only, no listing).
    os.chmod(tmp, 0o711)  # noqa: S103
    pg = Postgres(pg_bin, tmp / "pg", tmp / "pgsock", free_port(55432), tmp / "postgres.log", owner)
    redis = Redis(redis_bin, free_port(56379), tmp / "redis", tmp / "redis.log")
    (tmp / "redis").mkdir()
    log(f"PostgreSQL {pg_bin.parent.name} on {pg.port}, Redis on {redis.port}, temp {tmp}")
    pg.init()
    pg.start()
    cleanup.push("PostgreSQL", pg.stop)
    redis.start()
    cleanup.push("Redis", lambda: redis.stop())
    with psycopg.connect(pg.url("postgres"), autocommit=True) as conn:
        conn.execute("CREATE DATABASE tscplus_fault")
    return pg, redis


def server_environment(tmp: Path, db_url: str, redis_port: int, web_port: int) -> dict[str, str]:
    """Production settings, on the run's own services and directories."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tscplus.settings",
        "DATABASE_URL": db_url,
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "DJANGO_DEBUG": "off",
        "DJANGO_SECRET_KEY": "fault-" + secrets.token_urlsafe(48),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{web_port}",
        "DJANGO_SECURE_SSL_REDIRECT": "off",
        "DJANGO_SECURE_COOKIES": "off",
        "DJANGO_TRUSTED_PROXIES": "127.0.0.1",
        "HUEY_NAME": f"tscplus-fault-{os.getpid()}",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "TSCPLUS_VAR_DIR": str(tmp / "var"),
        "RATING_LIMIT_PER_HOUR": str(RATING_LIMIT),
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
    }


def prepare_database(env: dict[str, str]) -> dict:
    """Migrations, static files and the run's data (scripts/fault_data.py): returns what the load
    needs of it (doors, version, items, operators)."""
    tscplus = str(BIN / "tscplus")
    t = time.monotonic()
    subprocess.run(
        [tscplus, "migrate", "--noinput"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    subprocess.run(
        [tscplus, "collectstatic", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    made = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "fault_data.py"),
            str(CERTIFICATES),
            str(CLIENTS),
            str(PLACES_PER_OPERATOR),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    setup = json.loads(made.stdout.strip().splitlines()[-1])
    log(
        f"database ready in {time.monotonic() - t:.0f} s: {len(setup['doors'])} certificates, "
        f"{len(setup['operators'])} operators"
    )
    return setup


def start_server(
    tmp: Path, env: dict[str, str], web_port: int, cleanup: Cleanup
) -> tuple[subprocess.Popen, subprocess.Popen, str]:
    """gunicorn and the job consumer, as in production: returns both and the server's label."""
    command, server_label = gunicorn_command(web_port)
    with open(tmp / "gunicorn.out", "wb") as web_out, open(tmp / "gunicorn.err", "wb") as web_err:
        web = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=web_out, stderr=web_err, start_new_session=True
        )
    cleanup.push("gunicorn", lambda: stop_process(web, wait=20))
    with open(tmp / "consumer.log", "wb") as consumer_log:
        consumer = subprocess.Popen(
            [str(BIN / "tscplus"), "run_huey"],
            cwd=ROOT,
            env=env,
            stdout=consumer_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    cleanup.push("consumer", lambda: stop_process(consumer, signal.SIGINT, wait=15))
    return web, consumer, server_label


def healthy(web: subprocess.Popen, web_port: int, gunicorn_err: Path) -> bool:
    """gunicorn answers /healthz with 200; an exited gunicorn ends the wait with its log."""
    if web.poll() is not None:
        raise RuntimeError("gunicorn exited:\n" + gunicorn_err.read_text()[-3000:])
    conn = http.client.HTTPConnection("127.0.0.1", web_port, timeout=2)
    try:
        conn.request("GET", "/healthz")
        return conn.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def maxima(conn) -> dict[str, int | None]:
    """The highest id of each table the run writes to (None: no such table)."""
    import psycopg

    out = {}
    for table in (
        "voice_rating",
        "assessments_assessment",
        "assessments_certificate",
        "core_auditevent",
        "core_outboxmessage",
    ):
        try:
            out[table] = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]  # noqa: S608
        except psycopg.errors.UndefinedTable:
            conn.rollback()
            out[table] = None
    return out


def database_before(db_url: str) -> tuple[dict, dict]:
    """What the database held before the load (rows made during the run are those above), and
    where each certificate counter stood."""
    import psycopg

    with psycopg.connect(db_url) as conn:
        before = maxima(conn)
        sequences_before = {
            (p, y): n
            for p, y, n in conn.execute(
                "SELECT province_id, be_year, last_number FROM assessments_certificatesequence"
            )
        }
    return before, sequences_before


# --- The load, and the faults in turn ------------------------------------------------------------


@dataclass
class Stage:
    """What the phases act on: our services, the load, the QR page the lock phase warms first, the
    limit probe's doors, and gunicorn's error log (its size when PostgreSQL stops and starts, in
    pg_log, counts the lines it wrote meanwhile)."""

    pg: Postgres
    redis: Redis
    db_url: str
    load: Load
    hot_token: str
    tail: list[tuple[str, str]]
    gunicorn_err: Path
    pg_log: dict[str, int] = field(default_factory=dict)
    probes: list[threading.Thread] = field(default_factory=list)


Window = tuple[str, float, float, str | None]  # (phase, start, end, fault)


def run_load(stage: Stage) -> tuple[list[Window], dict[str, tuple[float, float]]]:
    """The clients and probes, through every phase of PHASES: returns each phase's window and its
    wall-clock (start, end), for rows the database timestamps."""
    load = stage.load
    threads = [threading.Thread(target=load.client, args=(n,), daemon=True) for n in range(CLIENTS)]
    threads.append(threading.Thread(target=load.prober, args=("healthz", "/healthz"), daemon=True))
    threads.append(
        threading.Thread(
            target=load.prober, args=("qr_cached", f"/v/{stage.hot_token}"), daemon=True
        )
    )
    windows: list[Window] = []
    wall = {}
    load_start = time.monotonic()
    log(f"load: {CLIENTS} clients + /healthz and cached-QR probes, every {PROBE_EVERY} s")
    for thread in threads:
        thread.start()
    for name, seconds, fault in PHASES:
        begin, begin_wall = play_phase(stage, name, seconds, fault)
        windows.append((name, begin, time.monotonic(), fault))
        wall[name] = (begin_wall, time.time())
    stop_load.set()
    load_end = time.monotonic()
    for thread in threads + stage.probes:
        thread.join(timeout=CLIENT_TIMEOUT + 5)
    log(f"load stopped: {len(load.answers)} requests in {load_end - load_start:.0f} s")
    return windows, wall


def play_phase(stage: Stage, name: str, seconds: float, fault: str | None) -> tuple[float, float]:
    """One phase: returns its (monotonic, wall-clock) start, the lock's once it is held."""
    begin, begin_wall = time.monotonic(), time.time()
    if fault is None:
        if name == "baseline":
            start_limit_probe(stage, "baseline", "192.0.2.10", stage.tail[:PROBE_RATINGS], 0.3)
        time.sleep(seconds)
    elif fault == "redis":
        kill_redis(stage, begin, seconds)
    elif fault == "postgres":
        stop_postgres(stage, begin, seconds)
    elif fault == "lock":
        begin, begin_wall = lock_certificates(stage, seconds)
    return begin, begin_wall


def start_limit_probe(
    stage: Stage, label: str, address: str, doors: list[tuple[str, str]], spacing: float
) -> None:
    probe = threading.Thread(
        target=stage.load.limit_probe, daemon=True, args=(label, address, doors, spacing)
    )
    probe.start()
    stage.probes.append(probe)


def kill_redis(stage: Stage, begin: float, seconds: float) -> None:
    """SIGKILL, the limit probe while Redis is down, then Redis started again, empty."""
    log("Redis: SIGKILL")
    stage.redis.kill()
    time.sleep(1)
    spacing = (seconds - 3) / PROBE_RATINGS
    start_limit_probe(stage, "Redis killed", "192.0.2.20", stage.tail[PROBE_RATINGS:], spacing)
    time.sleep(begin + seconds - time.monotonic())
    stage.redis.start()  # same port, empty: its data is lost
    log("Redis: started again, empty")


def stop_postgres(stage: Stage, begin: float, seconds: float) -> None:
    stage.pg_log["start"] = stage.gunicorn_err.stat().st_size
    log("PostgreSQL: pg_ctl stop -m fast")
    stage.pg.stop_fast()
    time.sleep(max(0.0, begin + seconds - time.monotonic()))
    stage.pg.start()
    stage.pg_log["end"] = stage.gunicorn_err.stat().st_size
    log("PostgreSQL: started again")


def lock_certificates(stage: Stage, seconds: float) -> tuple[float, float]:
    """The hot QR page cached first, then its table locked from another session: returns when the
    lock was held (the phase starts there)."""
    import psycopg

    stage.load.request(
        "qr_cached", "GET", f"/v/{stage.hot_token}", headers={"X-Forwarded-For": "10.9.9.9"}
    )
    locker = psycopg.connect(stage.db_url)
    locker.execute("SET lock_timeout = '10s'")
    locker.execute(f"LOCK TABLE {LOCKED_TABLE} IN ACCESS EXCLUSIVE MODE")
    begin, begin_wall = time.monotonic(), time.time()
    log(f"lock: {LOCKED_TABLE} held in ACCESS EXCLUSIVE mode")
    time.sleep(seconds)
    locker.rollback()
    locker.close()
    log("lock: released")
    return begin, begin_wall


# --- After the load ------------------------------------------------------------------------------


def wait_for_jobs(
    db_url: str,
    since: int | None,
    wall: dict[str, tuple[float, float]],
    started: float,
    failures: list[str],
) -> dict:
    """The queue: waits for the jobs the run made (outbox rows above `since`) to be done, up to
    JOB_WAIT_SECONDS within what is left of the time budget (the checks follow)."""
    import psycopg

    jobs = {"queued": None, "done": None, "lost": None, "by_phase": {}}
    if since is None:  # no outbox table
        return jobs
    waited = time.monotonic()
    deadline = min(waited + JOB_WAIT_SECONDS, started + DEADLINE_SECONDS - 25)
    with psycopg.connect(db_url, autocommit=True) as conn:
        states = settled_job_states(conn, since, deadline)
        jobs["queued"] = sum(states.values())
        jobs["done"] = states.get("done", 0)
        jobs["lost"] = jobs["queued"] - jobs["done"]
        jobs["states"] = states
        jobs["by_phase"] = jobs_by_phase(conn, since, wall)
        if jobs["lost"]:
            shown = lost_jobs(conn, since)
            failures.append(
                f"jobs lost: {jobs['lost']} of {jobs['queued']} not done "
                f"{time.monotonic() - waited:.0f} s after the load ({states}): {shown}"
            )
    return jobs


def settled_job_states(conn, since: int, deadline: float) -> dict[str, int]:
    """The run's jobs counted by state, once none is pending or running (or at the deadline)."""
    while True:
        states = dict(
            conn.execute(
                "SELECT state, count(*) FROM core_outboxmessage WHERE id > %s GROUP BY state",
                [since],
            ).fetchall()
        )
        if not states.get("pending") and not states.get("running"):
            return states
        if time.monotonic() > deadline:
            return states
        time.sleep(1)


def jobs_by_phase(conn, since: int, wall: dict[str, tuple[float, float]]) -> dict[str, list[int]]:
    """[made, done] for each phase the jobs were made in (or "after the load")."""
    by_phase: dict[str, list[int]] = {}
    rows = conn.execute(
        "SELECT extract(epoch FROM created_at), state FROM core_outboxmessage WHERE id > %s",
        [since],
    ).fetchall()
    for at, state in rows:
        phase = next((n for n, (a, b) in wall.items() if a <= float(at) < b), "after the load")
        counts = by_phase.setdefault(phase, [0, 0])
        counts[0] += 1
        counts[1] += state == "done"
    return by_phase


def lost_jobs(conn, since: int) -> list[str]:
    """The first five jobs not done, as the failure shows them."""
    lost = conn.execute(
        "SELECT id, name, state, attempts, created_at, claimed_at, finished_at, "
        "left(last_error, 200) FROM core_outboxmessage WHERE id > %s AND state <> 'done' "
        "ORDER BY id LIMIT 5",
        [since],
    ).fetchall()
    return [
        f"#{i} {n} {st}, {a} attempts, created {c:%H:%M:%S}, claimed "
        f"{'-' if cl is None else f'{cl:%H:%M:%S}'}, finished {'-' if f is None else f'{f:%H:%M:%S}'}"
        f"{', error: ' + e if e else ''}"
        for i, n, st, a, c, cl, f, e in lost
    ]


def restarts(
    web: subprocess.Popen, consumer: subprocess.Popen, workers: set[int], gunicorn_err: Path
) -> tuple[list[str], int, int]:
    """Nothing restarted: the processes that exited, and the workers replaced beyond those
    gunicorn replaced on purpose (max-requests); returns them, the replaced and the planned."""
    restarted = []
    if web.poll() is not None:
        restarted.append(f"gunicorn master exited ({web.returncode})")
    if consumer.poll() is not None:
        restarted.append(f"the consumer exited ({consumer.returncode})")
    now_workers = children_of(web.pid) if web.poll() is None else set()
    replaced = len(workers - now_workers)
    planned = gunicorn_err.read_text(errors="replace").count("Autorestarting worker")
    if replaced > planned:
        restarted.append(f"{replaced - planned} gunicorn workers replaced (killed or crashed)")
    return restarted, replaced, planned


def print_clues(gunicorn_err: Path, consumer_log: Path, failures: list[str]) -> None:
    """The first traceback of each process; on failure, why the web answered 503, by the
    database's own words (a deadlock, a lock time-out, a refused connection), so a failure outside
    the faults can be read without FAULT_KEEP."""
    for path in (gunicorn_err, consumer_log):
        excerpt = first_traceback(path)
        if excerpt:
            print(f"--- first traceback in {path.name} ---\n{excerpt}\n---")
    if failures:
        causes = Counter(
            line.split(" answered 503: ", 1)[1].strip()[:160]
            for line in gunicorn_err.read_text(errors="replace").splitlines()
            if " answered 503: " in line
        )
        for cause, count in causes.most_common(8):
            print(f"503 x {count}: {cause}")


def verify(db_url: str, load: Load, before: dict, sequences_before: dict) -> dict:
    """Every acknowledged write is in the database; nothing is half-written; numbers are gap-free;
    every write has its audit row."""
    import psycopg

    failures = []
    with psycopg.connect(db_url) as conn:
        q = lambda sql, *args: conn.execute(sql, args).fetchall()  # noqa: E731
        written = written_rows(q, before)
        found, missing = acknowledged(load, written)
        if missing:
            failures.append(
                f"acknowledged writes missing from the database: {len(missing)}, e.g. {missing[:3]}"
            )
        unscored, orphans, passed_without = half_written(q, before)
        for count, what in (
            (unscored, "submitted assessments without a score"),
            (orphans, "certificates without their submitted, passed assessment"),
            (passed_without, "passed self-assessments without a certificate"),
        ):
            if count:
                failures.append(f"half-written: {count} {what}")
        numbers, gaps = certificate_gaps(q, written["certificates"], sequences_before)
        if gaps:
            failures.append(f"certificate numbers with gaps or duplicates: {gaps[:3]}")
        unaudited = unaudited_writes(q, before)
        if any(unaudited.values()):
            failures.append(
                f"writes without their audit row: { {k: v for k, v in unaudited.items() if v} }"
            )
        assessments = written["assessments"]
        totals = {
            "ratings": len(written["api_ratings"]),
            "assessments": len(assessments),
            "submitted": sum(1 for s, _ in assessments.values() if s == "submitted"),
            "certificates": len(written["certificates"]),
            "counters": len(numbers),
        }
    return {
        "failures": failures,
        "found": found,
        "unscored": unscored,
        "orphans": orphans,
        "gaps": len(gaps),
        "unaudited": sum(unaudited.values()),
        "totals": totals,
    }


def written_rows(q, before: dict) -> dict:
    """The rows the run wrote, in the shapes the acknowledgements are looked up in."""
    return {
        "ratings": {
            (d, p)
            for d, p in q(
                "SELECT e.device, p.public_id FROM voice_rating e JOIN places_establishment p "
                "ON p.id = e.establishment_id WHERE e.id > %s",
                before["voice_rating"],
            )
        },
        "api_ratings": {
            r[0] for r in q("SELECT id FROM voice_rating WHERE id > %s", before["voice_rating"])
        },
        "assessments": {
            pk: (status, score)
            for pk, status, score in q(
                "SELECT id, status, score FROM assessments_assessment WHERE id > %s",
                before["assessments_assessment"],
            )
        },
        "answered": dict(
            q(
                "SELECT assessment_id, count(*) FROM assessments_answer WHERE assessment_id > %s "
                "GROUP BY assessment_id",
                before["assessments_assessment"],
            )
        ),
        "certificates": dict(
            q(
                "SELECT number, assessment_id FROM assessments_certificate WHERE id > %s",
                before["assessments_certificate"],
            )
        ),
    }


def acknowledged(load: Load, written: dict) -> tuple[dict[int, bool], list[dict]]:
    """Whether each acknowledged write was found (by its answer's id), and those missing."""
    found, missing = {}, []
    for answer, ack in load.acks:
        ok = is_written(ack, written, len(load.items))
        found[id(answer)] = ok
        if not ok:
            missing.append(ack)
    return found, missing


def is_written(ack: dict, written: dict, items: int) -> bool:
    what = ack["what"]
    if what == "rating":
        return (ack["device"], ack["place"]) in written["ratings"]
    if what == "rating_api":
        return ack["id"] in written["api_ratings"]
    if what == "assessment":
        return ack["id"] in written["assessments"]
    if what == "answers":
        return written["answered"].get(ack["id"], 0) >= items
    # A submission: scored, and its certificate (if it announced one) is its own.
    status, score = written["assessments"].get(ack["id"], (None, None))
    ok = status == "submitted" and score is not None
    if ack.get("certificate"):
        ok = ok and written["certificates"].get(ack["certificate"]) == ack["id"]
    return ok


def half_written(q, before: dict) -> tuple[int, int, int]:
    """Submitted assessments without a score, certificates without their submitted and passed
    assessment, passed self-assessments without a certificate."""
    unscored = q(
        "SELECT count(*) FROM assessments_assessment WHERE id > %s AND status = 'submitted' "
        "AND score IS NULL",
        before["assessments_assessment"],
    )[0][0]
    orphans = q(
        "SELECT count(*) FROM assessments_certificate c LEFT JOIN assessments_assessment a "
        "ON a.id = c.assessment_id WHERE c.id > %s AND (a.id IS NULL OR a.status <> 'submitted' "
        "OR NOT a.passed)",
        before["assessments_certificate"],
    )[0][0]
    passed_without = q(
        "SELECT count(*) FROM assessments_assessment a WHERE a.id > %s AND a.status = "
        "'submitted' AND a.passed AND a.kind = 'self' AND NOT EXISTS (SELECT 1 FROM "
        "assessments_certificate c WHERE c.assessment_id = a.id)",
        before["assessments_assessment"],
    )[0][0]
    return unscored, orphans, passed_without


def certificate_gaps(
    q, certificates: dict[str, int], sequences_before: dict
) -> tuple[dict[tuple[str, int], list[int]], list[str]]:
    """Certificate numbers: per province and year, consecutive from where the counter was.
    Returns the numbers by counter and the counters that are not."""
    numbers = defaultdict(list)
    for number in certificates:
        m = re.fullmatch(r"TSC-(\w+?)-(\d{4})-(\d+)", number)
        if m:
            numbers[(m.group(1), int(m.group(2)))].append(int(m.group(3)))
    sequences = {
        (str(p), y): n
        for p, y, n in q(
            "SELECT province_id, be_year, last_number FROM assessments_certificatesequence"
        )
    }
    start_of = {(str(p), y): n for (p, y), n in sequences_before.items()}
    gaps = []
    for key, got in numbers.items():
        first = start_of.get(key, 0) + 1
        expected = list(range(first, sequences.get(key, 0) + 1))
        if sorted(got) != expected:
            gaps.append(f"{key}: {len(got)} numbers, expected {first}..{sequences.get(key)}")
    return numbers, gaps


def unaudited_writes(q, before: dict) -> dict[str, int]:
    """Every write with its audit row: the writes without one, by the verb they lack."""
    audits = {
        "voice.rating": ("voice_rating", "rating.submitted", "TRUE"),
        "assessments.assessment": (
            "assessments_assessment",
            "assessment.submitted",
            "t.status = 'submitted'",
        ),
        "assessments.certificate": ("assessments_certificate", "certificate.issued", "TRUE"),
    }
    unaudited = {}
    for object_type, (table, verb, where) in audits.items():
        unaudited[verb] = q(
            f"SELECT count(*) FROM {table} t WHERE t.id > %s AND {where} AND NOT EXISTS "  # noqa: S608
            "(SELECT 1 FROM core_auditevent e WHERE e.object_type = %s AND e.object_id = t.id::text "
            "AND e.verb = %s)",
            before[table],
            object_type,
            verb,
        )[0][0]
    started = q(
        "SELECT count(*) FROM assessments_assessment t WHERE t.id > %s AND NOT EXISTS "
        "(SELECT 1 FROM core_auditevent e WHERE e.object_type = 'assessments.assessment' "
        "AND e.object_id = t.id::text AND e.verb = 'assessment.started')",
        before["assessments_assessment"],
    )[0][0]
    unaudited["assessment.started"] = started
    return unaudited


def assess(
    load: Load, windows, checks, jobs, pg_log, gunicorn_err: Path, failures: list[str]
) -> dict:
    """Each answer goes to the fault whose window it overlaps, otherwise to the phase it started
    in; then the figures of each phase and the targets."""
    faults = [(n, a, b, f) for n, a, b, f in windows if f]
    by_phase = answers_by_phase(load, windows, faults)
    acked = acked_by_phase(load, by_phase, checks["found"])
    rows = []
    for name, a, b, fault in windows:
        answers = by_phase[name]
        rows.append(phase_row(name, b - a, fault, answers, acked[name], jobs))
        fault_checks(name, fault, answers, load, failures)
    recovery = recovery_times(load, faults, by_phase[windows[0][0]], failures)
    baseline_probe = load.probes.get(windows[0][0], [])
    if not any(x.status == 429 for x in baseline_probe):
        failures.append(
            f"{windows[0][0]}: the limit probe was never refused, Redis up "
            f"({dict(Counter(x.status for x in baseline_probe))})"
        )
    recovered_checks(windows, by_phase, failures)
    lines, failed, per_failed = log_lines_per_failure(
        windows, by_phase, pg_log, gunicorn_err, failures
    )
    lock_phase = next((n for n, *_, f in windows if f == "lock"), None)
    lock_answers = by_phase.get(lock_phase, [])
    lock_max = {
        k: max([x.ms for x in lock_answers if x.kind == k], default=float("nan")) for k in KINDS
    }
    return {
        "rows": rows,
        "recovery": recovery,
        "pg_lines": lines,
        "pg_failed": failed,
        "per_failed": per_failed,
        "lock_max": lock_max,
        "by_phase": by_phase,
    }


def answers_by_phase(load: Load, windows, faults) -> dict[str, list[Answer]]:
    by_phase: dict[str, list[Answer]] = {n: [] for n, *_ in windows}
    for answer in load.answers:
        phase = next((n for n, a, b, _ in faults if answer.t0 < b and answer.t1 > a), None)
        if phase is None:
            phase = next((n for n, a, b, _ in windows if a <= answer.t0 < b), windows[-1][0])
            if answer.t0 < windows[0][1]:
                phase = windows[0][0]
        by_phase[phase].append(answer)
    return by_phase


def acked_by_phase(
    load: Load, by_phase: dict[str, list[Answer]], found: dict[int, bool]
) -> defaultdict:
    """[acknowledged, found in the database] for the phase of each acknowledging answer."""
    acked = defaultdict(lambda: [0, 0])
    index = {id(a): n for n, answers in by_phase.items() for a in answers}
    for answer, _ack in load.acks:
        phase = index.get(id(answer))
        acked[phase][0] += 1
        acked[phase][1] += bool(found.get(id(answer)))
    return acked


def phase_row(
    name: str, seconds: float, fault: str | None, answers: list[Answer], acked: list[int], jobs
) -> dict:
    """A phase's line of the table: answers by status, latencies, writes and jobs."""
    statuses = Counter(x.status for x in answers)
    health = [x.ms for x in answers if x.kind == "healthz"]
    other5 = sum(v for s, v in statuses.items() if 500 <= s < 600 and s != 503)
    counted = sum(v for s, v in statuses.items() if 200 <= s < 400 or s in (429, 503)) + other5
    return {
        "phase": name,
        "fault": fault,
        "seconds": seconds,
        "requests": len(answers),
        "2xx": sum(v for s, v in statuses.items() if 200 <= s < 300),
        "3xx": sum(v for s, v in statuses.items() if 300 <= s < 400),
        "429": statuses[429],
        "503": statuses[503],
        "other5xx": other5,
        "other": len(answers) - counted,
        "p99": percentile([x.ms for x in answers], 0.99),
        "health_max": max(health) if health else float("nan"),
        "acked": acked[0],
        "found": acked[1],
        "jobs": jobs["by_phase"].get(name),
    }


def recovery_times(
    load: Load, faults, baseline: list[Answer], failures: list[str]
) -> dict[str, dict[str, float | None]]:
    """Recovery: from the end of each fault to the first success of each kind started after it
    (the kinds that succeeded in the baseline)."""
    recovery = {}
    baseline_ok = {x.kind for x in baseline if x.ok}
    for name, _a, end, _fault in faults:
        recovery[name] = {}
        for kind in KINDS:
            if kind == "probe" or kind not in baseline_ok:
                continue
            firsts = [x.t1 - end for x in load.answers if x.kind == kind and x.t0 >= end and x.ok]
            seconds = min(firsts) if firsts else None
            recovery[name][kind] = seconds
            if seconds is None or seconds > RECOVERY_TARGET:
                shown = "never" if seconds is None else f"{seconds:.1f} s"
                failures.append(
                    f"{name}: {kind} recovered in {shown} (target <= {RECOVERY_TARGET:.0f} s)"
                )
    return recovery


def recovered_checks(windows, by_phase: dict[str, list[Answer]], failures: list[str]) -> None:
    """After a fault, the recovery phase: after the first 5 s, as healthy as the baseline."""
    for name, a, _b, fault in windows:
        if fault is not None:
            continue
        late = [
            x
            for x in by_phase[name]
            if not (200 <= x.status < 400 or x.status == 429)
            and (
                name == "baseline"
                or x.t0 > a + RECOVERY_TARGET
                or x.status != 503
                or not x.retry_after
            )
        ]
        if late:
            kinds = Counter((x.kind, x.status) for x in late)
            failures.append(f"{name}: {len(late)} failed answers outside any fault {dict(kinds)}")


def log_lines_per_failure(
    windows, by_phase: dict[str, list[Answer]], pg_log, gunicorn_err: Path, failures: list[str]
) -> tuple[int, int, float]:
    """Log lines per failed request while PostgreSQL was down: the lines, the failed requests and
    their ratio."""
    pg_phase = next((n for n, *_, f in windows if f == "postgres"), None)
    failed = [x for x in by_phase.get(pg_phase, []) if not 200 <= x.status < 400]
    lines = count_lines(gunicorn_err, pg_log.get("start", 0), pg_log.get("end", 0)) if pg_log else 0
    per_failed = lines / len(failed) if failed else float(lines)
    if per_failed > 2:
        failures.append(
            f"{pg_phase}: {lines} log lines for {len(failed)} failed requests "
            f"({per_failed:.1f} each; target <= 2)"
        )
    return lines, len(failed), per_failed


def fault_checks(
    name: str, fault: str | None, answers: list[Answer], load: Load, failures: list[str]
) -> None:
    """During any fault, only 2xx, 3xx, 429 and 503 with Retry-After; then the fault's own
    targets."""
    if fault is None:
        return
    bad = [x for x in answers if not (200 <= x.status < 400 or x.status == 429 or x.status == 503)]
    no_retry = [x for x in answers if x.status == 503 and not x.retry_after]
    if bad:
        failures.append(
            f"{name}: {len(bad)} answers other than 2xx/3xx/429/503: "
            f"{dict(Counter((x.kind, x.status) for x in bad))}"
        )
    if no_retry:
        failures.append(
            f"{name}: {len(no_retry)} answers 503 without Retry-After: "
            f"{dict(Counter(x.kind for x in no_retry))}"
        )
    targets = FAULT_TARGETS.get(fault)
    if targets:
        targets(name, answers, load, failures)


def redis_targets(name: str, answers: list[Answer], load: Load, failures: list[str]) -> None:
    """Redis down: QR scans still answered, no 5xx, and the rate limit still refuses."""
    scans = [x for x in answers if x.kind in ("qr", "qr_cached")]
    share = sum(x.status == 200 for x in scans) / len(scans) if scans else 0.0
    if share < 0.99:
        failures.append(
            f"{name}: {share:.1%} of {len(scans)} QR scans answered 200 (target >= 99 %)"
        )
    fives = [x for x in answers if 500 <= x.status < 600]
    if fives:
        failures.append(
            f"{name}: {len(fives)} answers 5xx (target 0): "
            f"{dict(Counter((x.kind, x.status) for x in fives))}"
        )
    probe = load.probes.get(name, [])
    if not any(x.status == 429 for x in probe):
        failures.append(
            f"{name}: the limit probe was never refused ({len(probe)} ratings from one "
            f"address, limit {RATING_LIMIT} an hour: {dict(Counter(x.status for x in probe))})"
        )


def postgres_targets(name: str, answers: list[Answer], _load: Load, failures: list[str]) -> None:
    # 200 from a cache, 503 with Retry-After; or the success of a request that was under way
    # when the server stopped (a write committed just before, answered 201 or 302).
    wrong = [
        x for x in answers if not (x.ok or x.status == 200 or (x.status == 503 and x.retry_after))
    ]
    if wrong:
        failures.append(
            f"{name}: {len(wrong)} answers neither 200 (or a success) nor 503 with Retry-After: "
            f"{dict(Counter((x.kind, x.status) for x in wrong))}"
        )


def lock_targets(name: str, answers: list[Answer], _load: Load, failures: list[str]) -> None:
    """Certificates locked: /healthz and the cached QR page still answer within a second."""
    slow = [x for x in answers if x.kind in ("healthz", "qr_cached") and x.ms >= 1000]
    if slow:
        failures.append(
            f"{name}: {len(slow)} /healthz or cached QR answers took 1 s or more "
            f"(slowest {max(x.ms for x in slow) / 1000:.1f} s)"
        )


FAULT_TARGETS = {"redis": redis_targets, "postgres": postgres_targets, "lock": lock_targets}


# --- The report ----------------------------------------------------------------------------------


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "tscplus")
    return f"{head}{' with uncommitted changes in tscplus/' if dirty else ''}"


def figure(v) -> str:
    """A whole number, or "-" for a figure that was not measured."""
    return "-" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:.0f}"


def render(report, server_label, jobs, checks, restarted, replaced, planned, failures, load) -> str:
    lines = phase_table(report, server_label, jobs, load)
    lines += recovery_table(report)
    lines += notes(report, checks, restarted, replaced, planned, load)
    lines += outcome(failures, load)
    lines.append("")
    return "\n".join(lines)


def phase_table(report, server_label: str, jobs, load: Load) -> list[str]:
    """How the run was made, then a line for each phase and the totals."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Figures of the last run",
        "",
        f"Measured {now} with `make fault` on {_machine()}, at commit {commit()}.",
        f"Server: {server_label}, DJANGO_DEBUG off, and `tscplus run_huey`; PostgreSQL and Redis of the",
        f"run's own. Load: {CLIENTS} clients (80 % QR scans of {len(load.doors):,} certificates, spread like real",
        "doors; 10 % ratings through the QR page's form; 10 % self-assessments through the API: start, 50",
        "answers, submit), each operation from its own client address, plus `/healthz` and one cached QR",
        f"page probed every {PROBE_EVERY} s. Ratings limited to {RATING_LIMIT} an hour per address for the run.",
        "",
        "| phase | s | requests | 2xx | 3xx | 429 | 503 | other 5xx | other | p99 ms | max /healthz ms "
        "| writes acknowledged / found | jobs queued / run |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in report["rows"]:
        job = "n/a" if jobs["queued"] is None else "{} / {}".format(*(r["jobs"] or (0, 0)))
        lines.append(
            f"| {r['phase']} | {r['seconds']:.0f} | {r['requests']} | {r['2xx']} | {r['3xx']} | {r['429']} "
            f"| {r['503']} | {r['other5xx']} | {r['other']} | {figure(r['p99'])} | {figure(r['health_max'])} "
            f"| {r['acked']} / {r['found']} | {job} |"
        )
    total_acked = sum(r["acked"] for r in report["rows"])
    total_found = sum(r["found"] for r in report["rows"])
    job_total = (
        "n/a (no outbox table)" if jobs["queued"] is None else f"{jobs['queued']} / {jobs['done']}"
    )
    if jobs["queued"] is not None and jobs["by_phase"].get("after the load"):
        job_total += f" ({jobs['by_phase']['after the load'][0]} made after the load stopped)"
    lines.append(
        f"| **all** | | {sum(r['requests'] for r in report['rows'])} | | | | | | | | | "
        f"{total_acked} / {total_found} | {job_total} |"
    )
    return lines


def recovery_table(report) -> list[str]:
    lines = [
        "",
        "Recovery: seconds from the end of each fault (Redis answering again, PostgreSQL accepting",
        "connections, the lock released) to the first success of each kind of request started after it",
        f"(target <= {RECOVERY_TARGET:.0f} s).",
        "",
    ]
    kinds = [k for k in KINDS if any(k in v for v in report["recovery"].values())]
    lines += ["| fault | " + " | ".join(kinds) + " |", "|---|" + "---:|" * len(kinds)]
    for fault, values in report["recovery"].items():
        cells = [
            "never" if values.get(k, 0) is None else f"{values[k]:.2f}" if k in values else "-"
            for k in kinds
        ]
        lines.append(f"| {fault} | " + " | ".join(cells) + " |")
    return lines


def notes(report, checks, restarted, replaced, planned, load: Load) -> list[str]:
    """The limit probes, the log lines, the lock, the database afterwards and the restarts."""
    probes = []
    for label, answers in load.probes.items():
        statuses = [x.status for x in answers]
        first = next((i for i, s in enumerate(statuses) if s == 429), None)
        probes.append(
            f"{label}: {len(statuses)} sent, {statuses.count(201)} accepted, {statuses.count(429)} "
            f"refused (first refusal at rating {'-' if first is None else first + 1}), "
            f"other {dict(Counter(s for s in statuses if s not in (201, 429)))}"
        )
    lock = report["lock_max"]
    return [
        "",
        f"- Limit probe (one address, ratings past its limit of {RATING_LIMIT} an hour): "
        + "; ".join(probes)
        + ".",
        f"- PostgreSQL stopped: gunicorn wrote {report['pg_lines']} log lines for {report['pg_failed']} failed "
        f"requests ({report['per_failed']:.1f} per failed request; target <= 2).",
        f"- Lock: slowest /healthz {figure(lock['healthz'])} ms, cached QR page {figure(lock['qr_cached'])} ms "
        f"(target < 1000); slowest QR scan {figure(lock['qr'])} ms, rating form {figure(lock['rate_form'])} ms, "
        f"submission {figure(lock['assess_submit'])} ms.",
        f"- Database afterwards: {checks['totals']['assessments']} assessments started, "
        f"{checks['totals']['submitted']} submitted, {checks['totals']['certificates']} certificates in "
        f"{checks['totals']['counters']} province counters, {checks['totals']['ratings']} ratings; "
        f"{checks['unscored']} submitted without a score, {checks['orphans']} certificates without their "
        f"assessment, {checks['gaps']} counters with gaps or duplicates, {checks['unaudited']} writes without "
        "their audit row.",
        f"- Restarts: {'none' if not restarted else '; '.join(restarted)} (workers replaced: {replaced}, "
        f"by max-requests: {planned}).",
        "",
    ]


def outcome(failures: list[str], load: Load) -> list[str]:
    """The result, and one sample of each unexpected status."""
    if failures:
        lines = [f"**Result: FAILED**, {len(failures)} target(s) missed:", ""]
        lines += [f"- {f}" for f in failures]
    else:
        lines = ["**Result: every target met.**"]
    samples = [f"{s}: {v[0]}" for s, v in sorted(load.samples.items()) if v]
    if samples:
        lines += [
            "",
            "One answer of each unexpected status (status: request: start of the body):",
            "",
        ]
        lines += [f"- `{s[:400]}`" for s in samples]
    return lines


INTRO = """# Reliability

`make fault` (scripts/fault.py) puts the platform under a bounded mixed load while, in turn, Redis is
killed for 20 s (SIGKILL, then started again empty), PostgreSQL is stopped for 15 s (`pg_ctl stop -m
fast`, then started) and the certificates table is locked for 15 s (`LOCK TABLE ... ACCESS EXCLUSIVE`
from another session), each fault followed by 10 s of recovery. It runs on services of its own
(a PostgreSQL cluster under a system user and a Redis, on spare loopback ports; gunicorn and the job
consumer with production settings), at most 5 minutes, also in `.ci/run`, and stops everything it
started. It fails on any target of issue 13 missed: an acknowledged write missing, a lost job, an
answer other than 2xx/3xx/429/503 during a fault (or a 503 without `Retry-After`), fewer than 99 % of
QR scans answered or any 5xx while Redis is down, a rate limit that no longer refuses, anything but
200 or 503 while PostgreSQL is down, more than 2 log lines per failed request, `/healthz` or a cached
QR page taking 1 s or more during the lock, a recovery slower than 5 s, half-written data, gaps in
certificate numbers, a write without its audit row, or a restarted process.

An answer counts in a fault's row when the request overlapped the fault, otherwise in the phase it
started in. Acknowledged writes (a rating's redirect, an assessment's 201/200, an API rating's 201)
are looked up in the database afterwards; jobs are the outbox rows (`core_outboxmessage`) made
during the run, waited for up to 60 s. The figures below are rewritten by each run; the logs of a
run stay in its temporary directory until it ends.

    make fault          # or: .venv/bin/python scripts/fault.py
    FAULT_GUNICORN_CONFIG=off make fault   # plain `gunicorn --workers 4` instead of the config module

"""


def write_reliability(figures: str) -> None:
    path = ROOT / "RELIABILITY.md"
    head = INTRO
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if "## Figures of the last run" in text:
            head = text.split("## Figures of the last run", 1)[0]
    path.write_text(head + figures, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
