"""The officer's field page: planned visits taken offline, recorded with no signal and sent when
the signal comes back. The page is a shell the service worker keeps; `oversight/field.js` fills
it from the API online and from the phone's storage offline."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tscplus.core import clock, thaidate
from tscplus.core.datefields import DATETIME_MESSAGES, MESSAGES, date_hint, datetime_hint
from tscplus.core.language import reader_language
from tscplus.core.permissions import require_officer


@login_required
@require_GET
def field(request: HttpRequest) -> HttpResponse:
    require_officer(request.user)
    # Dates typed in the reader's calendar (a native picker would show Western years): the hints
    # and the refusals of `core.datefields`, read by field.js.
    example = thaidate.numeric_date(clock.today(), reader_language())
    context = {
        "date_hint": date_hint,
        "datetime_hint": datetime_hint,
        "bad_date": str(MESSAGES["shape"]).format(example=example),
        "bad_datetime": str(DATETIME_MESSAGES["shape"]).format(example=example),
    }
    return render(request, "oversight/field.html", context)
