"""The pages a person reaches, for each kind of person, with the rows that fill them: built with the
test factories and the services, as people would have made them. The accessibility test walks
every page of every kind in both languages; the screenshot test walks the most used ones.

A page is named by its Thai address; its English one is `/en` + the address (the QR page, outside
the language prefix, takes `?lang=en`)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page

NOT_FOUND = 404


@dataclass
class Visitor:
    """Someone who reaches `paths` (signed in as `user`, or a member of the public when None)."""

    label: str
    paths: list[str]
    user: Any = None
    # Pages that answer with another status on purpose (a page not found, an unknown QR code).
    statuses: dict[str, int] = field(default_factory=dict)
    # Of `paths`, those among the 20 most used pages of the service (screenshots, sideways scroll).
    most_used: list[str] = field(default_factory=list)


def english(path: str) -> str:
    if path.startswith("/v/"):
        return path + ("&" if "?" in path else "?") + "lang=en"
    return "/en" + path


def both_languages(path: str) -> list[tuple[str, str]]:
    return [("th", path), ("en", english(path))]


def signed_in(browser: Browser, site: str, user: Any) -> BrowserContext:
    """A browser context for one person, logged in once through the log-in page. The CSP is
    bypassed only so that the test can add axe-core to the page."""
    from tests.factories import PASSWORD

    context = browser.new_context(bypass_csp=True)
    if user is not None:
        page = context.new_page()
        page.goto(f"{site}/en/accounts/login/")
        page.get_by_label("Email").fill(user.email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        page.close()
    return context


def open_page(page: Page, site: str, path: str, status: int = 200) -> None:
    """Open `path` and check it is the page asked for (not a redirect to the log-in page)."""
    response = page.goto(site + path)
    assert response is not None and response.status == status, (path, response and response.status)
    assert page.url == site + path, (path, page.url)


# --- The rows ------------------------------------------------------------------------------------


def certified_place(name: str = "ร้านก๋วยเตี๋ยวลุงชัย", owner: Any = None) -> Any:
    from tests.factories import certify, establishment
    from tscplus.assessments.models import Certificate

    place = establishment(owner=owner, name_th=name, subdistrict="500105")
    certify(place)
    return Certificate.objects.get(establishment=place)


def complaint_on(place: Any) -> Any:
    from tscplus.voice import services

    return services.complaint_file(
        establishment=place,
        topic="dirty",
        description="ห้องน้ำไม่มีสบู่ล้างมือ ถังขยะล้น",
        contact_name="สมใจ ใจดี",
        contact_email="somjai@example.org",
        consent=True,
        ip="203.0.113.9",
    )


def rating_on(place: Any, comment: str = "สะอาด พนักงานใส่หน้ากาก") -> Any:
    from tscplus.voice import services

    stars = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 4)
    return services.rating_submit(
        establishment=place, ratings=stars, comment=comment, device="d1", ip="203.0.113.5"
    )


def inspected(place: Any, officer: Any = None, decision: str = "corrections") -> Any:
    """A decided inspection of `place` that failed two items (a corrections case opens with it),
    by `officer` (a new officer of Chiang Mai when None)."""
    from tests.factories import member, recorded_visit
    from tscplus.accounts.choices import Role
    from tscplus.oversight import services

    officer = officer or member(Role.AREA_OFFICER, province="50")
    visit = recorded_visit(place, officer, fail=("1.3", "1.7"))
    return services.inspection_decide(
        actor=officer, inspection=visit, decision=decision, reason="ป้ายจำนวนคนและถังขยะ"
    )


def knowledge() -> tuple[str, int]:
    """The seeded hub: a topic's code and a public item (the hand-washing one, with its picture)."""
    from tscplus.knowledge.models import KnowledgeItem
    from tscplus.knowledge.seed import seed_knowledge

    seed_knowledge()
    item = KnowledgeItem.objects.get(title="ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน")
    return item.topics.first().code, item.pk


# --- Who reaches what ----------------------------------------------------------------------------


