"""Benchmarks that run inside one Django process: assessment submission and certificate PDFs."""

from __future__ import annotations

import statistics
import time


def fifty_item_version():
    """A standard of 50 items (5 sections of 10, one essential in five) for the food group."""
    from tscplus.places.models import SettingGroup
    from tscplus.standards.models import Item, Section, Standard, StandardVersion

    standard, _ = Standard.objects.get_or_create(
        code="bench-50", defaults={"name_th": "มาตรฐานทดสอบ 50 ข้อ", "name_en": "Bench 50 items"}
    )
    standard.groups.add(SettingGroup.objects.get(code="food"))
    version = StandardVersion.objects.filter(standard=standard, status="active").first()
    if version:
        return version
    version = StandardVersion.objects.create(standard=standard, number=1, status="active")
    for s in range(1, 6):
        section = Section.objects.create(
            version=version, order=s, title_th=f"ส่วน {s}", title_en=f"Part {s}"
        )
        Item.objects.bulk_create(
            Item(
                section=section,
                version=version,
                order=i,
                code=f"{s}.{i}",
                text_th=f"ข้อ {s}.{i}",
                text_en=f"Item {s}.{i}",
                essential=i % 5 == 0,
                weight=1 + i % 3,
                measure="OTH",
            )
            for i in range(1, 11)
        )
    return version


def _submit_all(ids: list[int]) -> float:
    """Submit the given drafts one after another in this process; returns the seconds taken."""
    from django.db import connections

    from tscplus.assessments import services
    from tscplus.assessments.models import Assessment

    connections.close_all()  # a forked process opens its own connection
    drafts = list(Assessment.objects.filter(pk__in=ids).select_related("created_by"))
    started = time.perf_counter()
    for draft in drafts:
        services.assessment_submit(actor=draft.created_by, assessment=draft)
    return time.perf_counter() - started


def submissions(count: int, processes: int = 1) -> dict:
    """Time `assessment_submit` (scoring, certificate numbering and issue, audit) for `count`
    fully answered 50-item assessments of places spread over the provinces, submitted by
    `processes` processes at once (as by as many web workers)."""
    from concurrent.futures import ProcessPoolExecutor

    from django.db import connections

    from tscplus.accounts.models import User
    from tscplus.assessments import services
    from tscplus.core.models import Subdistrict
    from tscplus.places import services as place_services
    from tscplus.places.models import SettingCategory

    version = fifty_item_version()
    owner, _ = User.objects.get_or_create(
        email="bench-submit@example.org", defaults={"full_name": "Bench"}
    )
    category = SettingCategory.objects.get(code="restaurant")
    subdistricts = list(Subdistrict.objects.order_by("code")[::97])  # every province or so
    answers = {i.pk: {"value": "pass"} for i in version.items.all()}
    ids = []
    for n in range(count):
        place = place_services.establishment_register(
            owner=owner,
            name_th=f"ร้านส่ง {n} {time.time_ns()}",
            category=category,
            address="1",
            subdistrict=subdistricts[n % len(subdistricts)],
        )
        draft = services.assessment_start(actor=owner, establishment=place, version=version)
        services.assessment_save_answers(actor=owner, assessment=draft, answers=answers)
        ids.append(draft.pk)
    connections.close_all()
    chunks = [ids[k::processes] for k in range(processes)]
    started = time.perf_counter()
    if processes == 1:
        _submit_all(ids)
    else:
        with ProcessPoolExecutor(max_workers=processes) as pool:
            list(pool.map(_submit_all, chunks))
    elapsed = time.perf_counter() - started
    return {
        "count": count,
        "processes": processes,
        "seconds": elapsed,
        "per_second": count / elapsed,
    }


def pdfs(sample: int, batch: int) -> dict:
    from tscplus.assessments.documents import certificate_pdf
    from tscplus.assessments.models import Certificate

    certificates = list(
        Certificate.objects.select_related(
            "establishment__category",
            "establishment__subdistrict",
            "establishment__district",
            "establishment__province",
            "version__standard",
        ).order_by("pk")[: max(sample, batch)]
    )
    certificate_pdf(certificates[0])  # fonts and templates loaded once, as in a running worker
    times = []
    for certificate in certificates[:sample]:
        t = time.perf_counter()
        certificate_pdf(certificate)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    for certificate in certificates[:batch]:
        certificate_pdf(certificate)
    total = time.perf_counter() - t
    return {
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": sorted(times)[int(len(times) * 0.95) - 1] * 1000,
        "batch": min(batch, len(certificates)),
        "batch_seconds": total,
    }


