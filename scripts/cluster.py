"""`make cluster-smoke`: the platform as several machines would run it, on this one, on servers of
its own (the shared PostgreSQL and Redis are never touched):

    nginx (Debian) ── node 1: gunicorn + job consumer ──┬── PgBouncer (transaction mode) ── primary
                   └─ node 2: gunicorn + job consumer ──┤                  streaming replica ──┘
                                                        ├── Redis (cache, throttles, queue)
                                                        └── s3rver (the uploads' object store)

Each node has its own media and var directories, so nothing can pass between them through the
disk. Then, over HTTP, it checks what a second machine must not break: a sign-in on node 1 carries
on on node 2; a photo sent to node 1 is served by node 2; a certificate suspended on node 1 shows
as suspended on node 2's QR page within VERIFY_PAGE_LOCAL_SECONDS; each periodic job runs once per
minute although both consumers run the scheduler; the registry is read from the replica. Prints
each check and exits 1 when one fails. At most 5 minutes; everything it started is stopped.

    python scripts/cluster.py          the smoke test
    python scripts/cluster.py data     (run by the smoke test inside Django) the cluster's data"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fault import Redis, free_port, server_environment, stop_process, system_packages, wait_for
from pgpair import pair, pgbouncer
from servers import nginx, s3rver, spare_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEADLINE_SECONDS = 300
LOCAL_SECONDS = 15  # VERIFY_PAGE_LOCAL_SECONDS, the setting's default, as the nodes run it
CERTIFICATES = 20


def log(message: str) -> None:
    print(f"[cluster {time.strftime('%H:%M:%S')}] {message}", flush=True)


@dataclass
class Node:
    name: str
    port: int
    env: dict[str, str]
    media: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Cluster:
    tmp: Path
    nodes: list[Node]
    front: str  # nginx's URL
    primary_url: str
    replica_url: str
    data: dict
    consumer_logs: list[Path]
    started: float  # when both consumers were running


# --- Starting it ----------------------------------------------------------------------------------


@contextlib.contextmanager
def cluster(tmp: Path) -> Iterator[Cluster]:
    with contextlib.ExitStack() as stack:
        primary, replica = stack.enter_context(pair(tmp))
        pooled = stack.enter_context(pgbouncer(tmp, primary))
        _pg_bin, redis_bin = system_packages()
        (tmp / "redis").mkdir()
        redis = Redis(redis_bin, free_port(56390), tmp / "redis", tmp / "redis.log")
        redis.start()
        stack.callback(redis.stop)
        (tmp / "s3").mkdir()
        store = stack.enter_context(s3rver(tmp / "s3", "tscplus-cluster"))
        ports = [spare_port(), spare_port()]
        front = stack.enter_context(nginx(tmp, ports))
        shared = server_environment(tmp, primary.url("tscplus"), redis.port, front)
        shared.update(
            DATABASE_REPLICA_URLS=replica.url("tscplus"),
            OBJECT_STORE_URL=store,
            VERIFY_PAGE_LOCAL_SECONDS=str(LOCAL_SECONDS),
            GUNICORN_WORKERS="2",
            GUNICORN_THREADS="4",
        )
        data = prepare(shared)
        nodes = []
        for number, port in enumerate(ports, start=1):
            media = tmp / f"node{number}" / "media"
            media.mkdir(parents=True)
            env = {
                **shared,
                # The web and job processes reach the primary through PgBouncer.
                "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{pooled}/tscplus",
                "DATABASE_POOLER": "pgbouncer",
                "MEDIA_ROOT": str(media),
                "TSCPLUS_VAR_DIR": str(tmp / f"node{number}" / "var"),
            }
            nodes.append(Node(f"node {number}", port, env, media))
        logs = [stack.enter_context(node_processes(tmp, node)) for node in nodes]
        for url in [*(node.url for node in nodes), f"http://127.0.0.1:{front}"]:
            wait_for(lambda url=url: answers(url + "/healthz"), 60, url)
        yield Cluster(
            tmp,
            nodes,
            f"http://127.0.0.1:{front}",
            primary.url("tscplus"),
            replica.url("tscplus"),
            data,
            logs,
            time.time(),
        )


def prepare(env: dict[str, str]) -> dict:
    """Migrations on the primary (not through PgBouncer: an operator's step, once), static files,
    and the data the checks need."""
    t = time.monotonic()
    tscplus = str(BIN / "tscplus")
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [tscplus, *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    made = subprocess.run(
        [sys.executable, __file__, "data"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    log(f"database ready in {time.monotonic() - t:.0f} s")
    return json.loads(made.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def node_processes(tmp: Path, node: Node) -> Iterator[Path]:
    """A node's gunicorn (as in production) and job consumer: yields the consumer's log."""
    directory = tmp / node.name.replace(" ", "")
    (directory / "var").mkdir(parents=True, exist_ok=True)
    with open(directory / "gunicorn.log", "wb") as out:
        web = subprocess.Popen(
            [
                *(BIN / "gunicorn", "-c", "python:tscplus.gunicorn_config", "tscplus.wsgi"),
                *("--bind", f"127.0.0.1:{node.port}"),
            ],
            cwd=ROOT,
            env=node.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    consumer_log = directory / "consumer.log"
    with open(consumer_log, "wb") as out:
        consumer = subprocess.Popen(
            [BIN / "tscplus", "run_huey"],
            cwd=ROOT,
            env=node.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield consumer_log
    finally:
        stop_process(consumer, signal.SIGINT, wait=15)
        stop_process(web, wait=20)


def answers(url: str) -> bool:
    import requests

    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:
        return False


def make_data() -> None:
    """Inside Django, with the cluster's settings: certified places and an administrator."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from bench import data
    from tscplus.accounts.models import User
    from tscplus.assessments.models import Certificate

    tokens = data.certified_places(CERTIFICATES)
    password = secrets.token_urlsafe(18)
    User.objects.create_superuser(
        email="cluster-admin@example.org", password=password, full_name="ผู้ดูแลระบบทดสอบ"
    )
    certificate = Certificate.objects.select_related("establishment").get(verify_token=tokens[0])
    place = Certificate.objects.select_related("establishment").get(verify_token=tokens[1])
    print(
        json.dumps(
            {
                "admin": {"email": "cluster-admin@example.org", "password": password},
                "certificate": {"id": certificate.pk, "token": certificate.verify_token},
                "place": place.establishment.public_id,
                "place_name": place.establishment.name_th,
            }
        )
    )


# --- The checks -----------------------------------------------------------------------------------


def form_token(session, url: str) -> str:
    answer = session.get(url, timeout=10)
    answer.raise_for_status()
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', answer.text)
    if not found:
        raise AssertionError(f"no form at {url}")
    return found.group(1)


def signed_in(c: Cluster):
    """An administrator's browser, signed in on node 1."""
    import requests

    session = requests.Session()
    login = c.nodes[0].url + "/accounts/login/"
    answer = session.post(
        login,
        data={
            "csrfmiddlewaretoken": form_token(session, login),
            "username": c.data["admin"]["email"],
            "password": c.data["admin"]["password"],
        },
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 302, f"sign-in on node 1 answered {answer.status_code}"
    return session


def check_session(c: Cluster, admin) -> str:
    answer = admin.get(c.nodes[1].url + "/accounts/profile/", allow_redirects=False, timeout=10)
    assert answer.status_code == 200, f"node 2 answered {answer.status_code} (not signed in?)"
    assert c.data["admin"]["email"] in answer.text, "node 2 shows someone else's profile"
    return "signed in on node 1, node 2 shows the profile"


def photo_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 120, 90)).save(out, "JPEG")
    return out.getvalue()


