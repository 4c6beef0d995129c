"""`make fault`'s data, made inside Django (run by scripts/fault.py with the fault run's settings):
certified places for the QR scans (bench/data.py), and one operator per load client, each with a
write API token and places of their own to self-assess through the API.

Prints one JSON line on stdout: the tokens, the operators, and the standard version to assess."""

from __future__ import annotations

import json
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    certificates = int(sys.argv[1])
    operators = int(sys.argv[2])
    places_each = int(sys.argv[3])
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tscplus.settings")
    import django

    django.setup()
    from django.db import connection

    from bench import data, inprocess
    from tscplus.accounts import services as account_services
    from tscplus.assessments.models import Certificate
    from tscplus.core.models import Subdistrict
    from tscplus.places import services as place_services
    from tscplus.places.models import SettingCategory

    data.certified_places(certificates)
    # Most scanned first is the client's choice; keep the database's order (by number).
    doors = list(
        Certificate.objects.filter(number__startswith="TSC-BENCH-")
        .order_by("number")
        .values_list("verify_token", "establishment__public_id")
    )
    # A 50-item standard of the food group without photo evidence (as `make bench` submits):
    # every answer "pass" passes and issues a certificate, through the public API alone.
    version = inprocess.fifty_item_version()
    items = list(version.items.order_by("pk").values_list("pk", flat=True))
    category = SettingCategory.objects.get(code="restaurant")
    # Places spread over the provinces, so certificate numbers run in several counters at once.
    subdistricts = list(Subdistrict.objects.order_by("code")[::211])
    accounts = []
    for i in range(operators):
        user = account_services.user_sign_up(
            email=f"fault-operator-{i}@example.org",
            full_name=f"ผู้ประกอบการทดสอบ {i}",
            password=secrets.token_urlsafe(24),
        )
        _token, key = account_services.api_token_create(
            actor=user, name="make fault", scopes=["write"]
        )
        places = []
        for k in range(places_each):
            place = place_services.establishment_register(
                owner=user,
                name_th=f"ร้านทดสอบความทน {i}-{k}",
                category=category,
                address="1 ถนนทดสอบ",
                subdistrict=subdistricts[(i * places_each + k) % len(subdistricts)],
            )
            places.append(place.public_id)
        accounts.append({"email": user.email, "key": key, "places": places})
    with connection.cursor() as cursor:
        # Statistics now, as a database in service has them (autovacuum would do it mid-run).
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("CHECKPOINT")
    print(
        json.dumps(
            {"doors": doors, "version": version.pk, "items": items, "operators": accounts},
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
