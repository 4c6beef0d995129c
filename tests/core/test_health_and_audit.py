import pytest

from tests.factories import UserFactory
from tscplus.core.audit import audit_record, current_ip, snapshot
from tscplus.core.models import AuditEvent


@pytest.mark.django_db
def test_healthz_ok(client):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200
    assert (body["status"], body["database"], body["queue"]) == ("ok", "ok", "ok")


@pytest.mark.django_db
def test_healthz_degraded_when_the_queue_is_unreachable(client, monkeypatch):
    from huey.contrib.djhuey import HUEY

    def broken():
        raise ConnectionError("redis down")

    monkeypatch.setattr(HUEY, "pending_count", broken)
    response = client.get("/healthz")
    # The web process still serves (jobs wait in the outbox): degraded, not out of service.
    assert response.status_code == 200 and response.json()["queue"] == "error"
    assert response.json()["status"] == "degraded"


@pytest.mark.django_db
class TestAudit:
    def test_records_actor_object_and_only_the_changes(self):
        user = UserFactory(full_name="ก")
        event = audit_record(
            actor=user,
            verb="x.changed",
            obj=user,
            before={"full_name": "ก", "phone": ""},
            after={"full_name": "ข", "phone": ""},
        )
        assert event.before == {"full_name": "ก"} and event.after == {"full_name": "ข"}
        assert (event.object_type, event.object_id) == ("accounts.user", str(user.pk))

    def test_anonymous_actor_is_recorded_as_none(self):
        from django.contrib.auth.models import AnonymousUser

        event = audit_record(actor=AnonymousUser(), verb="x", obj=UserFactory())
        assert event.actor is None

    def test_ip_comes_from_the_request(self, client):
        from tests.factories import PASSWORD

        client.post(
            "/accounts/signup/",
            {
                "email": "ip@example.org",
                "full_name": "ไอพี",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "consent": "on",
            },
            REMOTE_ADDR="203.0.113.9",
        )
        assert AuditEvent.objects.get(verb="user.signed_up").ip == "203.0.113.9"
        assert current_ip.get() is None  # reset after the request

    def test_snapshot_is_json_safe(self):
        user = UserFactory()
        data = snapshot(user, ("date_joined", "email"))
        assert isinstance(data["date_joined"], str)

    def test_admin_lists_and_filters_events(self, admin_client):
        audit_record(actor=None, verb="thing.done", obj=UserFactory(full_name="บันทึก"))
        response = admin_client.get("/admin/core/auditevent/?verb=thing.done")
        assert response.status_code == 200 and "thing.done" in response.content.decode()

    def test_admin_edits_are_audited(self, admin_client):
        user = UserFactory(full_name="ก่อน")
        admin_client.post(
            f"/admin/accounts/user/{user.pk}/change/",
            {
                "email": user.email,
                "full_name": "หลัง",
                "phone": "",
                "preferred_language": "th",
                "is_active": "on",
                "date_joined_0": "2026-01-01",
                "date_joined_1": "00:00:00",
                "memberships-TOTAL_FORMS": "0",
                "memberships-INITIAL_FORMS": "0",
            },
        )
        user.refresh_from_db()
        assert user.full_name == "หลัง"
        event = AuditEvent.objects.get(verb="user.changed_in_admin")
        assert event.before == {"full_name": "ก่อน"} and event.after == {"full_name": "หลัง"}


class TestClientIp:
    def request(self, remote, forwarded=None):
        from django.test import RequestFactory

        extra = {"REMOTE_ADDR": remote}
        if forwarded:
            extra["HTTP_X_FORWARDED_FOR"] = forwarded
        return RequestFactory().get("/", **extra)

    def test_direct_clients_cannot_forge_their_address(self, settings):
        from tscplus.core.middleware import client_ip

        settings.TRUSTED_PROXIES = frozenset()
        assert client_ip(self.request("198.51.100.7", "1.2.3.4")) == "198.51.100.7"

    def test_behind_trusted_proxies_the_client_is_the_first_untrusted_hop(self, settings):
        from tscplus.core.middleware import client_ip

        settings.TRUSTED_PROXIES = frozenset({"10.0.0.2", "10.0.0.3"})
        assert client_ip(self.request("10.0.0.2", "203.0.113.5, 10.0.0.3")) == "203.0.113.5"
        # A forged left-most entry is ignored: the right-most untrusted address wins.
        assert client_ip(self.request("10.0.0.2", "6.6.6.6, 203.0.113.5")) == "203.0.113.5"
        assert client_ip(self.request("10.0.0.2")) == "10.0.0.2"

    @pytest.mark.django_db
    def test_lockout_counts_the_real_client_behind_the_proxy(self, client, settings):
        from axes.models import AccessAttempt

        settings.TRUSTED_PROXIES = frozenset({"10.0.0.2"})
        client.post(
            "/accounts/login/",
            {"username": "x@example.org", "password": "bad"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.5",
        )
        assert AccessAttempt.objects.get().ip_address == "203.0.113.5"
