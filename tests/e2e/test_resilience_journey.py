"""When Redis is down, in the browser: a visitor scans a certificate's QR page, rates the place
and files a complaint as on any day; the work that follows (the place's risk score) waits in the
outbox and runs by itself once the queue is back."""

import datetime
import socket

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def _dead_redis_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"redis://127.0.0.1:{s.getsockname()[1]}/0"


def test_scan_rate_and_complain_while_redis_is_down(page: Page, site: str, settings, monkeypatch):
    from django.utils import timezone
    from huey.contrib.djhuey import HUEY
    from huey.storage import RedisStorage

    from tests.e2e.test_people_voice_journey import certified_place
    from tscplus.core.breaker import redis_breaker
    from tscplus.core.choices import OutboxState
    from tscplus.core.models import OutboxMessage
    from tscplus.core.outbox import outbox_relay
    from tscplus.oversight.models import RiskScore
    from tscplus.voice.models import Rating

    certificate = certified_place()
    dead = _dead_redis_url()
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "tscplus.core.cache.RedisCache",
            "LOCATION": dead,
            "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
        },
    }
    monkeypatch.setattr(HUEY, "immediate", False)
    monkeypatch.setattr(HUEY, "storage", RedisStorage(url=dead))
    try:
        page.goto(f"{site}/v/{certificate.verify_token}")
        expect(page.get_by_text(certificate.number)).to_be_visible()
        page.reload()  # the second scan is answered from the web process's own memory
        expect(page.get_by_text(certificate.number)).to_be_visible()
        page.get_by_role("link", name="ให้คะแนนสถานที่นี้").click()
        for legend in (
            "ความสะอาด",
            "การเว้นระยะห่างและความแออัด",
            "การสวมหน้ากากและการล้างมือ",
            "การปฏิบัติตนของพนักงาน",
            "ภาพรวม",
        ):
            page.locator("fieldset", has_text=legend).get_by_label("4 ★").check()
        page.get_by_role("button", name="ส่งคะแนน").click()
        expect(page.get_by_text("ขอบคุณที่ให้คะแนนสถานที่นี้")).to_be_visible()
        assert Rating.objects.get(establishment=certificate.establishment).verified_visit
        # A complaint moves the place up the officers' queue: that work waits in the outbox.
        page.goto(f"{site}/v/{certificate.verify_token}")
        page.get_by_role("link", name="แจ้งเรื่องร้องเรียน").click()
        page.get_by_label("พบปัญหาอะไร").select_option("crowding")
        page.get_by_label("เกิดอะไรขึ้น เมื่อไร").fill("ช่วงเที่ยงคนแน่นร้าน ไม่มีการเว้นระยะ")
        page.get_by_role("button", name="ส่งเรื่องร้องเรียน").click()
        expect(page.get_by_test_id("complaint-status")).to_have_text("ได้รับเรื่องแล้ว")
        waiting = OutboxMessage.objects.filter(
            name="oversight.risk_refresh",
            state=OutboxState.PENDING,
            payload={"establishment_id": certificate.establishment_id},
        )
        assert waiting.exists(), "the risk score waits in the outbox, not in a lost queue"
    finally:
        monkeypatch.undo()
        redis_breaker.succeeded()
    # The queue is back: the relay hands the work over and it runs.
    outbox_relay(now=timezone.now() + datetime.timedelta(seconds=31))
    assert not waiting.exists()
    assert RiskScore.objects.filter(establishment=certificate.establishment).exists()
