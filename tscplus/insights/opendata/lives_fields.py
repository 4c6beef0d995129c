"""The LIVES 1.0 files (Local Inspector Value-Entry Specification): each file's fields as the
specification names, orders and types them, with their meaning (the data dictionary), and who
publishes the feed. The rows are written by `lives.py`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

LIVES_VERSION = "1.0"
SPEC_URL = "https://www.yelp.com/healthscores"
MUNICIPALITY_NAME = (
    "กรมอนามัย กระทรวงสาธารณสุข / Department of Health, Ministry of Public Health, Thailand"
)
MUNICIPALITY_URL = "https://anamai.moph.go.th/"
# The address the site already gives for questions about it (the accessibility statement).
CONTACT_EMAIL = "webmaster@anamai.mail.go.th"


@dataclass(frozen=True)
class Field:
    """One column of a LIVES file, as the specification names, orders and types it."""

    name: str
    required: bool
    type: str  # string, integer (0-100), decimal, date (YYYYMMDD), email, url
    description: Any


F = Field
FILES: dict[str, tuple[Field, ...]] = {
    "businesses": (
        F("business_id", True, "string", _("The place's public id (as on its page)")),
        F("name", True, "string", _("Name in Thai, with the English name in brackets if given")),
        F("address", True, "string", _("House number, road, village and subdistrict")),
        F("city", False, "string", _("District")),
        F("state", False, "string", _("Province")),
        F("postal_code", False, "string", _("Postcode")),
        F("latitude", False, "decimal", _("Latitude (WGS 84), blank when not given")),
        F("longitude", False, "decimal", _("Longitude (WGS 84), blank when not given")),
        F(
            "phone_number",
            False,
            "string",
            _("The place's own phone as its public page shows it, with the country code (+66)"),
        ),
    ),
    "inspections": (
        F("business_id", True, "string", _("The place inspected")),
        F("score", False, "integer", _("Checklist score, 0-100 (whole points, rounded down)")),
        F("date", True, "date", _("Day of the visit (YYYYMMDD, Western calendar)")),
        F(
            "description",
            False,
            "string",
            _("Where the place stands after the inspection, in Thai / English"),
        ),
        F(
            "type",
            False,
            "string",
            _("routine, or followup for a visit after corrections were required or a suspension"),
        ),
    ),
    "violations": (
        F("business_id", True, "string", _("The place inspected")),
        F("date", True, "date", _("Day of the inspection that found it (YYYYMMDD)")),
        F("code", False, "string", _("The standard's code and the item's code, e.g. tsc-food:1.3")),
        F("description", False, "string", _("The checklist item, in Thai / English")),
    ),
    "legend": (
        F("minimum_score", True, "integer", _("Lowest score of the band")),
        F("maximum_score", True, "integer", _("Highest score of the band")),
        F("description", True, "string", _("What a score in the band means, in Thai / English")),
    ),
    "feed_info": (
        F("feed_date", True, "date", _("Day of the statistics run the feed is dated by")),
        F("feed_version", True, "string", _("Version of LIVES the feed follows")),
        F("municipality_name", True, "string", _("Who publishes the feed")),
        F("municipality_url", False, "url", _("Their website")),
        F("contact_email", False, "email", _("Where to write about the data")),
    ),
}
NAMES = tuple(FILES)
