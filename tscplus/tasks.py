"""The job queue's schedule, and nothing else: when each app's periodic jobs run.

The jobs themselves live in each app's `tasks.py` (load by id, call a service); jobs that follow
a change are promised through the outbox (core/outbox.py) and events (core/events.py). The
schedule is in Asia/Bangkok wall-clock time, but huey runs with `utc=True`, so the hours below
are UTC: 17:05 UTC is 00:05 in Bangkok, 19:30 UTC is 02:30. Daily jobs (`daily`) catch up after
an outage (core/periodic.py); the others (`every`) simply run at their next time."""

from huey import crontab

from tscplus.accounts import tasks as accounts
from tscplus.assessments import tasks as assessments
from tscplus.core import tasks as core
from tscplus.core.periodic import daily, every
from tscplus.indicators import tasks as indicators
from tscplus.insights import tasks as insights
from tscplus.knowledge import tasks as knowledge
from tscplus.oversight import tasks as oversight
from tscplus.search import tasks as search
from tscplus.voice import tasks as voice

# Every minute / every few minutes
consumer_heartbeat = every(crontab(minute="*"))(core.consumer_heartbeat)
outbox_relay = every(crontab(minute="*"))(core.outbox_relay)
knowledge_publish_due = every(crontab(minute="*/5"))(knowledge.knowledge_publish_due)
insights_refresh = every(crontab(minute="*/10"))(insights.insights_refresh)
search_vocabulary_refresh = every(crontab(minute="*/10"))(search.search_vocabulary_refresh)

# Daily, in Bangkok: 00:05 certificates, 00:15 ratings, 00:20 indicators, 00:30 risk (after the
# certificate and rating jobs), 00:50 the day's verification pages (after every job that
# changes what they show), 08:00 knowledge reviews, 08:10 corrections reminders (a working
# hour for owners), 02:30 sessions, 02:45 log-ins, 03:00 the outbox, 03:10 request receipts.
certificates_lifecycle = daily(hour=17, minute=5)(assessments.certificates_lifecycle)
place_ratings_refresh = daily(hour=17, minute=15)(voice.place_ratings_refresh)
indicators_daily = daily(hour=17, minute=20)(indicators.indicators_daily)
risk_refresh_all = daily(hour=17, minute=30)(oversight.risk_refresh_all)
records_refresh_all = daily(hour=17, minute=40)(oversight.records_refresh_all)
verify_pages_prepare = daily(hour=17, minute=50)(assessments.verify_pages_prepare)
knowledge_review_due = daily(hour=1, minute=0)(knowledge.knowledge_review_due)
corrections_remind = daily(hour=1, minute=10)(oversight.corrections_remind)
sessions_clear = daily(hour=19, minute=30)(core.sessions_clear)
login_attempts_clean = daily(hour=19, minute=45)(accounts.login_attempts_clean)
outbox_purge = daily(hour=20, minute=0)(core.outbox_purge)
idempotency_purge = daily(hour=20, minute=10)(core.idempotency_purge)
