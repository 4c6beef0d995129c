"""Demo accounts, one per role. Demo only: the `demo` command refuses to run with DEBUG off."""

from django.db import transaction

from tscplus.accounts import services
from tscplus.accounts.choices import AreaLevel, Role
from tscplus.accounts.models import User
from tscplus.core.models import HealthRegion, Province

DEMO_PASSWORD = "tscplus-demo"  # noqa: S105 (documented demo accounts; refused with DEBUG off)

# (email, Thai name, role, area level, area code)
DEMO_USERS = (
    ("admin@demo.tscplus.test", "ผู้ดูแล ระบบกลาง", Role.ADMINISTRATOR, AreaLevel.COUNTRY, None),
    ("operator@demo.tscplus.test", "สมชาย ใจดี", Role.OPERATOR, AreaLevel.COUNTRY, None),
    ("officer@demo.tscplus.test", "สมหญิง รักษ์ถิ่น", Role.AREA_OFFICER, AreaLevel.PROVINCE, "50"),
    ("regional@demo.tscplus.test", "วิชัย เขตหนึ่ง", Role.REGIONAL_OFFICER, AreaLevel.REGION, 1),
    ("editor@demo.tscplus.test", "มาลี รอบรู้", Role.KNOWLEDGE_EDITOR, AreaLevel.COUNTRY, None),
    ("reporter@demo.tscplus.test", "ประเสริฐ รายงานดี", Role.INDICATOR_REPORTER, AreaLevel.COUNTRY, None),
    ("approver@demo.tscplus.test", "อนุมัติ ตรงเวลา", Role.REPORT_APPROVER, AreaLevel.COUNTRY, None),
)  # fmt: skip


@transaction.atomic
def load() -> list[tuple[str, str]]:
    """Create the demo accounts if missing (idempotent); returns (email, role) pairs."""
    created = []
    for email, name, role, level, code in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email, DEMO_PASSWORD, full_name=name, preferred_language="th"
            )
        if role == Role.ADMINISTRATOR and not user.is_superuser:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        area = {}
        if level == AreaLevel.REGION:
            area["region"] = HealthRegion.objects.get(number=code)
        elif level == AreaLevel.PROVINCE:
            area["province"] = Province.objects.get(code=code)
        services.membership_grant(actor=None, user=user, role=role, level=level, **area)
        created.append((email, role))
    return created
