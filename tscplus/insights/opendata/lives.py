"""The officers' inspections as open data in LIVES 1.0 (Local Inspector Value-Entry Specification,
the open format for restaurant inspections that Yelp drew up with San Francisco and New York):
five CSV files, alone or together in one ZIP file.

What goes in (docs/decisions.md, "Open inspection data in the LIVES format"): open places that an
officer inspected, each decided inspection with its checklist score (0-100, whole points, cut
down so that a score at the pass mark really reached it), the outcome the public reads (the
decision as its appeal and corrections case left it: `oversight/outcome.py`) in Thai and English,
and one violation per failed checklist item. Nothing of a person: no officer, no owner, no
personal phone (the place's own phone, which its public page shows, only).

Every file is streamed: a few set-based queries read in chunks, rows written as they come, the
ZIP file compressed into a stream that has no seek (zipfile then writes data descriptors), so
memory stays flat whatever the number of inspections."""

from __future__ import annotations

import csv
import datetime
import math
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import pairwise
from typing import Any

from django.utils import timezone, translation
from django.utils.translation import gettext

from tscplus.core import clock, tabular, zipstream
from tscplus.core.tabular import defuse
from tscplus.insights.opendata.lives_fields import (
    CONTACT_EMAIL,
    FILES,
    LIVES_VERSION,
    MUNICIPALITY_NAME,
    MUNICIPALITY_URL,
    NAMES,
    SPEC_URL,
    Field,
)

__all__ = ["FILES", "NAMES", "SPEC_URL", "Field", "csv_blocks", "feed_facts", "zip_stream"]

CHUNK = 2000  # rows read from the database at a time (the peak of memory is about one chunk)


# --- Values ---------------------------------------------------------------------------------------


def _line(text: str) -> str:
    """One line of text, safe in a spreadsheet: LIVES forbids tabs and line breaks in a value."""
    return defuse(" ".join((text or "").split()))


def _both(thai: str, english: str) -> str:
    return thai if not english or english == thai else f"{thai} / {english}"


class _Days:
    """A day as YYYYMMDD (Western calendar), written once per day however many rows share it."""

    def __init__(self) -> None:
        self.known: dict[datetime.date, str] = {}

    def __call__(self, day: datetime.date) -> str:
        text = self.known.get(day)
        if text is None:
            text = self.known[day] = day.strftime("%Y%m%d")
        return text


def _score(value: Decimal | None) -> int | str:
    """Whole points, rounded down: 79.6 is below a pass mark of 80 and must not read 80."""
    return "" if value is None else int(value)


