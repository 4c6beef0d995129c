"""The national dashboard as the platform grows: its response time (p50/p95, warm, through the whole
middleware stack) with BENCH_DASH_SMALL establishments, then with BENCH_DASH_LARGE and three
assessments each, in the same fresh database, after the stats job has run. Prints one JSON object.

Run by `bench/run.py` on PostgreSQL; also runnable alone:
DATABASE_URL=postgres://.../fresh python bench/dashboard_bench.py"""

from __future__ import annotations

import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL = int(os.environ.get("BENCH_DASH_SMALL", "10000"))
LARGE = int(os.environ.get("BENCH_DASH_LARGE", "1000000"))
ASSESSMENTS_EACH = 3
REQUESTS = int(os.environ.get("BENCH_DASH_REQUESTS", "200"))
CHUNK = 50_000


def grow_to(total: int) -> float:
    """Add establishments (spread over every subdistrict and category, 45 % certified) and three
    submitted self-assessments each, with COPY, until there are `total`. Returns the seconds."""
    from django.db import connection

    from tscplus.accounts.models import User
    from tscplus.assessments.models import Assessment
    from tscplus.core.models import Subdistrict
    from tscplus.places.models import Establishment, SettingCategory
    from tscplus.standards.models import StandardVersion

    started = time.perf_counter()
    have = Establishment.objects.count()
    owner, _ = User.objects.get_or_create(
        email="bench-dash@example.org", defaults={"full_name": "D"}
    )
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    categories = list(SettingCategory.objects.values_list("pk", flat=True))
    places = list(
        Subdistrict.objects.values_list("code", "district_id", "district__province_id", "postcodes")
    )
    rng = random.Random(have)
    statuses = (
        ["certified"] * 45
        + ["none"] * 35
        + ["expired"] * 10
        + ["reassessment_due"] * 5
        + ["suspended"] * 5
    )
    table, atable = Establishment._meta.db_table, Assessment._meta.db_table
    columns = (
        "public_id, name_th, name_en, category_id, owner_id, address, subdistrict_id, district_id, "
        "province_id, postcode, phone, opening_hours, status, created_at, certification"
    )
    acolumns = "establishment_id, version_id, kind, status, created_by_id, created_at, submitted_at, score, passed"
    for start in range(have, total, CHUNK):
        size = min(CHUNK, total - start)
        rows = io.StringIO()
        for n in range(start, start + size):
            code, district, province, postcodes = places[n % len(places)]
            month = 1 + n % 12
            created = f"{2025 + (n // 12) % 2}-{month:02d}-{1 + n % 28:02d} 03:00:00+00"
            rows.write(
                f"B{n:011d}\tสถานที่ทดสอบ {n}\t\t{categories[n % len(categories)]}\t{owner.pk}\t1\t{code}\t"
                f"{district}\t{province}\t{postcodes[:5]}\t\t\tactive\t{created}\t{rng.choice(statuses)}\n"
            )
        with connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                copy.write(rows.getvalue())
            ids = list(
                Establishment.objects.filter(
                    public_id__gte=f"B{start:011d}", public_id__lte=f"B{start + size - 1:011d}"
                ).values_list("pk", flat=True)
            )
            rows = io.StringIO()
            for i, pk in enumerate(ids):
                for k in range(ASSESSMENTS_EACH):
                    score = 55 + (i * 7 + k * 13) % 45
                    when = f"2026-{1 + (i + k) % 10:02d}-{1 + i % 28:02d} 04:00:00+00"
                    rows.write(
                        f"{pk}\t{version.pk}\tself\tsubmitted\t{owner.pk}\t{when}\t{when}\t{score}\t"
                        f"{'t' if score >= 80 else 'f'}\n"
                    )
            with cursor.cursor.copy(f"COPY {atable} ({acolumns}) FROM STDIN") as copy:
                copy.write(rows.getvalue())
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def measure() -> dict:
    from django.test import Client

    client = Client()
    for _ in range(20):  # warm: templates, caches, the database's pages
        assert client.get("/dashboard/", HTTP_HOST="127.0.0.1").status_code == 200
    times = []
    for _ in range(REQUESTS):
        t = time.perf_counter()
        client.get("/dashboard/", HTTP_HOST="127.0.0.1")
        times.append(time.perf_counter() - t)
    times.sort()
    return {
        "p50_ms": statistics.median(times) * 1000,
        "p95_ms": times[int(len(times) * 0.95) - 1] * 1000,
    }


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tscplus.settings")
    # Its own copy of the static files: pages are rendered with DEBUG off, as in production.
    os.environ["STATIC_ROOT"] = tempfile.mkdtemp()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from tscplus.insights.services import stats_refresh
    from tscplus.places.models import Establishment

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    out: dict = {}
    for label, total in (("small", SMALL), ("large", LARGE)):
        made = grow_to(total)
        refresh = stats_refresh()
        with connection.cursor() as cursor:  # statistics, as autovacuum gives a table in service
            cursor.execute("VACUUM ANALYZE")
        out[label] = {
            "establishments": Establishment.objects.count(),
            "made_seconds": made,
            "refresh_seconds": refresh["seconds"],
            **measure(),
        }
    from tscplus.assessments.models import Assessment

    out["assessments"] = Assessment.objects.count()
    out["ratio_p95"] = out["large"]["p95_ms"] / out["small"]["p95_ms"]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
