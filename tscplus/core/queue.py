"""The job queue's huey class: each periodic job is queued once per scheduled minute, however many
consumers run the scheduler.

huey's scheduler queues every periodic job that is due in each consumer that runs it, so with two
consumer machines each job would run twice. Here a consumer first claims the job's minute in Redis
(`SET NX` with an expiry, one round trip); only the consumer that wins queues it. Every consumer can
therefore run with the same command, and one that stops leaves the schedule to the others. When
Redis does not answer, nothing is queued (the queue is in the same Redis), and daily jobs catch up
once it is back (core/periodic.py)."""

from __future__ import annotations

import datetime
import logging

from huey import RedisHuey

logger = logging.getLogger(__name__)

# A claim outlives its minute by far (consumers' clocks may differ by seconds, not an hour).
CLAIM_SECONDS = 3600


class OncePerMinuteRedisHuey(RedisHuey):
    def read_periodic(self, timestamp: datetime.datetime | None) -> list:
        due = super().read_periodic(timestamp)
        if not due:
            return due
        minute = (timestamp or self._get_timestamp()).strftime("%Y%m%d%H%M")
        return [task for task in due if self.periodic_claim(task.name, minute)]

    def periodic_claim(self, name: str, minute: str) -> bool:
        """True for the one consumer that may queue job `name` for `minute` (UTC, YYYYmmddHHMM)."""
        key = f"huey.periodic.{self.name}.{name}.{minute}"
        try:
            return bool(self.storage.conn.set(key, b"1", nx=True, ex=CLAIM_SECONDS))
        except Exception:  # any Redis error: queue nothing rather than stop the scheduler
            logger.warning("periodic job %s not queued for %s: Redis did not answer", name, minute)
            return False
