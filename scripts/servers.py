"""Servers of our own on spare loopback ports, shared by the tests, `make cluster-smoke` and
`make bench`: s3rver (npm: an S3-compatible store over HTTP that checks signatures) and nginx
(Debian) in front of several gunicorn nodes. Each is a context manager that stops what it started.
Standard library only, so that tests and scripts can import it alike."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def spare_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, seconds: float, what: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on {port} within {seconds:.0f} s")


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM, wait: float = 10) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@contextlib.contextmanager
def s3rver(directory: Path, bucket: str, prefix: str = "media") -> Iterator[str]:
    """s3rver (package.json) keeping its objects under `directory`, with `bucket` made at start:
    yields the OBJECT_STORE_URL (its keys are fixed by s3rver: S3RVER / S3RVER)."""
    binary = ROOT / "node_modules" / ".bin" / "s3rver"
    if not binary.exists():
        raise RuntimeError("s3rver is missing: run `make setup` (npm ci)")
    port = spare_port()
    proc = subprocess.Popen(
        [
            *(binary, "-d", directory, "-a", "127.0.0.1", "-p", str(port), "--silent"),
            *("--configure-bucket", bucket),
        ],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for_port(port, 20, "s3rver", proc)
        yield f"s3+http://S3RVER:S3RVER@127.0.0.1:{port}/{bucket}/{prefix}"
    finally:
        stop(proc)


NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
{user}
events {{ worker_connections 2048; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    client_max_body_size 51m;
    upstream tscplus_web {{
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://tscplus_web;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 60s;
        }}
    }}
}}
"""


@contextlib.contextmanager
def nginx(tmp: Path, upstreams: list[int]) -> Iterator[int]:
    """Debian's nginx on a spare port, passing requests round-robin to gunicorn on `upstreams`
    as docs/deploy.md sets it up (less TLS): yields its port."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError("nginx is missing: sudo apt-get install nginx-light")
    port = spare_port()
    temp = tmp / "nginx-temp"
    temp.mkdir(parents=True, exist_ok=True)
    user = ""
    if os.geteuid() == 0:  # its workers must not run as root: they write only their temp files
        user = "user nobody nogroup;"
        nobody = pwd.getpwnam("nobody")
        os.chown(temp, nobody.pw_uid, nobody.pw_gid)
    conf = tmp / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(
            tmp=tmp,
            temp=temp,
            user=user,
            port=port,
            servers="\n".join(f"        server 127.0.0.1:{p};" for p in upstreams),
        )
    )
    proc = subprocess.Popen(
        [binary, "-p", str(tmp), "-c", str(conf)],
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "nginx-error.log", "ab"),  # noqa: SIM115 (kept open with the process)
        start_new_session=True,
    )
    try:
        wait_for_port(port, 15, "nginx", proc)
        yield port
    finally:
        stop(proc, signal.SIGQUIT)  # nginx's graceful stop
