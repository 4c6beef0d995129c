"""docs/architecture.md says how the code is shaped; these tests keep it true: the events table
is the registry's, every rule module it names exists with its tests, and the import contracts
hold (`make lint` runs them too)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tscplus.core.events import EVENTS, subscriptions

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def _table(start: str, end: str | None = None) -> list[list[str]]:
    text = DOC.split(start, 1)[1]
    if end:
        text = text.split(end, 1)[0]
    rows = []
    for line in text.splitlines():
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if set("".join(cells)) <= set("-"):
            continue
        rows.append(cells)
    return rows[1:]  # without the header


def _names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_the_events_table_is_the_registry():
    rows = _table("<!-- events:", "<!-- /events -->")
    documented = {
        _names(event)[0]: (tuple(_names(carries)), _names(heard))
        for event, _by, carries, heard in rows
    }
    registered = {
        name: (EVENTS[name].fields, listeners)
        for name, listeners in subscriptions().items()
        if not name.startswith("tests.")  # events the test suite declares for itself
    }
    assert documented == registered


def test_each_announcer_named_in_the_table_announces_its_event():
    for event, announcer, _carries, _heard in _table("<!-- events:", "<!-- /events -->"):
        app, module = _names(announcer)[0].split(".")[:2]
        path = ROOT / "tscplus" / app / module
        # A module, or a package of modules (its `__init__` re-exports the announcer).
        files = sorted(path.glob("*.py")) if path.is_dir() else [path.with_suffix(".py")]
        source = "".join(file.read_text(encoding="utf-8") for file in files)
        constant = _names(event)[0].upper()
        assert f"announce({constant}" in source.replace("\n", "").replace(" ", ""), event


def test_every_rule_module_and_its_tests_exist():
    rows = _table("## Where each rule lives")
    assert len(rows) >= 8
    for _rule, module, tests in rows:
        path = _names(module)[0]
        assert (ROOT / "tscplus" / path).exists(), path
        for test_path in _names(tests):
            assert (ROOT / test_path).exists(), test_path


def test_the_import_contracts_hold():
    linter = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


# Seed data and the settings module are long by nature (one list of standards, one list of
# knowledge items, one module of every setting: docs/decisions.md); migrations are generated.
LONG_BY_NATURE = {
    "tscplus/settings.py",
    "tscplus/standards/seed.py",
    "tscplus/knowledge/seed.py",
    "tscplus/knowledge/seed_outbreaks.py",
    "tscplus/knowledge/seed_everyday.py",
}


def _sources() -> list[Path]:
    return [
        path
        for path in sorted((ROOT / "tscplus").rglob("*.py"))
        if "migrations" not in path.parts and str(path.relative_to(ROOT)) not in LONG_BY_NATURE
    ]


def test_no_module_over_400_lines():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in _sources()
        if (lines := path.read_text(encoding="utf-8").count("\n")) > 400
    }
    assert long == {}, "split these into packages"


def test_no_function_over_60_lines():
    import ast

    long = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > 60:
                    long[f"{path.relative_to(ROOT)}:{node.name}"] = lines
    assert long == {}, "break these into named steps"
