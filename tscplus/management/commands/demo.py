"""`tscplus demo`: load the demo data of every capability, idempotently. Refused with DEBUG off."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from tscplus.accounts import demo as accounts_demo
from tscplus.accounts.choices import Role
from tscplus.assessments import demo as assessments_demo
from tscplus.indicators import demo as indicators_demo
from tscplus.insights import demo as insights_demo
from tscplus.knowledge import demo as knowledge_demo
from tscplus.learning import demo as learning_demo
from tscplus.oversight import demo as oversight_demo
from tscplus.voice import demo as voice_demo

# Each capability adds its loader here, in dependency order.
LOADERS = [
    accounts_demo.load,
    assessments_demo.load,
    voice_demo.load,
    oversight_demo.load,
    knowledge_demo.load,
    learning_demo.load,
    indicators_demo.load,
    insights_demo.load,  # last: the figures of everything above
]


class Command(BaseCommand):
    help = "Load demo data (demo accounts for every role). Development only."

    def add_arguments(self, parser):
        parser.add_argument(
            "--erase",
            action="store_true",
            help="Erase the demo accounts instead (allowed with DEBUG off: `check --deploy` "
            "fails while any exists).",
        )

    def handle(self, *args, **options):
        if options["erase"]:
            erased = accounts_demo.erase()
            self.stdout.write(f"ลบบัญชีตัวอย่าง / Demo accounts erased: {len(erased)}")
            for email in erased:
                self.stdout.write(f"  {email}")
            return
        if not settings.DEBUG:
            raise CommandError(
                "ข้อมูลตัวอย่างใช้ได้เฉพาะโหมดพัฒนา (DJANGO_DEBUG=on) / "
                "Demo data is refused when DJANGO_DEBUG is off: it creates accounts with known passwords."
            )
        accounts = []
        for load in LOADERS:
            result = load()
            if load is accounts_demo.load:
                accounts = result
        self.stdout.write(self.style.SUCCESS("ข้อมูลตัวอย่างพร้อมแล้ว / Demo data is ready."))
        self.stdout.write(
            "เข้าสู่ระบบที่ / Log in at "
            f"{settings.SITE_URL}/accounts/login/ "
            f"รหัสผ่าน / password: {accounts_demo.DEMO_PASSWORD}"
        )
        for email, role in accounts:
            with translation.override("th"):
                th = str(Role(role).label)
            with translation.override("en"):
                en = str(Role(role).label)
            self.stdout.write(f"  {email:<30} {th} / {en}")
