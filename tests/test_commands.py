"""The `tscplus` console command and the project's own management commands."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tscplus.accounts.choices import Role
from tscplus.accounts.demo import DEMO_PASSWORD, DEMO_USERS
from tscplus.accounts.models import User

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.usefixtures("geo")
def test_demo_creates_one_user_per_role_idempotently(settings, capsys):
    settings.DEBUG = True
    call_command("demo")
    call_command("demo")
    out = capsys.readouterr().out
    assert User.objects.filter(email__endswith="@demo.tscplus.test").count() == len(DEMO_USERS)
    held = {role for u in User.objects.all() for role in u.roles()}
    assert held == set(Role)
    officer = User.objects.get(email="officer@demo.tscplus.test")
    assert officer.check_password(DEMO_PASSWORD)
    assert officer.area_scope().province_codes == {"50"}
    assert "officer@demo.tscplus.test" in out and "เจ้าหน้าที่" in out and "Area officer" in out
    # People Voice demo: ratings once only, one held for moderation, two complaints.
    from tscplus.voice.demo import RATINGS
    from tscplus.voice.models import Complaint, Rating

    assert Rating.objects.count() == len(RATINGS) and Complaint.objects.count() == 2
    assert Rating.objects.filter(moderation="held").count() == 1
    # Oversight demo: every open place scored; the demo officer's visit decided "corrections
    # required" (its findings public) and one planned for tomorrow.
    from tscplus.oversight.models import Inspection, PlaceRecord, RiskScore
    from tscplus.places.models import Establishment

    assert RiskScore.objects.count() == Establishment.objects.filter(status="active").count() > 0
    visits = Inspection.objects.order_by("planned_for")
    assert [(v.officer, v.status, v.decision) for v in visits] == [
        (officer, "done", "corrections"),
        (officer, "planned", ""),
    ]
    assert PlaceRecord.objects.get().outcome == "corrections"
    # Indicators demo: FY 2565 reported month by month (March's late by 4 days), the February
    # half-year summary, and FY 2570's October report waiting for the approver.
    import datetime

    from tscplus.indicators.models import Report
    from tscplus.indicators.selectors import timeliness
    from tscplus.learning.models import Innovation, KnowledgeAsset, Lesson

    published = Report.objects.filter(first_published_at__isnull=False)
    assert published.count() == 9 and published.filter(kind="half_year").count() == 1
    march = published.get(kind="monthly", period=datetime.date(2022, 3, 1))
    assert (timeliness(march).state, timeliness(march).days) == ("late", 4)
    assert Innovation.objects.count() == 2 and Lesson.objects.count() == 2
    assert KnowledgeAsset.objects.count() == 10


@pytest.mark.django_db
def test_demo_is_refused_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG"):
        call_command("demo")
    assert not User.objects.exists()


def test_console_command_runs_any_django_command():
    result = subprocess.run(
        [sys.executable, "-m", "tscplus", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.usefixtures("geo")
def test_every_menu_page_answers_for_every_demo_role(
    settings, client, django_capture_on_commit_callbacks
):
    """A smoke test over the demo data: each role's menu, and the pages a place leads to."""
    from tscplus.assessments.models import Certificate
    from tscplus.places.models import Establishment

    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo")
    places = list(Establishment.objects.all())
    for email in [u for u, *_rest in DEMO_USERS]:
        user = User.objects.get(email=email)
        client.force_login(user)
        for language in ("", "/en"):
            menu = client.get(f"{language}/").context["nav_items"]
            for url, label in menu:
                if "/admin/" in url:
                    continue
                # A menu item may lead on (the officer's own area): where it ends must answer.
                assert client.get(url, follow=True).status_code == 200, (email, label, url)
        for place in places:
            page = client.get(f"/my/places/{place.public_id}/")
            assert page.status_code in (200, 404), (email, place)
    client.logout()
    certificate = Certificate.objects.filter(status="valid").first()
    for url in (
        f"/v/{certificate.verify_token}",
        f"/v/{certificate.verify_token}/rate",
        f"/places/{places[0].public_id}/",
        f"/places/{places[0].public_id}/complain/",
        "/complaints/track/",
        "/places/?sort=rating",
    ):
        assert client.get(url).status_code == 200, url


@pytest.mark.usefixtures("geo")
def test_the_demo_holds_the_october_report_waiting_for_the_approver(settings):
    # The README promises it whenever the demo loads after October 2026 (here in December,
    # when the daily job drafts November's report, not October's).
    import datetime

    from tscplus.core import clock
    from tscplus.indicators.choices import RevisionStatus
    from tscplus.indicators.models import Report

    settings.DEBUG = True
    with clock.fixed_at(datetime.date(2026, 12, 6)):
        call_command("demo")
    october = Report.objects.get(kind="monthly", period=datetime.date(2026, 10, 1))
    assert october.revisions.order_by("-number").first().status == RevisionStatus.SUBMITTED