def check_photo(c: Cluster, admin) -> str:
    import psycopg
    import requests

    citizen = requests.Session()
    rate = f"{c.nodes[0].url}/places/{c.data['place']}/rate/"
    fields = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), "5")
    answer = citizen.post(
        rate,
        data={**fields, "csrfmiddlewaretoken": form_token(citizen, rate), "comment": ""},
        files={"photo": ("door.jpg", photo_bytes(), "image/jpeg")},
        allow_redirects=False,
        timeout=20,
    )
    assert answer.status_code == 302, f"the rating on node 1 answered {answer.status_code}"
    with psycopg.connect(c.primary_url) as conn:
        pk, name = conn.execute(
            "SELECT id, photo FROM voice_rating WHERE photo <> '' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    served = [
        admin.get(f"{node.url}/photos/rating/{pk}/", timeout=10) for node in reversed(c.nodes)
    ]
    for node, answer in zip(reversed(c.nodes), served, strict=True):
        assert answer.status_code == 200, f"{node.name} answered {answer.status_code}"
        assert answer.headers["Content-Type"] == "image/jpeg"
    assert served[0].content == served[1].content, "the nodes serve different bytes"
    on_disk = [p for node in c.nodes for p in node.media.rglob("*") if p.is_file()]
    assert not on_disk, f"uploads on a node's disk: {on_disk}"
    stored = [p for p in (c.tmp / "s3").rglob("*") if Path(name).name in p.name]
    assert stored, f"{name} is not in the object store"
    return f"rating photo sent to node 1, served by node 2 ({len(served[0].content):,} bytes)"


