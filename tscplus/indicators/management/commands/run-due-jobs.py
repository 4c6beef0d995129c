"""`tscplus run-due-jobs --date YYYY-MM-DD`: run the day's dated jobs for that day, as the
scheduler would have: to catch up after an outage; running a day twice changes nothing. A day
after today is refused: its drafts and reminders would go out early and then never on the day."""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError

from tscplus.core import clock
from tscplus.indicators.tasks import DATED_JOBS


class Command(BaseCommand):
    help = "Run the dated daily jobs (report drafts, reminders, escalations) for one day."

    def add_arguments(self, parser):
        parser.add_argument("--date", required=True, help="The day to run, as YYYY-MM-DD.")

    def handle(self, *args, **options):
        try:
            day = datetime.date.fromisoformat(options["date"])
        except ValueError:
            raise CommandError("--date must be a day written YYYY-MM-DD, e.g. 2026-11-01") from None
        if day > clock.today():
            raise CommandError(
                f"--date {day.isoformat()} is after today ({clock.today().isoformat()}): only a day "
                "that has come can be replayed (check the year: it is the Western one)."
            )
        results = {name: job(today=day) for name, job in DATED_JOBS.items()}
        self.stdout.write(json.dumps({"date": day.isoformat(), "results": results}))
