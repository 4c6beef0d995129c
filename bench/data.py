"""Synthetic data for benchmarks: many certified establishments, made fast with bulk inserts.

This bypasses the services on purpose (100,000 audited, one-by-one submissions would take longer
than the benchmark); rows are shaped exactly as the services would leave them."""

from __future__ import annotations

import datetime
from itertools import cycle

from django.db import transaction
from django.utils import timezone

BATCH = 5000


def certified_places(n: int) -> list[str]:
    """Ensure at least `n` certified places exist; returns their verification tokens."""
    from tscplus.accounts.models import User
    from tscplus.assessments.models import Assessment, Certificate, new_verify_token
    from tscplus.assessments.services import certificate_details
    from tscplus.core.models import Subdistrict
    from tscplus.places.models import Establishment, SettingCategory, new_public_id
    from tscplus.standards.models import StandardVersion

    have = Certificate.objects.filter(number__startswith="TSC-BENCH-").count()
    owner, _ = User.objects.get_or_create(
        email="bench@example.org", defaults={"full_name": "Bench"}
    )
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    category = SettingCategory.objects.get(code="restaurant")
    subdistricts = cycle(list(Subdistrict.objects.select_related("district__province")))
    now = timezone.now()
    expires = timezone.localdate() + datetime.timedelta(days=365)
    for start in range(have, n, BATCH):
        size = min(BATCH, n - start)
        with transaction.atomic():
            places = []
            for i in range(start, start + size):
                s = next(subdistricts)
                places.append(
                    Establishment(
                        public_id=new_public_id(),
                        name_th=f"ร้านทดสอบ {i}",
                        category=category,
                        owner=owner,
                        address="1",
                        subdistrict=s,
                        district=s.district,
                        province=s.district.province,
                        postcode=s.postcode,
                        certification="certified",
                    )
                )
            places = Establishment.objects.bulk_create(places)
            assessments = Assessment.objects.bulk_create(
                Assessment(
                    establishment=p,
                    version=version,
                    status="submitted",
                    created_by=owner,
                    submitted_at=now,
                    score=100,
                    passed=True,
                )
                for p in places
            )
            Certificate.objects.bulk_create(
                Certificate(
                    number=f"TSC-BENCH-{start + k:07d}",
                    establishment=p,
                    assessment=a,
                    version=version,
                    issued_at=now,
                    expires_on=expires,
                    verify_token=new_verify_token(),
                    details=certificate_details(p, version),
                )
                for k, (p, a) in enumerate(zip(places, assessments, strict=True))
            )
    return list(
        Certificate.objects.filter(number__startswith="TSC-BENCH-").values_list(
            "verify_token", flat=True
        )
    )


def officer_findings(every: int = 3) -> list[str]:
    """Give every `every`-th bench place a public inspection record, as area oversight leaves it
    after an officer's decision: the findings block drawn in Thai and English (three failed items,
    three inspections in its history) and the registry's columns. Returns the tokens of those
    places' certificates (the verification page with findings)."""
    from tscplus.assessments.models import Certificate
    from tscplus.oversight.models import PlaceRecord
    from tscplus.oversight.selectors import RecordEntry
    from tscplus.oversight.services.record import _draw
    from tscplus.places.choices import OfficerOutcome
    from tscplus.places.models import Establishment
    from tscplus.standards.models import Item

    today = timezone.localdate()
    failed = list(
        Item.objects.filter(version__standard__code="tsc-food", version__status="active")
        .order_by("order")
        .values_list("text_th", "text_en")[:3]
    )
    history = [
        RecordEntry(
            on=today - datetime.timedelta(days=days),
            decision=decision,
            outcome=outcome,
            appeal_status="",
            appeal_reason="",
            varied_to="",
            corrections_due=due,
            case_status=case_status,
            case_outcome="",
            case_closed_on=None,
            reply="",
        )
        for days, decision, outcome, due, case_status in (
            (3, "corrections", OfficerOutcome.CORRECTIONS, today + datetime.timedelta(27), "open"),
            (200, "confirm", OfficerOutcome.MEETS, None, ""),
            (400, "confirm", OfficerOutcome.MEETS, None, ""),
        )
    ]
    html = {language: _draw(language, history, failed) for language in ("th", "en")}
    places = Establishment.objects.filter(certificates__number__startswith="TSC-BENCH-")
    chosen = list(places.order_by("pk").values_list("pk", flat=True)[::every])
    have = set(PlaceRecord.objects.values_list("pk", flat=True))
    missing = [pk for pk in chosen if pk not in have]
    for start in range(0, len(missing), BATCH):
        batch = missing[start : start + BATCH]
        with transaction.atomic():
            PlaceRecord.objects.bulk_create(
                PlaceRecord(
                    establishment_id=pk,
                    checked_on=history[0].on,
                    outcome=OfficerOutcome.CORRECTIONS,
                    html_th=html["th"],
                    html_en=html["en"],
                )
                for pk in batch
            )
            Establishment.objects.filter(pk__in=batch).update(
                officer_checked_on=history[0].on, officer_outcome=OfficerOutcome.CORRECTIONS
            )
    return list(
        Certificate.objects.filter(
            number__startswith="TSC-BENCH-", establishment_id__in=chosen
        ).values_list("verify_token", flat=True)
    )