def _rate_all(jobs: list[tuple[int, str]]) -> float:
    from django.db import connections

    from tscplus.places.models import Establishment
    from tscplus.voice import services

    connections.close_all()
    places = {p.pk: p for p in Establishment.objects.filter(pk__in={pk for pk, _ in jobs})}
    stars = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 4)
    started = time.perf_counter()
    for pk, device in jobs:
        services.rating_submit(
            establishment=places[pk],
            ratings=stars,
            comment="สะอาดดี",
            device=device,
            ip="198.51.100.1",
            verified_visit=True,
        )
    return time.perf_counter() - started


def ratings(count: int, processes: int = 2) -> dict:
    """Time `rating_submit` (the once-a-day check, moderation rules, the place's summary,
    audit, the risk refresh queued) for `count` ratings of 200 places, by `processes` at once."""
    from concurrent.futures import ProcessPoolExecutor

    from django.db import connections

    from tscplus.places.models import Establishment

    places = list(Establishment.objects.order_by("pk").values_list("pk", flat=True)[:200])
    run = time.time_ns()
    jobs = [(places[n % len(places)], f"bench-{run}-{n}") for n in range(count)]
    connections.close_all()
    chunks = [jobs[k::processes] for k in range(processes)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=processes) as pool:
        list(pool.map(_rate_all, chunks))
    elapsed = time.perf_counter() - started
    return {"count": count, "processes": processes, "per_second": count / elapsed}


def risk_queue(places: int, repeats: int = 20) -> dict:
    """The officer's risk queue against a plain list of the same area (by name), both read as the
    page reads them (the count and the first 50 rows with their relations), for a province of
    `places` establishments."""
    from tscplus.accounts.choices import Role
    from tscplus.accounts.models import Membership, User
    from tscplus.core.models import Province, Subdistrict
    from tscplus.oversight import selectors
    from tscplus.oversight.services import risk_refresh
    from tscplus.places.models import Establishment, SettingCategory, new_public_id

    province = Province.objects.get(code="10")
    have = Establishment.objects.filter(province=province).count()
    owner, _ = User.objects.get_or_create(
        email="bench-queue@example.org", defaults={"full_name": "Q"}
    )
    categories = list(SettingCategory.objects.all())
    subdistricts = list(
        Subdistrict.objects.filter(district__province=province).select_related("district")
    )
    made = time.perf_counter()
    for start in range(have, places, 5000):
        Establishment.objects.bulk_create(
            Establishment(
                public_id=new_public_id(),
                name_th=f"สถานที่ {n}",
                owner=owner,
                category=categories[n % len(categories)],
                address="1",
                subdistrict=s,
                district=s.district,
                province=province,
                postcode=s.postcode,
            )
            for n in range(start, min(places, start + 5000))
            for s in [subdistricts[n % len(subdistricts)]]
        )
    refresh_started = time.perf_counter()
    risk_refresh(
        establishment_ids=Establishment.objects.filter(province=province).values_list(
            "pk", flat=True
        )
    )
    refresh_seconds = time.perf_counter() - refresh_started
    officer, created = User.objects.get_or_create(
        email="bench-officer@example.org", defaults={"full_name": "Officer"}
    )
    if created:
        Membership.objects.create(
            user=officer, role=Role.AREA_OFFICER, level="province", province=province
        )

    def median(fn) -> float:
        fn()
        return statistics.median(fn() for _ in range(repeats))

    queue_s = median(lambda: _first_page(selectors.risk_queue(officer)))
    plain_s = median(lambda: _first_page(selectors.place_list_for_officer(officer)))
    return {
        "places": Establishment.objects.filter(province=province).count(),
        "queue_ms": queue_s * 1000,
        "plain_ms": plain_s * 1000,
        "ratio": queue_s / plain_s,
        "refresh_seconds": refresh_seconds,
        "made_seconds": refresh_started - made,
    }


def _first_page(queryset) -> float:
    """What both pages read: the count and the first page of rows with their relations."""
    from django.core.paginator import Paginator

    t = time.perf_counter()
    page = Paginator(queryset, 50).get_page(1)
    for place in page:
        (place.category.name, place.district.name, getattr(place, "risk", None))
    return time.perf_counter() - t