def public() -> list[Visitor]:
    topic, item = knowledge()
    certificate = certified_place()
    place = certificate.establishment.public_id
    rating_on(certificate.establishment)
    code = complaint_on(certificate.establishment).tracking_code
    checked = certified_place("ร้านตรวจแล้วโดยเจ้าหน้าที่")  # an officer's findings are public
    inspected(checked.establishment)
    most_used = [
        "/",
        f"/v/{certificate.verify_token}",
        "/v/no-such-certificate-code",
        f"/places/{place}/rate/",
        f"/places/{place}/complain/",
        f"/complaints/track/?code={code}",
        f"/places/{place}/",
        "/places/",
        "/knowledge/",
        f"/knowledge/{item}/",
        "/knowledge/search/?q=%E0%B8%A5%E0%B9%89%E0%B8%B2%E0%B8%87%E0%B8%A1%E0%B8%B7%E0%B8%AD",
        "/accounts/login/",
        "/accounts/signup/",
        "/dashboard/",
    ]
    paths = [
        *most_used,
        f"/knowledge/topics/{topic}/",
        "/knowledge/for/public/",
        "/knowledge/self-check/",
        "/complaints/track/",
        f"/v/{checked.verify_token}",
        f"/places/{checked.establishment.public_id}/",
        "/places/?checked=officer&outcome=corrections",
        "/reports/",
        "/open-data/",
        "/open-data/lives/",
        "/areas/",
        "/accounts/password-reset/",
        "/accounts/privacy/",
        "/accessibility/",
        "/offline/",  # what the app shows with no signal (kept by the service worker)
        "/offline/verify/",
        "/no-such-page/",
    ]
    statuses = {"/v/no-such-certificate-code": NOT_FOUND, "/no-such-page/": NOT_FOUND}
    return [Visitor("public", paths, statuses=statuses, most_used=most_used)]


def operator() -> list[Visitor]:
    from tests.factories import answer_all, certify, establishment
    from tests.factories import operator as new_operator
    from tscplus.assessments import services
    from tscplus.standards.models import StandardVersion

    owner = new_operator()
    passed = certified_place("ร้านข้าวมันไก่ป้าแดง", owner=owner).establishment
    rating_on(passed)
    failing = establishment(owner=owner, name_th="ร้านกาแฟริมทาง", category="restaurant")
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    essential = version.items.filter(essential=True).order_by("pk").first()
    failed = certify(failing, fail=(essential.code,))
    draft = services.assessment_start(actor=owner, establishment=failing, version=version)
    answer_all(draft)
    # An officer's corrections on the first place (a case to answer) and its appeal; a suspension
    # of another place, not yet appealed (the appeal form) nor answered (the reply form).
    from tscplus.oversight import services as oversight

    corrections = inspected(passed)
    appeal = oversight.appeal_file(actor=owner, inspection=corrections, reasons="ติดป้ายไว้แล้ว")
    suspended = inspected(certified_place("ร้านถูกระงับ", owner=owner).establishment, None, "suspend")
    paths = [
        "/my/places/",
        f"/my/places/{passed.public_id}/",
        f"/my/places/{failing.public_id}/",
        "/my/places/new/",
        f"/my/places/{passed.public_id}/edit/",
        f"/my/places/{passed.public_id}/assess/",
        f"/my/assessments/{draft.pk}/step/1/",
        f"/my/assessments/{draft.pk}/review/",
        f"/my/assessments/{failed.pk}/",
        "/my/ratings/",
        f"/my/corrections/{corrections.case.pk}/",
        f"/appeals/{appeal.pk}/",
        f"/my/inspections/{suspended.pk}/appeal/",
        f"/my/inspections/{suspended.pk}/reply/",
        "/accounts/profile/",
        "/my/notifications/",
    ]
    most_used = [paths[0], f"/my/assessments/{draft.pk}/step/1/", f"/my/assessments/{failed.pk}/"]
    return [Visitor("operator", paths, user=owner, most_used=most_used)]


def planned_visit(place: Any, officer: Any) -> Any:
    from django.utils import timezone

    from tscplus.oversight import services

    return services.inspection_plan(
        actor=officer, establishment=place, officer=officer, planned_for=timezone.localdate()
    )


