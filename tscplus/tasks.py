"""The job queue's schedule: every periodic job of the platform is declared here, in one place.

Jobs that follow a change are promised through the outbox and live in each app's `tasks.py`
(core/outbox.py). Jobs load what they need by id and call a service; the schedule is in
Asia/Bangkok wall-clock time (huey runs with `utc=True`, so hours below are UTC: 19:00 UTC is
02:00 in Bangkok). Daily jobs (`@daily`) catch up after an outage (core/periodic.py)."""

from django.core.management import call_command
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from tscplus.core import health
from tscplus.core.periodic import daily


@db_periodic_task(crontab(minute="*"))
def consumer_heartbeat() -> float:
    """Every minute: tells `/healthz` that a consumer is running."""
    return health.consumer_heartbeat_record()


@daily(hour=17, minute=5)
def certificates_lifecycle() -> dict:
    """Daily, 00:05 in Bangkok: expire certificates, end grace periods, send expiry reminders."""
    from tscplus.assessments.services import certificates_run_lifecycle

    return certificates_run_lifecycle()


@daily(hour=17, minute=15)
def place_ratings_refresh() -> int:
    """Daily, 00:15 in Bangkok: rating summaries drop the ratings that left the 90-day window."""
    from tscplus.voice.services import place_ratings_refresh as refresh

    return refresh()


@daily(hour=19, minute=30)
def sessions_clear() -> None:
    """Daily, 02:30 in Bangkok: drop expired sessions."""
    call_command("clearsessions")


@daily(hour=19, minute=45)
def login_attempts_clean() -> None:
    """Daily, 02:45 in Bangkok: forget failed log-ins older than the lockout window (PDPA: keep
    addresses no longer than needed)."""
    call_command("axes_reset_failure_logs", age=30)


@daily(hour=17, minute=30)
def risk_refresh_all() -> int:
    """Daily, 00:30 in Bangkok (after the certificate and rating jobs): every place's risk score,
    as time since inspection and certificate age move on their own."""
    from tscplus.oversight.services import risk_refresh

    return risk_refresh()


@db_periodic_task(crontab(minute="*/10"))
def insights_refresh() -> dict:
    """Every ten minutes: the dashboards' and open statistics' figures, recomputed."""
    from tscplus.insights.services import stats_refresh

    return stats_refresh()


@db_periodic_task(crontab(minute="*/5"))
def knowledge_publish_due() -> int:
    """Approved items whose publishing time has come are published (and indexed)."""
    from tscplus.knowledge.services import publish_due

    return publish_due()


@daily(hour=1, minute=0)
def knowledge_review_due() -> int:
    """Editors hear once about each published item that is due for review."""
    from tscplus.knowledge.services import review_due_notify

    return review_due_notify()


def indicators_daily_run(*, today) -> dict:
    from tscplus.indicators.services import daily_cycle

    return daily_cycle(today=today)


# Jobs that take the day they run for: the scheduler runs them for today, `tscplus run-due-jobs
# --date` replays any day.
DATED_JOBS = {"indicators_daily": indicators_daily_run}


@daily(hour=17, minute=20)
def indicators_daily() -> dict:
    """Daily, 00:20 in Bangkok: draft last month's report on the 1st, remind on the 1st, 5th and
    8th, escalate after the due date (each step once)."""
    from tscplus.core import clock

    return indicators_daily_run(today=clock.today())


@db_periodic_task(crontab(minute="*"))
def outbox_relay() -> int:
    """Every minute, besides each consumer's own relay loop: promised jobs that never reached the
    queue (Redis was down) or were lost with it are handed over again."""
    from tscplus.core.outbox import outbox_relay as relay

    return relay()


@daily(hour=20, minute=0)
def outbox_purge() -> int:
    """Daily, 03:00 in Bangkok: forget jobs done more than a week ago."""
    from tscplus.core.outbox import outbox_purge as purge

    return purge()
