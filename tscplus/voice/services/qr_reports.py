"""Reports of QR codes the registry does not know: a visitor who scanned a code at a door and found
no certificate behind it says where they saw it, and the officers of that area hear at once. No
other pillar listens (the place, if it is one, is not known), so no event is announced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tscplus.core.audit import audit_record, snapshot
from tscplus.core.geography import area_text
from tscplus.core.language import reader_is_english
from tscplus.core.ratelimit import RateLimit
from tscplus.voice.models import QrReport
from tscplus.voice.services.complaints import complaint_consent_errors
from tscplus.voice.services.intake import (
    area_officers_notify,
    client_key,
    contact_consent_stamp,
)

if TYPE_CHECKING:
    from tscplus.core.models import District, Province

QR_REPORT_CONSENT_VERSION = "2026-12-06"

# Reports from one address an hour; the page and the API share the count.
QR_REPORT_LIMIT = RateLimit(scope="qr-report", limit="QR_REPORT_LIMIT_PER_HOUR", seconds=3600)


@transaction.atomic
def qr_report_file(
    *,
    token: str,
    province: Province,
    district: District,
    place_name: str = "",
    note: str = "",
    contact_name: str = "",
    contact_phone: str = "",
    contact_email: str = "",
    consent: bool = False,
    ip: str | None,
) -> QrReport:
    """Record a report of an unknown QR code and tell the area officers of where it was seen."""
    report = QrReport(
        token=(token or "").strip(),
        province=province,
        district=district,
        place_name=(place_name or "").strip(),
        note=(note or "").strip(),
        contact_name=(contact_name or "").strip(),
        contact_phone=(contact_phone or "").strip(),
        contact_email=(contact_email or "").strip(),
        contact_consent=bool(consent),
        client=client_key(ip),
    )
    errors = dict(complaint_consent_errors(has_contact=report.has_contact, consent=consent))
    if district.province_id != province.pk:
        errors["district"] = _("Choose a district in the selected province.")
    if errors:
        raise ValidationError(errors)
    contact_consent_stamp(report, version=QR_REPORT_CONSENT_VERSION)
    report.full_clean(validate_constraints=False)  # the consent rule was checked above
    report.save()
    _tell_area_officers(report)
    audit_record(
        actor=None,
        verb="qr_report.filed",
        obj=report,
        ip=ip,
        after=snapshot(report, ("token", "province", "district")),
    )
    return report


def _tell_area_officers(report: QrReport) -> None:
    province, district, place = report.province, report.district, report.place_name

    def where() -> str:
        return area_text(
            province=province.name, district=district.name, thai=not reader_is_english()
        )

    def body() -> str:
        if place:
            return _(
                "Someone scanned a QR code that is not in the registry at “{place}”, {area}. "
                "Open the report for their note and how to reach them."
            ).format(place=place, area=where())
        return _(
            "Someone scanned a QR code that is not in the registry in {area}. "
            "Open the report for their note and how to reach them."
        ).format(area=where())

    area_officers_notify(
        province_id=province.pk,
        district_id=district.pk,
        title=lambda: _("A QR code not in the registry was reported in {area}").format(
            area=where()
        ),
        body=body,
        link=f"{reverse('voice:officer_qr_reports')}#report-{report.pk}",
    )
