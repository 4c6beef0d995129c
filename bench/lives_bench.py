"""The LIVES feed's ZIP archive streamed through its view (`GET /open-data/lives/lives.zip`, the
whole middleware stack) at BENCH_LIVES_SMALL and then BENCH_LIVES_LARGE decided inspections, each
with BENCH_LIVES_FAILS failed items, in the same fresh PostgreSQL database: the time to send it all,
and the peak of Python's memory while sending (tracemalloc, in a second pass, as tracing slows the
first). Memory must stay flat: the peak at the large size is compared with the small one's.
Prints one JSON object.

Run by `bench/run.py` on PostgreSQL; also runnable alone:
DATABASE_URL=postgres://.../fresh python bench/lives_bench.py"""

from __future__ import annotations

import datetime
import io
import json
import os
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL = int(os.environ.get("BENCH_LIVES_SMALL", "20000"))
LARGE = int(os.environ.get("BENCH_LIVES_LARGE", "100000"))
FAILS = int(os.environ.get("BENCH_LIVES_FAILS", "5"))
VISITS_EACH = 5  # inspections per place
CHUNK = 50_000  # inspections loaded per round of COPY
DECISIONS = ("confirm", "corrections", "confirm", "suspend", "reinstate")


def _copy(table: str, columns: str, rows: io.StringIO) -> None:
    from django.db import connection

    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
    ):
        copy.write(rows.getvalue())


