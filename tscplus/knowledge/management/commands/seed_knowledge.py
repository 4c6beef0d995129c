from django.core.management.base import BaseCommand

from tscplus.knowledge.seed import seed_knowledge


class Command(BaseCommand):
    help = "Load the knowledge items the hub starts with (only those missing) and index them."

    def handle(self, *args, **options):
        self.stdout.write(f"{seed_knowledge()} knowledge items added")