def bulk_import(rows: int) -> dict:
    """The officers' import of `rows` CSV rows (read, every row checked, written with COPY), against
    PostgreSQL's own COPY of the same rows into the same table. Both run in a transaction that is
    rolled back, so the database is left as it was."""
    import csv
    import io

    from django.db import connection, transaction

    from tscplus.accounts.models import User
    from tscplus.core.models import Subdistrict
    from tscplus.places import importing
    from tscplus.places.models import Establishment, SettingCategory

    officer, _ = User.objects.get_or_create(
        email="bench-import@example.org", defaults={"full_name": "Import", "is_superuser": True}
    )
    subdistricts = list(Subdistrict.objects.values_list("code", flat=True)[:2000])
    categories = list(SettingCategory.objects.values_list("code", flat=True))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([th for _key, th, _en, _required in importing.COLUMNS])
    for n in range(rows):
        writer.writerow(
            [
                f"สถานที่นำเข้า {n}",
                "",
                categories[n % len(categories)],
                f"{n} หมู่ 1",
                subdistricts[n % len(subdistricts)],
                "",
                "",
                "0812345678",
                "08:00-20:00",
                "",
                "",
                "",
            ]
        )
    data = out.getvalue().encode("utf-8")

    class RollbackError(Exception):
        """Raised after the timed work so that its writes are undone and every run starts alike."""

    def timed(fn) -> float:
        started = time.perf_counter()
        try:
            with transaction.atomic():
                fn()
                raise RollbackError
        except RollbackError:
            pass
        return time.perf_counter() - started

    checked = {}

    def ours() -> None:
        header, records = importing.read_rows(data, "bench.csv")
        checked["result"] = importing.check(header, records, user=officer)
        importing.write([r for _n, r in checked["result"].rows], default_owner_id=officer.pk)

    ours_s = timed(ours)
    prepared = [r for _n, r in checked["result"].rows]
    assert len(prepared) == rows and not checked["result"].errors

    # PostgreSQL's COPY alone: the same rows, already as COPY text, sent in one stream.
    from django.utils import timezone

    from tscplus.places.models import new_public_id

    now = timezone.now().isoformat()

    def cell(value) -> str:
        return "\\N" if value is None else str(value)

    payload = "".join(
        "\t".join(
            cell(v)
            for v in (
                new_public_id(),
                r["name_th"],
                r["name_en"],
                r["category_id"],
                officer.pk,
                r["address"],
                r["subdistrict_id"],
                r["district_id"],
                r["province_id"],
                r["postcode"],
                r["latitude"],
                r["longitude"],
                r["phone"],
                r["opening_hours"],
                "active",
                "none",
                "",
                now,
            )
        )
        + "\n"
        for r in prepared
    )
    table = Establishment._meta.db_table

    def copy_only() -> None:
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(
                f"COPY {table} ({', '.join(importing.WRITE_COLUMNS)}) FROM STDIN"
            ) as copy,
        ):
            copy.write(payload)

    copy_s = timed(copy_only)
    assert (
        connection.vendor == "postgresql"
        and not Establishment.objects.filter(name_th="สถานที่นำเข้า 0").exists()
    )
    return {"rows": rows, "ours_s": ours_s, "copy_s": copy_s, "ratio": copy_s / ours_s}


def report_pdf(indicators: int = 20, repeats: int = 3) -> dict:
    """A monthly report of a whole fiscal year with `indicators` indicators, each with twelve months
    of progress, its chart and its plan, rendered to PDF (what an approver downloads)."""
    import datetime

    from tscplus.core import clock
    from tscplus.indicators import documents, selectors
    from tscplus.indicators.models import FiscalYear, Indicator, MonthlyProgress, PlanStep, Report

    fy, _ = FiscalYear.objects.get_or_create(year=2599)
    for n in range(fy.indicators.count(), indicators):
        indicator = Indicator.objects.create(
            fiscal_year=fy,
            code=f"B-{n + 1:02d}",
            name_th=f"ตัวชี้วัดทดสอบความเร็วที่ {n + 1} ร้อยละของสถานประกอบการที่ผ่านเกณฑ์",
            definition_th="นิยามของตัวชี้วัด",
            owner_unit_th="กองแผนงาน",
            kind="numeric" if n % 2 else "level",
            target=80 if n % 2 else 5,
            unit_th="ร้อยละ" if n % 2 else "",
            order=n,
        )
        for i, month in enumerate(fy.months()):
            MonthlyProgress.objects.create(
                indicator=indicator,
                month=month,
                level=None if n % 2 else 1 + i % 5,
                value=(40 + 4 * i) if n % 2 else None,
                done="ดำเนินการตามแผน ประชุมติดตามงาน และรวบรวมหลักฐานการดำเนินงานของเดือน " * 2,
                problems="งบประมาณล่าช้าเล็กน้อย",
                next_steps="ติดตามผลและรายงานในเดือนถัดไป",
            )
        for i in range(1, 8):
            PlanStep.objects.create(
                indicator=indicator,
                order=i,
                activity_th=f"กิจกรรมที่ {i}",
                responsible_th="กองแผนงาน",
                starts_on=fy.months()[i],
                ends_on=fy.months()[i + 2],
            )
    period = fy.months()[-1]
    report, _ = Report.objects.get_or_create(
        kind="monthly",
        period=period,
        defaults={"fiscal_year": fy, "due_on": period + datetime.timedelta(days=40)},
    )
    with clock.fixed_at(clock.local_datetime(period + datetime.timedelta(days=35))):
        content = selectors.report_content(report)
    header = {"number": 1, "published_at": "", "approved_by": "", "correction_note": ""}
    documents.report_pdf(content, header=header)  # fonts and templates loaded, as in a worker
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        pdf = documents.report_pdf(content, header=header)
        times.append(time.perf_counter() - t)
    import pypdfium2

    pages = len(pypdfium2.PdfDocument(pdf))
    return {
        "indicators": indicators,
        "seconds": statistics.median(times),
        "pages": pages,
        "kilobytes": len(pdf) / 1024,
    }


