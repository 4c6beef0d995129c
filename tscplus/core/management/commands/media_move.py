"""`tscplus media_move --to store` (or `--to disk`): copy the uploaded files the database names
between MEDIA_ROOT and the object store (OBJECT_STORE_URL); safe to stop and run again."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from tscplus.core.media_move import DIRECTIONS, Moved, media_move


class Command(BaseCommand):
    help = "Copy uploaded files between the disk and the object store (resumable)."

    def add_arguments(self, parser):
        parser.add_argument("--to", required=True, choices=DIRECTIONS, help="Where the files go.")
        parser.add_argument(
            "--remove-source",
            action="store_true",
            help="Remove each file from where it was once its copy is checked.",
        )

    def handle(self, *args, **options):
        def progress(moved: Moved) -> None:
            self.stdout.write(f"... {moved.copied} copied, {moved.already_there} already there")

        try:
            moved = media_move(
                options["to"], remove_source=options["remove_source"], progress=progress
            )
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"{moved.copied} copied, {moved.already_there} already there, "
            f"{moved.removed} removed from the source, {len(moved.missing)} missing"
        )
        for line in moved.missing:
            self.stderr.write(f"missing at the source: {line}")
        if moved.missing:
            raise CommandError(f"{len(moved.missing)} files named in the database were not found")
