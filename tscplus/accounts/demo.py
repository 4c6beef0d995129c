"""Demo accounts, one per role. Demo only: the `demo` command refuses to run with DEBUG off, and
with DEBUG off an account of the demo domain cannot log in by any path (the log-in page, the
admin, a session made earlier, an API token) and `check --deploy` fails while one exists
(`accounts.checks`): a database that once held demo data is not open with the published password."""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tscplus.accounts import services
from tscplus.accounts.choices import AreaLevel, Role
from tscplus.accounts.models import User
from tscplus.core.models import HealthRegion, Province

DEMO_PASSWORD = "tscplus-demo"  # noqa: S105 (documented demo accounts; refused with DEBUG off)
# `.test` is reserved (RFC 2606): no real mailbox has an address there.
DEMO_DOMAIN = "demo.tscplus.test"
DEMO_REFUSED = _(
    "Demo accounts cannot log in here: they work only on a development copy (DJANGO_DEBUG on)."
)


def is_demo_email(email: str) -> bool:
    """An address of the demo domain (or one of its subdomains), whatever its case."""
    address = (email or "").strip().lower()
    return address.endswith(("@" + DEMO_DOMAIN, "." + DEMO_DOMAIN))


def demo_emails_q() -> Q:
    """The demo domain's accounts, as a filter (`check --deploy` counts them)."""
    return Q(email__iendswith="@" + DEMO_DOMAIN) | Q(email__iendswith="." + DEMO_DOMAIN)


def demo_login_refused(user_or_email: User | str) -> bool:
    """True when this account may not log in: a demo account while DEBUG is off. The one rule that
    the authentication backend, the API tokens, the log-in and sign-up forms ask."""
    email = getattr(user_or_email, "email", user_or_email)
    return not settings.DEBUG and is_demo_email(str(email or ""))


# (email, Thai name, role, area level, area code)
DEMO_USERS = (
    ("admin@demo.tscplus.test", "ผู้ดูแล ระบบกลาง", Role.ADMINISTRATOR, AreaLevel.COUNTRY, None),
    ("operator@demo.tscplus.test", "สมชาย ใจดี", Role.OPERATOR, AreaLevel.COUNTRY, None),
    ("officer@demo.tscplus.test", "สมหญิง รักษ์ถิ่น", Role.AREA_OFFICER, AreaLevel.PROVINCE, "50"),
    ("regional@demo.tscplus.test", "วิชัย เขตหนึ่ง", Role.REGIONAL_OFFICER, AreaLevel.REGION, 1),
    ("editor@demo.tscplus.test", "มาลี รอบรู้", Role.KNOWLEDGE_EDITOR, AreaLevel.COUNTRY, None),
    (
        "reporter@demo.tscplus.test",
        "ประเสริฐ รายงานดี",
        Role.INDICATOR_REPORTER,
        AreaLevel.COUNTRY,
        None,
    ),
    ("approver@demo.tscplus.test", "อนุมัติ ตรงเวลา", Role.REPORT_APPROVER, AreaLevel.COUNTRY, None),
)


@transaction.atomic
def load() -> list[tuple[str, str]]:
    """Create the demo accounts if missing (idempotent); returns (email, role) pairs."""
    created: list[tuple[str, str]] = []
    for email, name, role, level, code in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email, DEMO_PASSWORD, full_name=name, preferred_language="th"
            )
        if role == Role.ADMINISTRATOR and not user.is_superuser:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        region: HealthRegion | None = None
        province: Province | None = None
        if level == AreaLevel.REGION and code is not None:
            region = HealthRegion.objects.get(number=code)
        elif level == AreaLevel.PROVINCE and code is not None:
            province = Province.objects.get(code=code)
        services.membership_grant(
            actor=None, user=user, role=role, level=level, region=region, province=province
        )
        created.append((email, role))
    return created


def erase() -> list[str]:
    """Erase every account of the demo domain as the PDPA erasure does (the rows stay, anonymised,
    for the audit log); returns the addresses erased. Allowed with DEBUG off: it takes access away."""
    erased = []
    for user in User.objects.filter(demo_emails_q()).order_by("email"):
        erased.append(user.email)
        services.user_account_delete(user=user, actor=None)
    return erased
