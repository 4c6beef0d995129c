"""`scripts/check_system.py`: which command installs missing system packages (as root, with sudo
that needs no password, or not at all), and what a person is told when it cannot."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "check_system.py"


@pytest.fixture(scope="module")
def check_system():
    spec = importlib.util.spec_from_file_location("check_system", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_system"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules["check_system"]


PACKAGES = ["chromium", "libpango-1.0-0"]


def test_as_root_apt_get_runs_itself(check_system):
    machine = check_system.Machine(is_root=True, passwordless_sudo=False, has_apt=True)
    assert check_system.install_plan(PACKAGES, machine) == [
        ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update"],
        [
            "env",
            "DEBIAN_FRONTEND=noninteractive",
            "apt-get",
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "libpango-1.0-0",
        ],
    ]


def test_with_sudo_that_asks_no_password_through_sudo_n(check_system):
    machine = check_system.Machine(is_root=False, passwordless_sudo=True, has_apt=True)
    update, install = check_system.install_plan(PACKAGES, machine)
    assert update == ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update"]
    assert (
        install[:6] == ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install"]
        and install[-2:] == PACKAGES
    )


@pytest.mark.parametrize(
    ("is_root", "sudo", "apt"),
    [(False, False, True), (True, True, False), (False, True, False)],
)
def test_otherwise_nothing_runs(check_system, is_root, sudo, apt):
    machine = check_system.Machine(is_root=is_root, passwordless_sudo=sudo, has_apt=apt)
    assert check_system.install_plan(PACKAGES, machine) == []


def test_nothing_missing_nothing_runs(check_system):
    machine = check_system.Machine(is_root=True, passwordless_sudo=True, has_apt=True)
    assert check_system.install_plan([], machine) == []


def test_the_one_command_to_run(check_system):
    assert check_system.manual_command(PACKAGES) == (
        "sudo apt-get update && sudo apt-get install -y chromium libpango-1.0-0"
    )


def test_this_machine_is_described(check_system):
    machine = check_system.machine_now()
    assert isinstance(machine.is_root, bool) and isinstance(machine.has_apt, bool)
    # This machine has what the tests need: nothing to install for any goal.
    for goal in ("python", "run", "test", "node"):
        assert check_system.missing_packages(goal) == [], goal


def test_node_and_npm_are_debian_packages_the_browser_tests_need(tmp_path, monkeypatch):
    """Without `node` and `npm` on the PATH, `npm ci` cannot install axe-core: the goal `node` (run
    by make before `npm ci`) and the goal `test` name Debian's packages."""
    monkeypatch.setenv("PATH", str(tmp_path))
    assert check_system_missing(tmp_path, "node") == ["nodejs", "npm"]
    (tmp_path / "node").write_text("#!/bin/sh\n")
    (tmp_path / "node").chmod(0o755)
    assert check_system_missing(tmp_path, "node") == ["npm"]


def check_system_missing(tmp_path, goal):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), goal],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": str(tmp_path)},
    )
    assert result.returncode == 1, result.stderr
    return result.stderr.split("missing: ")[1].split(" (")[0].split(", ")


def test_a_machine_that_cannot_install_stops_with_the_command(tmp_path):
    """No apt-get on the PATH (and a browser named that is not there): exit 1, in both languages,
    with what to run."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "test"],
        capture_output=True,
        text=True,
        check=False,
        env={"CHROMIUM_PATH": str(tmp_path / "no-chromium"), "PATH": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "ไม่พบ" in result.stderr and "CHROMIUM_PATH" in result.stderr
    assert "sudo apt-get install -y chromium" in result.stderr