def _coordinate(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def _phone(value: str) -> str:
    """A Thai number as LIVES asks (with the country's dialling code): 053 123 456 -> +6653123456."""
    digits = "".join(c for c in value or "" if c.isdigit())
    if not digits:
        return ""
    if (value or "").lstrip().startswith("+"):
        return "+" + digits
    return "+66" + digits[1:] if digits.startswith("0") else "+66" + digits


def _in_both(make: Callable[[], str]) -> str:
    """A sentence in Thai and in English, whatever the reader's language: the feed is one file."""
    texts = []
    for language in ("th", "en"):
        with translation.override(language):
            texts.append(make())
    return _both(*texts)


# --- Rows -----------------------------------------------------------------------------------------


def _business_rows() -> Iterator[list[object]]:
    from tscplus.oversight.selectors import lives_places

    for p in lives_places().iterator(chunk_size=CHUNK):
        name = p["name_th"] + (f" ({p['name_en']})" if p["name_en"] else "")
        yield [
            p["public_id"],
            _line(name),
            _line(f"{p['address']} {p['subdistrict__name_th']}"),
            p["district__name_th"],
            p["province__name_th"],
            p["postcode"],
            _coordinate(p["latitude"]),
            _coordinate(p["longitude"]),
            _phone(p["phone"]),
        ]


class _Descriptions:
    """The public outcome of an inspection in words, once per combination (a handful)."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, ...], str] = {}

    def __call__(self, key: tuple[str, str, str, str, str]) -> str:
        if key not in self.known:
            self.known[key] = _in_both(lambda: describe(*key))
        return self.known[key]


def describe(
    decision: str, appeal_status: str, varied_to: str, case_status: str, case_outcome: str
) -> str:
    """Where the place stands after an inspection, in the active language (the rule is
    `oversight.outcome.public_outcome`; the words say what an appeal or a case changed)."""
    from tscplus.oversight.choices import (
        PUBLIC_DECISION,
        AppealStatus,
        CaseOutcome,
        CaseStatus,
        Decision,
        PublicOutcome,
    )
    from tscplus.oversight.outcome import public_outcome

    if appeal_status == AppealStatus.OVERTURNED:
        return gettext("{decision} (overturned on appeal)").format(
            decision=PUBLIC_DECISION[decision]
        )
    outcome = public_outcome(
        decision,
        appeal_status=appeal_status,
        varied_to=varied_to,
        case_status=case_status,
        case_outcome=case_outcome,
    )
    words = str(PublicOutcome(outcome).label)
    if decision == Decision.REINSTATE and not appeal_status:
        words = str(PUBLIC_DECISION[Decision.REINSTATE])
    if appeal_status == AppealStatus.VARIED:
        return gettext("{outcome} (varied on appeal)").format(outcome=words)
    if appeal_status == AppealStatus.OPEN:
        return gettext("{outcome} (under appeal)").format(outcome=words)
    if appeal_status == AppealStatus.UPHELD:
        return gettext("{outcome} (upheld on appeal)").format(outcome=words)
    if case_status == CaseStatus.CLOSED and case_outcome == CaseOutcome.ACCEPTED:
        return gettext("{outcome} (corrections accepted)").format(outcome=words)
    return words


def _inspection_rows() -> Iterator[list[object]]:
    """Each place's inspections in the order decided: a visit after one that left the place with
    corrections to make or a suspended certificate is a follow-up, any other is routine."""
    from tscplus.oversight.choices import PublicOutcome
    from tscplus.oversight.outcome import public_outcome
    from tscplus.oversight.selectors import lives_inspections

    words, days = _Descriptions(), _Days()
    follow = (PublicOutcome.CORRECTIONS, PublicOutcome.SUSPENDED)
    place, left = None, ""
    for r in lives_inspections().iterator(chunk_size=CHUNK):
        if r["establishment_id"] != place:
            place, left = r["establishment_id"], ""
        key = (
            r["decision"],
            r["appeal__status"] or "",
            r["appeal__varied_to"] or "",
            r["case__status"] or "",
            r["case__outcome"] or "",
        )
        yield [
            r["establishment__public_id"],
            _score(r["assessment__score"]),
            days(r["visit_day"]),
            words(key),
            "followup" if left in follow else "routine",
        ]
        left = public_outcome(
            key[0], appeal_status=key[1], varied_to=key[2], case_status=key[3], case_outcome=key[4]
        )


def _violation_rows() -> Iterator[list[object]]:
    from tscplus.oversight.selectors import lives_items, lives_violations

    essential = _in_both(lambda: gettext("essential item"))
    marks = essential.split(" / ") if " / " in essential else [essential, essential]
    items = {}
    for pk, i in lives_items().items():
        thai, english = i["text_th"], i["text_en"]
        if i["essential"]:
            thai, english = f"{thai} [{marks[0]}]", f"{english} [{marks[1]}]"
        items[pk] = (f"{i['version__standard__code']}:{i['code']}", _line(_both(thai, english)))
    days = _Days()
    for r in lives_violations().iterator(chunk_size=CHUNK):
        code, words = items[r["item_id"]]
        yield [r["assessment__establishment__public_id"], days(r["visit_day"]), code, words]


def legend_bands(thresholds: Iterable[Decimal]) -> list[tuple[int, int, str]]:
    """Score bands cut at the pass marks (whole points, rounded up), in the active language.

    A score is not the whole rule (standards/scoring.py): every essential item must pass as well,
    so the top band says "meets the standard if every essential item passed"."""
    marks = sorted({min(100, max(1, math.ceil(t))) for t in thresholds}) or [80]
    below = gettext("Below the pass mark ({mark}%): does not meet the standard")
    bands = [(0, marks[0] - 1, below.format(mark=marks[0]))]
    for low, high in pairwise(marks):
        bands.append(
            (
                low,
                high - 1,
                gettext(
                    "At or above the pass mark of some standards ({low}%) but below that of "
                    "others ({high}%)"
                ).format(low=low, high=high),
            )
        )
    bands.append(
        (
            marks[-1],
            100,
            gettext(
                "At or above the pass mark ({mark}%): meets the standard if every essential "
                "item passed as well"
            ).format(mark=marks[-1]),
        )
    )
    return bands


def _legend_rows() -> Iterator[list[object]]:
    from tscplus.oversight.selectors import lives_pass_thresholds

    thresholds = lives_pass_thresholds()
    languages = []
    for language in ("th", "en"):
        with translation.override(language):
            languages.append(legend_bands(thresholds))
    for (low, high, thai), (_low, _high, english) in zip(*languages, strict=True):
        yield [low, high, _both(thai, english)]


def feed_facts() -> dict[str, Any]:
    """What the last statistics run recorded about the feed (`insights.services.stats_refresh`):
    its date, LIVES version and rows per file; dated today when the job has not run yet."""
    from tscplus.insights.models import StatsRun

    run = StatsRun.objects.first()
    if run is None or not run.lives:
        return {
            "feed_date": clock.today().strftime("%Y%m%d"),
            "feed_version": LIVES_VERSION,
            "modified": None,
            "rows": {},
        }
    return {**run.lives, "modified": run.finished_at}


def _feed_info_rows() -> Iterator[list[object]]:
    facts = feed_facts()
    yield [
        facts["feed_date"],
        facts["feed_version"],
        MUNICIPALITY_NAME,
        MUNICIPALITY_URL,
        CONTACT_EMAIL,
    ]


ROWS: dict[str, Callable[[], Iterator[list[object]]]] = {
    "businesses": _business_rows,
    "inspections": _inspection_rows,
    "violations": _violation_rows,
    "legend": _legend_rows,
    "feed_info": _feed_info_rows,
}


def feed_record(finished_at: datetime.datetime) -> dict[str, Any]:
    """What the statistics run keeps about the feed: its date (the run's day in Thailand), the
    LIVES version and the rows of each file (a count query each)."""
    from tscplus.oversight.selectors import (
        lives_inspections,
        lives_pass_thresholds,
        lives_places,
        lives_violations,
    )

    return {
        "feed_date": timezone.localdate(finished_at).strftime("%Y%m%d"),
        "feed_version": LIVES_VERSION,
        "rows": {
            "businesses": lives_places().count(),
            "inspections": lives_inspections().count(),
            "violations": lives_violations().count(),
            "legend": len(legend_bands(lives_pass_thresholds())),
            "feed_info": 1,
        },
    }


# --- Writers --------------------------------------------------------------------------------------


def csv_lines(name: str) -> Iterator[str]:
    """A LIVES file as CSV lines: the header (the field names, in the specification's order), then
    the rows. UTF-8 without a byte-order mark: a LIVES reader expects `business_id` first."""
    writer = csv.writer(tabular.Echo(), lineterminator="\r\n")
    yield writer.writerow([f.name for f in FILES[name]])
    for row in ROWS[name]():
        yield writer.writerow(row)


def csv_blocks(name: str) -> Iterator[bytes]:
    return zipstream.blocks(csv_lines(name))


def zip_stream() -> Iterator[bytes]:
    """The five files in one ZIP archive, written as it is sent."""
    stamp = timezone.localtime(clock.now()).timetuple()[:6]
    return zipstream.zip_members(((f"{n}.csv", csv_blocks(n)) for n in NAMES), stamp)
