"""The public `/reports/`: the published reports, each read on a page or downloaded as PDF or
XLSX."""

from __future__ import annotations

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tscplus.core import tabular
from tscplus.core.db_router import may_lag
from tscplus.core.language import reader_language
from tscplus.core.thaidate import file_stamp, reader_date
from tscplus.indicators import documents, selectors
from tscplus.indicators.models import Report


@require_GET
@may_lag
def public_list(request: HttpRequest) -> HttpResponse:
    reports = list(selectors.public_reports())
    for report in reports:
        # For the template: Report declares no such field, the list page adds it to each row.
        report.timeliness = selectors.timeliness(report)  # type: ignore[attr-defined]
    return render(request, "indicators/public_list.html", {"reports": reports})


def _public_revision(request: HttpRequest, pk: int):
    """A published report and the revision asked for (its latest by default); else a 404."""
    try:
        report = selectors.public_report(pk)
    except Report.DoesNotExist:
        raise Http404 from None
    number = request.GET.get("revision", "")
    revision = selectors.published_revision(report, int(number) if number.isdigit() else None)
    if revision is None:
        raise Http404
    return report, revision


@require_GET
@may_lag
def public_report(request: HttpRequest, pk: int) -> HttpResponse:
    report, revision = _public_revision(request, pk)
    return render(
        request,
        "indicators/public_report.html",
        {
            "report": report,
            "revision": revision,
            "r": documents.present(revision.content),
            "timeliness": selectors.timeliness(report),
            "latest": report.published[0],
        },
    )


FORMATS = {"pdf": "application/pdf", "xlsx": tabular.XLSX_CONTENT_TYPE}


@require_GET
@may_lag
def public_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    report, revision = _public_revision(request, pk)
    language = reader_language()
    key = f"indicators:report:{revision.pk}:{fmt}:{language}"
    data = cache.get(key)
    if data is None:  # a published revision never changes: its file is made once per language
        if fmt == "pdf":
            header = {
                "number": revision.number,
                "correction_note": revision.correction_note,
                "published_at": reader_date(report.first_published_at, "long"),
                "corrected_at": revision.number > 1 and reader_date(revision.published_at, "long"),
                "approved_by": revision.approved_by.full_name if revision.approved_by else "",
            }
            data = documents.report_pdf(revision.content, header=header)
        else:
            data = documents.report_xlsx(revision.content)
        cache.set(key, data, 24 * 3600)
    response = HttpResponse(data, content_type=FORMATS[fmt])
    period = file_stamp(report.period, language, month=True)
    name = f"tscplus-{report.kind}-{period}-r{revision.number}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
