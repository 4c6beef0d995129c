"""Check the system packages a goal needs, install the missing ones when this machine allows it
without asking anyone, and otherwise stop with the one command to run, in Thai and English.

Usage: check_system.py python|run|test|node|bench|cluster. Missing Debian/Ubuntu packages (python3.X-venv, the
Pango libraries that render PDFs, Chromium for the browser tests, Node.js and npm that install the
accessibility checker axe-core) are installed with apt-get when the
script runs as root or sudo needs no password (`sudo -n`); otherwise it exits 1 with the command.
Runs with the system's Python, before the virtualenv exists: the standard library only."""

from __future__ import annotations

import ctypes.util
import glob
import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

PANGO = {"pango-1.0": "libpango-1.0-0", "pangoft2-1.0": "libpangoft2-1.0-0"}
# WeasyPrint subsets fonts with HarfBuzz; Debian ships it apart from Pango.
HARFBUZZ_SUBSET = ("harfbuzz-subset", "libharfbuzz-subset0")
CHROMIUM = "chromium"
# `npm ci` installs axe-core (package-lock.json) for the browser tests' accessibility checks. A
# Node.js from elsewhere (NodeSource's ships npm inside) counts: the commands are what is checked.
NODE = {"node": "nodejs", "npm": "npm"}


@dataclass(frozen=True)
class Machine:
    """What decides whether packages can be installed here without asking anyone."""

    is_root: bool
    passwordless_sudo: bool
    has_apt: bool


def machine_now() -> Machine:
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    sudo = False
    if not is_root and shutil.which("sudo"):
        # -n: fail at once instead of asking for a password.
        probe = subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False)
        sudo = probe.returncode == 0
    return Machine(is_root=is_root, passwordless_sudo=sudo, has_apt=bool(shutil.which("apt-get")))


def install_plan(packages: list[str], machine: Machine) -> list[list[str]]:
    """The commands that install `packages` here without a question (apt-get update, then
    install), or [] when nothing is missing or this machine cannot do it unattended."""
    if not packages or not machine.has_apt:
        return []
    if machine.is_root:
        prefix: list[str] = []
    elif machine.passwordless_sudo:
        prefix = ["sudo", "-n"]
    else:
        return []
    # `env` carries the variable through sudo, which drops the caller's environment.
    quiet = ["env", "DEBIAN_FRONTEND=noninteractive"]
    return [
        [*prefix, *quiet, "apt-get", "update"],
        [*prefix, *quiet, "apt-get", "install", "-y", "--no-install-recommends", *packages],
    ]


def manual_command(packages: list[str]) -> str:
    """The one command a person runs when the script cannot install `packages` itself."""
    names = " ".join(packages)
    return f"sudo apt-get update && sudo apt-get install -y {names}"


# (goals, whether it is missing, Debian package): servers of our own on spare ports (pgpair.py,
# servers.py, fault.py) and the load generator of `make bench`.
SERVERS = [
    (
        ("test", "cluster"),
        lambda: not glob.glob("/usr/lib/postgresql/*/bin/pg_basebackup"),
        "postgresql",
    ),
    (("test", "cluster"), lambda: not os.path.exists("/usr/sbin/pgbouncer"), "pgbouncer"),
    (("cluster",), lambda: shutil.which("redis-server") is None, "redis-server"),
    (("cluster", "bench"), lambda: not os.path.exists("/usr/sbin/nginx"), "nginx-light"),
    (("bench",), lambda: shutil.which("wrk") is None, "wrk"),
]


def missing_packages(goal: str) -> list[str]:
    """The Debian/Ubuntu packages `goal` needs that this machine lacks."""
    missing = []
    if goal == "python" and importlib.util.find_spec("ensurepip") is None:
        # Debian's Python makes no virtualenv without it ("ensurepip is not available").
        missing.append(f"python{sys.version_info[0]}.{sys.version_info[1]}-venv")
    if goal in ("run", "test", "bench"):
        missing += [pkg for lib, pkg in PANGO.items() if not ctypes.util.find_library(lib)]
        if not ctypes.util.find_library(HARFBUZZ_SUBSET[0]):
            missing.append(HARFBUZZ_SUBSET[1])
    if goal == "test" and not os.environ.get("CHROMIUM_PATH") and chromium_path() is None:
        missing.append(CHROMIUM)
    if goal in ("test", "node"):
        missing += [pkg for command, pkg in NODE.items() if shutil.which(command) is None]
    missing += [pkg for goals, absent, pkg in SERVERS if goal in goals and absent()]
    return missing


def chromium_path() -> str | None:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if os.path.exists(path) else None


def fail(th: str, en: str, fix: str) -> None:
    print(f"\n  ✗ {th}\n  ✗ {en}\n    {fix}\n", file=sys.stderr)
    sys.exit(1)


def check_python() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs before the venv exists)
        fail(
            f"ต้องใช้ Python 3.11 ขึ้นไป (พบ {sys.version.split()[0]})",
            f"Python 3.11 or newer is needed (found {sys.version.split()[0]})",
            "Set PYTHON=/path/to/python3.11 (make run PYTHON=python3.11)",
        )


def check_chromium_path() -> None:
    """CHROMIUM_PATH names a browser the person chose: it is not installed over, only checked."""
    if os.environ.get("CHROMIUM_PATH") and chromium_path() is None:
        fail(
            "ไม่พบเบราว์เซอร์ Chromium ที่ CHROMIUM_PATH ระบุ",
            "CHROMIUM_PATH names no browser (the browser tests drive Chromium)",
            "Set CHROMIUM_PATH to Chromium's path, or unset it and run: "
            + manual_command([CHROMIUM]),
        )


def ensure_packages(goal: str, machine: Machine) -> None:
    missing = missing_packages(goal)
    if not missing:
        return
    plan = install_plan(missing, machine)
    names = ", ".join(missing)
    if plan:
        print(f"  ติดตั้งแพ็กเกจที่ขาด / Installing missing packages: {names}", file=sys.stderr)
        for command in plan:
            if subprocess.run(command, check=False).returncode != 0:
                break
        missing = missing_packages(goal)
        if not missing:
            return
    fail(
        f"ขาดแพ็กเกจของระบบ: {names} (ไลบรารี Pango สร้างไฟล์ PDF, Chromium ใช้ทดสอบผ่านเบราว์เซอร์,"
        " Node.js และ npm ติดตั้งเครื่องมือตรวจการเข้าถึง axe-core)",
        f"System packages are missing: {names} (Pango renders PDFs, Chromium runs the browser tests,"
        " Node.js and npm install the accessibility checker axe-core)",
        f"Debian/Ubuntu, run: {manual_command(missing)}",
    )


if __name__ == "__main__":
    goal = sys.argv[1] if len(sys.argv) > 1 else "run"
    check_python()
    if goal == "test":
        check_chromium_path()
    ensure_packages(goal, machine_now())