def grow_to(total: int) -> float:
    """Add open places, their decided inspections (each with its checklist: an assessment of kind
    inspection) and FAILS failed answers each, with COPY, until there are `total` inspections.
    Rows are shaped as the services leave them. Returns the seconds."""
    from tscplus.accounts.models import User
    from tscplus.assessments.models import Answer, Assessment
    from tscplus.core.models import Subdistrict
    from tscplus.oversight.models import Inspection
    from tscplus.places.models import Establishment, SettingCategory
    from tscplus.standards.models import StandardVersion

    started = time.perf_counter()
    have = Inspection.objects.count()
    officer, _ = User.objects.get_or_create(
        email="bench-lives@example.org", defaults={"full_name": "Bench Officer"}
    )
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    items = list(version.items.order_by("section__order", "order").values_list("pk", flat=True))
    assert len(items) >= FAILS, "the standard has fewer items than the failures asked for"
    category = SettingCategory.objects.get(code="restaurant").pk
    areas = list(
        Subdistrict.objects.values_list("code", "district_id", "district__province_id", "postcodes")
    )
    day = datetime.date(2026, 1, 5)
    for start in range(have, total, CHUNK):
        size = min(CHUNK, total - start)
        first_place = start // VISITS_EACH
        places = range(first_place, first_place + size // VISITS_EACH)
        rows = io.StringIO()
        for n in places:
            code, district, province, postcodes = areas[n % len(areas)]
            rows.write(
                f"L{n:011d}\tร้านทดสอบ {n}\tShop {n}\t{category}\t{officer.pk}\t{n} ถนนทดสอบ\t"
                f"{code}\t{district}\t{province}\t{postcodes[:5]}\t053 {n % 1000:03d} {n % 997:03d}"
                f"\t\tactive\t2026-01-01 03:00:00+00\tcertified\t\t18.7{n % 1000:03d}\t98.9{n % 997:03d}\n"
            )
        _copy(
            Establishment._meta.db_table,
            "public_id, name_th, name_en, category_id, owner_id, address, subdistrict_id, "
            "district_id, province_id, postcode, phone, opening_hours, status, created_at, "
            "certification, officer_outcome, latitude, longitude",
            rows,
        )
        ids = list(
            Establishment.objects.filter(
                public_id__gte=f"L{places.start:011d}", public_id__lte=f"L{places.stop - 1:011d}"
            )
            .order_by("public_id")
            .values_list("pk", flat=True)
        )
        visits = [(pk, k) for pk in ids for k in range(VISITS_EACH)]
        rows = io.StringIO()
        for i, (pk, k) in enumerate(visits):
            when = day + datetime.timedelta(days=30 * k + i % 28)
            score = 40 + (i * 7) % 60
            rows.write(
                f"{pk}\t{version.pk}\tinspection\tsubmitted\t{officer.pk}\t{when} 02:00:00+00\t"
                f"{when} 03:00:00+00\t{score}\t{'t' if score >= 80 else 'f'}\n"
            )
        _copy(
            Assessment._meta.db_table,
            "establishment_id, version_id, kind, status, created_by_id, created_at, "
            "submitted_at, score, passed",
            rows,
        )
        checklists = list(
            Assessment.objects.filter(
                kind="inspection", establishment_id__in=ids, inspection__isnull=True
            )
            .order_by("establishment_id", "submitted_at", "pk")
            .values_list("pk", "establishment_id", "submitted_at")
        )
        rows = io.StringIO()
        answers = io.StringIO()
        for i, (assessment, pk, submitted) in enumerate(checklists):
            decision = DECISIONS[i % VISITS_EACH]
            due = (
                f"{(submitted + datetime.timedelta(days=30)).date()}"
                if decision == "corrections"
                else r"\N"
            )
            rows.write(
                f"{pk}\t{officer.pk}\t{submitted.date()}\tdone\t{assessment}\t{decision}\t"
                f"เหตุผล\t{due}\t{submitted + datetime.timedelta(hours=2)}\t\t\t{submitted}\n"
            )
            for item in items[:FAILS]:
                answers.write(f"{assessment}\t{item}\tfail\t\t\t{submitted}\n")
        _copy(
            Inspection._meta.db_table,
            "establishment_id, officer_id, planned_for, status, assessment_id, decision, reason, "
            "corrections_due, decided_at, reply, reply_moderation, created_at",
            rows,
        )
        _copy(
            Answer._meta.db_table,
            "assessment_id, item_id, value, note, evidence, updated_at",
            answers,
        )
    from django.db import connection

    with connection.cursor() as cursor:  # statistics, as autovacuum gives a table in service
        cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def stream(*, trace: bool) -> dict:
    """The ZIP archive through the view, every chunk written to a temporary file as a client
    would; with `trace`, the peak of Python's memory above what it held before."""
    from django.test import Client

    client = Client()
    with tempfile.TemporaryFile() as out:
        if trace:
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
        started = time.perf_counter()
        response = client.get("/open-data/lives/lives.zip", HTTP_HOST="127.0.0.1")
        assert response.status_code == 200
        for chunk in response.streaming_content:
            out.write(chunk)
        response.close()
        seconds = time.perf_counter() - started
        peak = 0
        if trace:
            peak = tracemalloc.get_traced_memory()[1] - before
            tracemalloc.stop()
        size = out.tell()
        out.seek(0)
        with zipfile.ZipFile(out) as archive:  # what was sent is a whole, readable feed
            rows = {
                name.removesuffix(".csv"): sum(1 for _ in archive.open(name)) - 1
                for name in archive.namelist()
            }
    return {"seconds": seconds, "peak_mb": peak / 2**20, "megabytes": size / 2**20, "rows": rows}


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tscplus.settings")
    os.environ.setdefault("DJANGO_DEBUG", "off")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1")
    os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "off")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + os.urandom(24).hex())
    os.environ.setdefault("TSCPLUS_PROCESS", "job")  # the loader's statements are a job's
    os.environ["STATIC_ROOT"] = tempfile.mkdtemp()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from tscplus.insights.services import stats_refresh

    assert connection.vendor == "postgresql", "the benchmark loads its rows with COPY"
    call_command("migrate", verbosity=0)
    out: dict = {}
    for label, total in (("small", SMALL), ("large", LARGE)):
        made = grow_to(total)
        stats_refresh()
        timed = stream(trace=False)
        traced = stream(trace=True)
        assert timed["rows"]["inspections"] == total, timed["rows"]
        out[label] = {
            "inspections": total,
            "made_seconds": made,
            "seconds": timed["seconds"],
            "megabytes": timed["megabytes"],
            "rows": timed["rows"],
            "peak_mb": traced["peak_mb"],
        }
    out["memory_ratio"] = out["large"]["peak_mb"] / max(out["small"]["peak_mb"], 0.001)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
