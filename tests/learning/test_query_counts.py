"""The list pages of the learning organization cost the same few queries whatever their length."""

import datetime

import pytest

from tests.factories import member
from tests.indicators.test_services import published_october
from tscplus.accounts.choices import Role
from tscplus.indicators import services as indicator_services
from tscplus.learning.models import Community, Innovation, KnowledgeAsset, Lesson, LessonComment

pytestmark = pytest.mark.django_db


def test_inventory_innovations_and_lessons(client, django_assert_max_num_queries):
    staff = member(Role.INDICATOR_REPORTER)
    community = Community.objects.first()
    for i in range(30):
        KnowledgeAsset.objects.create(
            name=f"ชุดข้อมูล {i}",
            kind="data",
            source="s",
            owner="o",
            format="Excel",
            frequency="monthly",
            access="internal",
            importance=1 + i % 5,
            necessity=1 + i % 3,
        )
        Innovation.objects.create(
            title=f"นวัตกรรม {i}",
            problem="p",
            solution="s",
            unit="u",
            started_on=datetime.date(2026, 10, 1),
        )
        lesson = Lesson.objects.create(
            community=community, title=f"บทเรียน {i}", body="b", tags="a, b", author=staff
        )
        LessonComment.objects.create(lesson=lesson, author=staff, body="c")
    client.force_login(staff)
    with django_assert_max_num_queries(12):
        assert client.get("/learning/inventory/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/learning/innovations/").status_code == 200
    with django_assert_max_num_queries(9):
        assert client.get("/learning/lessons/").status_code == 200


def test_reports_and_indicators(client, lo, approver, on_day, django_assert_max_num_queries):
    published_october(lo, approver, on_day)
    for day in (datetime.date(2026, 12, 1), datetime.date(2027, 1, 1)):
        indicator_services.daily_cycle(today=day)
    with django_assert_max_num_queries(4):
        assert client.get("/reports/").status_code == 200
    client.force_login(lo.reporter)
    with on_day(2027, 1, 15), django_assert_max_num_queries(12):
        assert client.get("/indicators/").status_code == 200
