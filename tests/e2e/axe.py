"""axe-core in the browser tests: read from node_modules (installed by `npm ci` from
package-lock.json, never a CDN) and added to the page under test with Playwright."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 levels A and AA (2.0's rules are tagged apart from those 2.1 added).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SIZES = {"phone": (390, 844), "desktop": (1280, 900)}

RUN = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
  });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}"""


@functools.cache
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make setup` (npm ci --no-audit --no-fund)")
    return AXE.read_text(encoding="utf-8")


def violations(page: Page) -> list[dict]:
    """What axe-core finds against WCAG 2.1 A and AA on the page as it is now."""
    page.add_script_tag(content=axe_source())
    return page.evaluate(RUN, WCAG_TAGS)


def report(found: list[tuple[str, list[dict]]]) -> str:
    """One block per page: each violation's rule, its help and the nodes it names."""
    lines = []
    for where, problems in found:
        lines.append(where)
        for problem in problems:
            lines.append(f"  {problem['id']} ({problem['impact']}): {problem['help']}")
            lines.extend(f"    {node}" for node in problem["nodes"][:8])
            if len(problem["nodes"]) > 8:
                lines.append(f"    … and {len(problem['nodes']) - 8} more")
    return "\n".join(lines)
