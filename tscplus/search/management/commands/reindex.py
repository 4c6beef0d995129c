from django.core.management.base import BaseCommand

from tscplus.search.registry import SOURCES
from tscplus.search.services import reindex


class Command(BaseCommand):
    help = "Rebuild the full-text search index (every scope, or those named)."

    def add_arguments(self, parser):
        parser.add_argument("scopes", nargs="*", choices=sorted(SOURCES) or None)

    def handle(self, *args, scopes, **options):
        for scope, count in reindex(scopes or None).items():
            self.stdout.write(f"{scope}: {count} documents indexed")