def inventory_list(entries: int = 5000, repeats: int = 30) -> dict:
    """The knowledge inventory as its page reads it (count and first page of 50), filtered (kind,
    personal data) and ranked by priority, against a plain paginated list of the same table."""
    from tscplus.learning.models import KnowledgeAsset
    from tscplus.learning.selectors import asset_list

    have = KnowledgeAsset.objects.count()
    kinds, accesses = ("data", "information", "knowledge"), ("public", "internal", "restricted")
    KnowledgeAsset.objects.bulk_create(
        KnowledgeAsset(
            name=f"ชุดข้อมูลทดสอบ {n}",
            kind=kinds[n % 3],
            source="ระบบทดสอบ",
            owner="กองแผนงาน",
            format="Excel",
            frequency="monthly",
            access=accesses[n % 3],
            personal_data=n % 4 == 0,
            importance=1 + n % 5,
            necessity=1 + (n * 7) % 5,
            description="รายละเอียดของชุดข้อมูลสำหรับวิเคราะห์สถานการณ์",
        )
        for n in range(have, entries)
    )
    from django.db import connection

    with connection.cursor() as cursor:  # statistics, as a table in service has them
        cursor.execute(f"ANALYZE {KnowledgeAsset._meta.db_table}")

    def first_page(queryset) -> float:
        from django.core.paginator import Paginator

        t = time.perf_counter()
        page = Paginator(queryset, 50).get_page(1)
        _rows = [(asset.name, asset.kind, asset.importance) for asset in page]
        return time.perf_counter() - t

    def median(fn) -> float:
        fn()
        return statistics.median(fn() for _ in range(repeats))

    ranked = median(lambda: first_page(asset_list(kind="data", personal="no", sort="priority")))
    plain = median(lambda: first_page(KnowledgeAsset.objects.order_by("pk")))
    return {
        "entries": KnowledgeAsset.objects.count(),
        "ranked_ms": ranked * 1000,
        "plain_ms": plain * 1000,
        "ratio": ranked / plain,
    }


def registry_filtered(repeats: int = 20) -> dict:
    """The public registry filtered by "checked by an officer" (and by an outcome) against the
    plain list, each read as the page reads it (the count and the first page of 20 with what a row
    shows), over every place the bench made (a third of them checked by an officer)."""
    from django.core.paginator import Paginator
    from django.http import QueryDict

    from tscplus.places.filters import RegistryFilter
    from tscplus.places.selectors import registry_base

    def page(query: str) -> float:
        t = time.perf_counter()
        found = RegistryFilter(QueryDict(query) or None, queryset=registry_base()).qs
        for place in Paginator(found, 20).get_page(1):
            shown = (place.category.name, place.district.name, place.officer_outcome)
            assert shown
        return time.perf_counter() - t

    def median(query: str) -> float:
        page(query)
        return statistics.median(page(query) for _ in range(repeats))

    plain = median("")
    checked = median("checked=officer")
    outcome = median("checked=officer&outcome=corrections")
    return {
        "places": registry_base().count(),
        "checked_places": registry_base().exclude(officer_outcome="").count(),
        "plain_ms": plain * 1000,
        "checked_ms": checked * 1000,
        "outcome_ms": outcome * 1000,
        "ratio": max(checked, outcome) / plain,
    }
