"""Template filters for B.E. dates and the fiscal year, in the active language:
`{{ value|thai_date }}`, `{{ value|thai_date:"long" }}`, `{{ value|fiscal_year }}`."""

import datetime

from django import template

from tscplus.core import thaidate
from tscplus.core.language import reader_language

register = template.Library()


@register.filter
def thai_date(value: datetime.date | datetime.datetime | None, style: str = "short") -> str:
    if value in (None, ""):
        return ""
    return thaidate.reader_date(value, style)  # type: ignore[arg-type]


@register.filter
def be_year(value: datetime.date | datetime.datetime | int | None) -> int | str:
    return "" if value in (None, "") else thaidate.be_year(value)


@register.filter
def fiscal_year(value: datetime.date | datetime.datetime | None) -> str:
    if value in (None, ""):
        return ""
    return thaidate.fiscal_year_label(thaidate.fiscal_year(value), reader_language())