def check_suspend(c: Cluster, admin) -> str:
    import requests

    token, pk = c.data["certificate"]["token"], c.data["certificate"]["id"]
    door = requests.Session()
    page = f"{c.nodes[1].url}/v/{token}"
    # Scanned often enough that each of node 2's processes keeps the page (valid) of its own.
    for _ in range(8):
        assert 'class="status valid"' in door.get(page, timeout=10).text, "not valid before"
    changelist = c.nodes[0].url + "/admin/assessments/certificate/"
    answer = admin.post(
        changelist,
        data={
            "csrfmiddlewaretoken": form_token(admin, changelist),
            "action": "suspend",
            "_selected_action": str(pk),
            "index": "0",
        },
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 302, f"the suspension on node 1 answered {answer.status_code}"
    suspended_at = time.monotonic()
    while time.monotonic() - suspended_at < LOCAL_SECONDS + 5:
        if 'class="status suspended"' in door.get(page, timeout=10).text:
            seconds = time.monotonic() - suspended_at
            # The copies' lifetime, and 2 s for the polling and the requests themselves.
            assert seconds <= LOCAL_SECONDS + 2, f"node 2 said suspended only after {seconds:.1f} s"
            return f"suspended on node 1, node 2's QR page says so after {seconds:.1f} s"
        time.sleep(0.25)
    raise AssertionError(f"node 2's QR page still not suspended after {LOCAL_SECONDS + 5} s")


def replica_reads(url: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables "
            "WHERE relname = 'places_establishment'"
        ).fetchone()
    return int(row[0])


def check_replica(c: Cluster, _admin) -> str:
    import requests

    before = replica_reads(c.replica_url)
    answer = requests.get(c.front + "/places/", timeout=10)
    assert answer.status_code == 200, f"the registry answered {answer.status_code}"
    assert "ร้านทดสอบ" in answer.text, "the registry lists no place"
    deadline = time.monotonic() + 15  # a standby's statistics are written within seconds
    while time.monotonic() < deadline:
        after = replica_reads(c.replica_url)
        if after > before:
            return f"the registry through nginx read the replica ({after - before} scans there)"
        time.sleep(0.5)
    raise AssertionError("the replica saw no read of the places table")


# huey's consumer log lines: "[2026-12-07 14:03:50,985] INFO:huey.consumer.Scheduler:...".
ENQUEUED = re.compile(
    r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d):\d\d,\d+\] .*Enqueueing periodic task ([\w.]+): ([\w-]+)"
)
EXECUTED = re.compile(r"^\[.*\] .*:Executing ([\w.]+): ([\w-]+)")
HEARTBEAT = "tscplus.core.tasks.consumer_heartbeat"


