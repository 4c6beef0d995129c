"""`{{ place|area }}`: the subdistrict, district and province of anything that has them, written
in the active language as on an address (the rule is `core.geography.area_text`);
`{{ place|area:"district" }}` stops at the district."""

from typing import Any

from django import template

from tscplus.core.geography import area_text
from tscplus.core.language import reader_is_english

register = template.Library()


@register.filter
def area(value: Any, depth: str = "subdistrict") -> str:
    if value is None:
        return ""

    def name(level: str) -> str:
        part = getattr(value, level, None)
        return part.name if part is not None else ""

    return area_text(
        province=name("province"),
        district=name("district"),
        subdistrict=name("subdistrict") if depth == "subdistrict" else "",
        thai=not reader_is_english(),
    )
