"""Each service writes what it must, its audit row, and nothing when it refuses."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import PASSWORD, UserFactory, member
from tscplus.accounts import services
from tscplus.accounts.choices import AreaLevel, ConsentPurpose, Role
from tscplus.accounts.models import ConsentRecord, Membership, User
from tscplus.core.models import AuditEvent, HealthRegion, Province

pytestmark = pytest.mark.usefixtures("geo")


def events(verb):
    return AuditEvent.objects.filter(verb=verb)


class TestUserSignUp:
    def test_creates_operator_with_consent_and_audit(self):
        user = services.user_sign_up(
            email="Somchai@Example.ORG",
            full_name=" สมชาย ใจดี ",
            password=PASSWORD,
            notice_version="2026-11",
        )
        assert user.email == "somchai@example.org"
        assert user.full_name == "สมชาย ใจดี"
        assert user.check_password(PASSWORD)
        assert user.roles() == {Role.OPERATOR}
        consent = ConsentRecord.objects.get(user=user)
        assert (consent.purpose, consent.notice_version) == (
            ConsentPurpose.PRIVACY_NOTICE,
            "2026-11",
        )
        event = events("user.signed_up").get()
        assert event.actor == user and event.after["email"] == "somchai@example.org"
        assert "password" not in event.after

    def test_duplicate_email_saves_nothing(self):
        UserFactory(email="taken@example.org")
        before = (User.objects.count(), AuditEvent.objects.count(), ConsentRecord.objects.count())
        with pytest.raises(ValidationError):
            services.user_sign_up(email="taken@example.org", full_name="x", password=PASSWORD)
        assert (
            User.objects.count(),
            AuditEvent.objects.count(),
            ConsentRecord.objects.count(),
        ) == before


def test_profile_update_audits_the_change_only():
    user = UserFactory(full_name="เดิม", phone="")
    services.user_profile_update(
        user=user, actor=user, full_name="ใหม่", phone="0812345678", preferred_language="th"
    )
    event = events("user.profile_updated").get()
    assert event.before == {"full_name": "เดิม", "phone": ""}
    assert event.after == {"full_name": "ใหม่", "phone": "0812345678"}


def test_password_set_audits_without_the_password():
    user = UserFactory()
    services.user_password_set(user=user, actor=None, password="n3w-passphrase!", reason="reset")
    user.refresh_from_db()
    assert user.check_password("n3w-passphrase!")
    event = events("user.password_reset").get()
    assert event.before == {} and event.after == {"tokens_revoked": 0}  # never the password


class TestMemberships:
    def test_grant_is_audited_and_idempotent(self):
        user = UserFactory()
        region = HealthRegion.objects.get(number=1)
        first = services.membership_grant(
            actor=None, user=user, role=Role.REGIONAL_OFFICER, level=AreaLevel.REGION, region=region
        )
        again = services.membership_grant(
            actor=None, user=user, role=Role.REGIONAL_OFFICER, level=AreaLevel.REGION, region=region
        )
        assert first.pk == again.pk
        assert events("membership.granted").count() == 1

    def test_area_must_match_level(self):
        user = UserFactory()
        with pytest.raises(ValidationError) as exc:
            services.membership_grant(
                actor=None, user=user, role=Role.AREA_OFFICER, level=AreaLevel.PROVINCE
            )
        assert "province" in exc.value.message_dict
        assert not Membership.objects.filter(user=user).exists()
        assert not events("membership.granted").exists()

    def test_regional_officer_area_is_a_region(self):
        with pytest.raises(ValidationError) as exc:
            services.membership_grant(
                actor=None,
                user=UserFactory(),
                role=Role.REGIONAL_OFFICER,
                level=AreaLevel.PROVINCE,
                province=Province.objects.get(code="50"),
            )
        assert "level" in exc.value.message_dict

    def test_end(self):
        officer = member(Role.AREA_OFFICER, province="50")
        membership = officer.memberships.get()
        services.membership_end(actor=None, membership=membership)
        officer._membership_cache = None
        assert officer.area_scope().is_empty
        assert events("membership.ended").count() == 1


class TestDataSubjectRights:
    def test_export_holds_everything_about_the_user(self):
        user = services.user_sign_up(email="me@example.org", full_name="ฉัน เอง", password=PASSWORD)
        data = services.user_data_export(user=user)
        assert data["account"]["email"] == "me@example.org"
        assert data["memberships"][0]["role"] == "operator"
        assert data["consents"][0]["purpose"] == "privacy_notice"
        assert any(a["verb"] == "user.signed_up" for a in data["activity"])
        assert events("user.data_exported").count() == 1

    def test_delete_erases_personal_data_and_keeps_the_log(self):
        from axes.models import AccessLog

        user = services.user_sign_up(email="bye@example.org", full_name="ลา ก่อน", password=PASSWORD)
        services.user_profile_update(
            user=user, actor=user, full_name="ลา ก่อน", phone="0811111111", preferred_language="th"
        )
        AccessLog.objects.create(
            username="Bye@example.org", ip_address="203.0.113.9", user_agent="VictimPhone/1.0"
        )
        services.user_account_delete(user=user, actor=user)
        user.refresh_from_db()
        assert user.email == f"deleted-{user.pk}@deleted.invalid"
        assert (user.full_name, user.phone, user.is_active) == ("", "", False)
        assert not user.has_usable_password()
        assert user.memberships.filter(ended_at__isnull=True).count() == 0
        assert user.consents.filter(withdrawn_at__isnull=True).count() == 0
        event = events("user.deleted").get()
        assert "bye@example.org" not in str(event.before) and "ลา ก่อน" not in str(event.before)
        assert events("user.signed_up").filter(object_id=str(user.pk)).exists()
        # Nothing else keeps them: not the audit log's earlier rows, not the log-in history,
        # which would pass to whoever signs up with the address next.
        for personal in ("bye@example.org", "ลา ก่อน", "0811111111"):
            assert not any(
                personal in f"{e.object_repr}{e.before}{e.after}" for e in AuditEvent.objects.all()
            ), personal
        assert not AccessLog.objects.filter(username__iexact="bye@example.org").exists()


def test_every_service_writes_an_audit_row():
    """A guard: each public service of accounts leaves at least one audit row."""
    user = UserFactory()
    calls = {
        "user_sign_up": lambda: services.user_sign_up(
            email="a@example.org", full_name="a", password=PASSWORD
        ),
        "user_profile_update": lambda: services.user_profile_update(
            user=user, actor=user, full_name="b", phone="", preferred_language="en"
        ),
        "user_password_set": lambda: services.user_password_set(
            user=user, actor=user, password="x-Y-z-123456", reason="changed"
        ),
        "consent_give": lambda: services.consent_give(
            user=user, purpose=ConsentPurpose.PRIVACY_NOTICE
        ),
        "membership_grant": lambda: services.membership_grant(
            actor=user, user=user, role=Role.KNOWLEDGE_EDITOR
        ),
        "membership_end": lambda: services.membership_end(
            actor=user, membership=user.memberships.get(role=Role.KNOWLEDGE_EDITOR)
        ),
        "user_data_export": lambda: services.user_data_export(user=user),
        "api_token_create": lambda: services.api_token_create(
            actor=user, name="t", scopes=["read"]
        ),
        "api_token_revoke": lambda: services.api_token_revoke(
            actor=user, token=user.api_tokens.get()
        ),
        "user_account_delete": lambda: services.user_account_delete(user=user, actor=user),
    }
    public = {
        name
        for name in dir(services)
        if "_" in name
        and not name.startswith("_")
        and callable(getattr(services, name))
        and getattr(getattr(services, name), "__module__", "") == services.__name__
    }
    assert public == set(calls), "a new service needs a line here"
    for name, call in calls.items():
        count = AuditEvent.objects.count()
        call()
        assert AuditEvent.objects.count() > count, f"{name} wrote no audit row"