def check_periodic(c: Cluster, _admin) -> str:
    # Wait past the next whole minute since both consumers run, plus time to run the job.
    first_whole = (int(c.started) // 60 + 1) * 60
    wait = first_whole + 60 + 5 - time.time()
    if wait > 0:
        log(f"waiting {wait:.0f} s for a whole minute with both consumers running")
        time.sleep(wait)
    for _attempt in range(5):  # a job queued as the logs are read may not have run yet
        queued, ran = consumer_logs(c)
        heartbeats = [task for _minute, job, task in queued if job == HEARTBEAT]
        if all(task in ran for task in heartbeats):
            break
        time.sleep(2)
    per_minute = Counter((minute, job) for minute, job, _ in queued)
    twice = [key for key, count in per_minute.items() if count > 1]
    assert not twice, f"queued more than once in a minute: {twice}"
    assert len(heartbeats) >= 2, f"the heartbeat was queued {len(heartbeats)} time(s) only"
    not_run = [task for task in heartbeats if task not in ran]
    assert not not_run, f"heartbeats queued and never run: {not_run}"
    by_node = Counter(ran[task] for task in heartbeats)
    return (
        f"{len(queued)} periodic runs, each queued once in its minute by two schedulers; "
        f"{len(heartbeats)} heartbeats, run by {dict(by_node)}"
    )


def consumer_logs(c: Cluster) -> tuple[list[tuple[str, ...]], dict[str, str]]:
    """What the consumers queued (minute, job, task id) and ran (task id: node), from their logs."""
    queued: list[tuple[str, ...]] = []
    ran: dict[str, str] = {}
    for path in c.consumer_logs:
        for line in path.read_text(errors="replace").splitlines():
            if found := ENQUEUED.search(line):
                queued.append(found.groups())
            elif found := EXECUTED.search(line):
                ran[found.group(2)] = path.parent.name
    return queued, ran


CHECKS: list[tuple[str, Callable]] = [
    ("sign in on node 1, carry on on node 2", check_session),
    ("photo sent to one node, seen on the other", check_photo),
    ("suspended on one node, said on the other", check_suspend),
    ("registry read from the replica", check_replica),
    ("periodic jobs run once", check_periodic),
]


def smoke() -> int:
    started = time.monotonic()
    failures = []
    with tempfile.TemporaryDirectory(prefix="tscplus-cluster-") as name:
        tmp = Path(name)
        os.chmod(tmp, 0o711)  # noqa: S103 (PostgreSQL's and nginx's users reach their own parts)
        with cluster(tmp) as c:
            log(f"cluster up in {time.monotonic() - started:.0f} s: nginx {c.front}")
            admin = signed_in(c)
            for title, check in CHECKS:
                try:
                    log(f"ok   {title}: {check(c, admin)}")
                except Exception as exc:  # report every check, then fail
                    failures.append(title)
                    log(f"FAIL {title}: {type(exc).__name__}: {exc}")
            if failures:
                for path in sorted(tmp.rglob("*.log")):
                    print(f"--- {path.relative_to(tmp)} (last lines)\n" + tail(path), flush=True)
    seconds = time.monotonic() - started
    verdict = "failed: " + "; ".join(failures) if failures else "ok"
    log(f"cluster-smoke {verdict} ({len(CHECKS) - len(failures)}/{len(CHECKS)} in {seconds:.0f} s)")
    if seconds > DEADLINE_SECONDS:
        log(f"cluster-smoke took longer than {DEADLINE_SECONDS} s")
        return 1
    return 1 if failures else 0


def tail(path: Path, lines: int = 15) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


if __name__ == "__main__":
    if sys.argv[1:] == ["data"]:
        make_data()
    else:
        sys.exit(smoke())