def officer() -> list[Visitor]:
    from tests.factories import member, recorded_visit
    from tscplus.accounts.choices import Role

    person = member(Role.AREA_OFFICER, province="50")
    certificate = certified_place()
    place = certificate.establishment
    complaint = complaint_on(place)
    rating_on(place, comment="โทรหาเจ้าของร้านได้ที่ 081-234-5678")  # waits for moderation
    visit = recorded_visit(place, person)
    planned_visit(certified_place("ร้านรอตรวจ").establishment, person)  # listed on Field work
    # A corrections case of the area, and an appeal of another officer's decision (this officer
    # may decide it: the form shows).
    from tscplus.oversight import services as oversight

    corrections = inspected(certified_place("ร้านต้องแก้ไข").establishment)
    appeal = oversight.appeal_file(
        actor=corrections.establishment.owner, inspection=corrections, reasons="แก้ไขแล้ว"
    )
    paths = [
        "/officer/queue/",
        f"/officer/inspections/{visit.pk}/",
        "/officer/inspections/",
        "/officer/field/",
        "/sync/",
        f"/officer/places/{place.public_id}/inspect/",
        "/officer/complaints/",
        f"/officer/complaints/{complaint.pk}/",
        "/officer/moderation/",
        "/officer/corrections/",
        f"/officer/corrections/{corrections.case.pk}/",
        "/officer/appeals/",
        f"/appeals/{appeal.pk}/",
        "/dashboard/province/50/",  # where /officer/dashboard/ leads an officer of Chiang Mai
        "/officer/export/",
        "/officer/import/",
        "/accounts/area-team/",
        "/learning/inventory/",
        "/learning/innovations/",
        "/learning/lessons/",
        "/design/",  # every component of the design system, in Thai and English
        "/accounts/profile/",
        "/my/notifications/",
    ]
    most_used = ["/officer/queue/", "/officer/complaints/"]
    return [Visitor("officer", paths, user=person, most_used=most_used)]


def editor() -> list[Visitor]:
    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.search import services
    from tscplus.search.models import SynonymSet

    person = member(Role.KNOWLEDGE_EDITOR)
    _topic, item = knowledge()
    # A set of the search synonym dictionary (seeded with the hub, or made here).
    synonym_set = SynonymSet.objects.first() or services.synonym_save(
        actor=person, terms="หน้ากากอนามัย, มาสก์, mask"
    )
    paths = [
        "/knowledge/editor/",
        "/knowledge/editor/new/",
        f"/knowledge/editor/{item}/",
        f"/knowledge/editor/{item}/edit/",
        "/knowledge/editor/synonyms/",
        f"/knowledge/editor/synonyms/{synonym_set.pk}/",
        "/accounts/profile/",
        "/my/notifications/",
    ]
    return [Visitor("editor", paths, user=person)]


def indicators() -> list[Visitor]:
    """A reporter with October published and November drafted; an approver with November
    waiting for approval."""
    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.core import clock
    from tscplus.indicators import services
    from tscplus.indicators.models import Indicator, Report
    from tscplus.indicators.seed import seed_with_current_models

    seed_with_current_models()
    reporter, approver = member(Role.INDICATOR_REPORTER), member(Role.REPORT_APPROVER)
    indicator = Indicator.objects.get(fiscal_year__year=2570, code="LO-1")
    indicator.responsible.add(reporter)
    reports = []
    for month in (10, 11):
        first = datetime.date(2026, month, 1)
        services.daily_cycle(today=datetime.date(2026, month + 1, 1))
        report = Report.objects.get(kind="monthly", period=first)
        with clock.fixed_at(clock.local_datetime(datetime.date(2026, month + 1, 3))):
            services.progress_save(
                actor=reporter, indicator=indicator, month=first, level=3, done="ประชุมทีม"
            )
            services.report_submit(actor=reporter, report=report)
        reports.append(report)
    services.report_publish(actor=approver, report=reports[0])
    common = ["/indicators/", "/accounts/profile/", "/my/notifications/"]
    return [
        Visitor(
            "reporter",
            [
                *common,
                f"/indicators/{indicator.pk}/",
                f"/indicators/{indicator.pk}/progress/",
                f"/indicators/reports/{reports[0].pk}/",
                "/indicators/on-time/",
                f"/reports/{reports[0].pk}/",
            ],
            user=reporter,
            most_used=["/indicators/"],
        ),
        Visitor("approver", [*common, f"/indicators/reports/{reports[1].pk}/"], user=approver),
    ]


VISITORS = {
    "public": public,
    "operator": operator,
    "officer": officer,
    "editor": editor,
    "indicators": indicators,
}
