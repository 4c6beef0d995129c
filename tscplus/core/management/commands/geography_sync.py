from django.core.management.base import BaseCommand

from tscplus.core.geography import geography_sync_current


class Command(BaseCommand):
    help = "Load or refresh health regions, provinces, districts and subdistricts (idempotent)."

    def handle(self, *args, **options):
        written = geography_sync_current()
        self.stdout.write(", ".join(f"{k}: {v} written" for k, v in written.items()))
