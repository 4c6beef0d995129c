"""Every write about people: sign-up, profile, memberships, consent, data-subject requests.

Each service is atomic and writes its audit row in the same transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from axes.models import AccessLog
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.accounts import personal_data
from tscplus.accounts.choices import AreaLevel, ConsentPurpose, Role
from tscplus.accounts.models import ConsentRecord, Membership, User
from tscplus.accounts.personal_data import iso
from tscplus.core.audit import audit_record, current_ip, snapshot
from tscplus.core.models import AuditEvent, District, HealthRegion, Province
from tscplus.core.services import model_update

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

    from tscplus.accounts.models import ApiToken

PROFILE_FIELDS = ("full_name", "phone", "preferred_language")


@transaction.atomic
def user_sign_up(
    *,
    email: str,
    full_name: str,
    password: str,
    preferred_language: str = "th",
    notice_version: str | None = None,
) -> User:
    """Create an operator's account with consent to the privacy notice recorded."""
    user = User(
        email=User.objects.normalize_email(email).lower(),
        full_name=full_name.strip(),
        preferred_language=preferred_language,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    Membership.objects.create(user=user, role=Role.OPERATOR, level=AreaLevel.COUNTRY)
    consent_give(user=user, purpose=ConsentPurpose.PRIVACY_NOTICE, notice_version=notice_version)
    audit_record(
        actor=user,
        verb="user.signed_up",
        obj=user,
        after=snapshot(user, ("email", *PROFILE_FIELDS)),
    )
    return user


@transaction.atomic
def user_profile_update(
    *, user: User, actor: User, full_name: str, phone: str, preferred_language: str
) -> User:
    data = {
        "full_name": full_name.strip(),
        "phone": phone.strip(),
        "preferred_language": preferred_language,
    }
    return model_update(
        instance=user, data=data, actor=actor, verb="user.profile_updated", audited=PROFILE_FIELDS
    )


@transaction.atomic
def user_password_set(*, user: User, actor: User | None, password: str, reason: str) -> User:
    """Set a new password (`reason`: reset or change); the audit row never holds the password.
    The person's API tokens are revoked with it: a token made by whoever knew the old password
    must not outlive it."""
    user.set_password(password)
    user.save(update_fields=["password"])
    revoked = user.api_tokens.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
    if reason == "reset":
        # Proving control of the mailbox lifts a log-in lockout: the reset page promises log-in now.
        from axes.utils import reset as axes_reset

        axes_reset(username=user.email)
    audit_record(
        actor=actor or user,
        verb=f"user.password_{reason}",
        obj=user,
        after={"tokens_revoked": revoked},
    )
    return user


@transaction.atomic
def consent_give(
    *, user: User | None, purpose: str, notice_version: str | None = None
) -> ConsentRecord:
    record = ConsentRecord.objects.create(
        user=user,
        purpose=purpose,
        notice_version=notice_version or settings.PRIVACY_NOTICE_VERSION,
        ip=current_ip.get(),
    )
    audit_record(
        actor=user,
        verb="consent.given",
        obj=record,
        after=snapshot(record, ("purpose", "notice_version")),
    )
    return record


@transaction.atomic
def membership_grant(
    *,
    actor: User | None,
    user: User,
    role: str,
    level: str = AreaLevel.COUNTRY,
    region: HealthRegion | None = None,
    province: Province | None = None,
    district: District | None = None,
) -> Membership:
    """Give `user` a role over an area; granting the same role over the same area twice is a no-op."""
    existing = Membership.objects.active().filter(
        user=user, role=role, level=level, region=region, province=province, district=district
    )
    if (found := existing.first()) is not None:
        return found
    membership = Membership(
        user=user, role=role, level=level, region=region, province=province, district=district
    )
    membership.full_clean()
    membership.save()
    audit_record(
        actor=actor,
        verb="membership.granted",
        obj=membership,
        after=snapshot(membership, ("user", "role", "level", "region", "province", "district")),
    )
    user._membership_cache = None
    return membership


@transaction.atomic
def membership_end(*, actor: User | None, membership: Membership) -> Membership:
    if membership.ended_at is None:
        membership.ended_at = timezone.now()
        membership.save(update_fields=["ended_at"])
        audit_record(
            actor=actor,
            verb="membership.ended",
            obj=membership,
            after=snapshot(membership, ("ended_at",)),
        )
    return membership


@transaction.atomic
def user_data_export(*, user: User) -> dict[str, Any]:
    """Everything the platform holds about `user` (the PDPA right of access), as JSON-ready data."""
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": snapshot(
            user, ("email", "full_name", "phone", "preferred_language", "date_joined")
        ),
        "memberships": _memberships_export(user),
        "consents": _consents_export(user),
        "log_ins": _log_ins_export(user),
        "activity": _activity_export(user),
        "notifications": _notifications_export(user),
        "api_tokens": _api_tokens_export(user),
        # What the other apps hold (places, assessments, writings...): see personal_data.py.
        **personal_data.collect(user),
    }
    audit_record(actor=user, verb="user.data_exported", obj=user)
    return data


def _memberships_export(user: User) -> list[dict[str, Any]]:
    """Every role the person held, in which area and when, ended ones included."""
    return [
        {
            "role": m.role,
            "level": m.level,
            "area": m.area_name,
            "started_at": m.started_at.isoformat(),
            "ended_at": m.ended_at.isoformat() if m.ended_at else None,
        }
        for m in user.memberships.select_related("region", "province", "district")
    ]


def _consents_export(user: User) -> list[dict[str, Any]]:
    """Every consent given, to which notice, and when it was withdrawn."""
    return [
        {
            "purpose": c.purpose,
            "notice_version": c.notice_version,
            "given_at": c.given_at.isoformat(),
            "withdrawn_at": c.withdrawn_at.isoformat() if c.withdrawn_at else None,
        }
        for c in user.consents.all()
    ]


def _log_ins_export(user: User) -> list[dict[str, Any]]:
    """The log-in history, kept by e-mail address (the first 5,000, oldest first)."""
    return [
        {"at": a.attempt_time.isoformat(), "ip": a.ip_address, "user_agent": a.user_agent}
        for a in AccessLog.objects.filter(username__iexact=user.email).order_by("attempt_time")[
            :5000
        ]
    ]


def _activity_export(user: User) -> list[dict[str, Any]]:
    """What the person did, from the audit log (the first 5,000, oldest first)."""
    return [
        {"at": e.at.isoformat(), "verb": e.verb, "object": e.object_repr}
        for e in AuditEvent.objects.filter(actor=user).order_by("at")[:5000]
    ]


def _notifications_export(user: User) -> list[dict[str, Any]]:
    """What the platform told the person, and when it was read."""
    return [
        {
            "title": n.title,
            "body": n.body,
            "created_at": iso(n.created_at),
            "read_at": iso(n.read_at),
        }
        for n in user.notifications.order_by("created_at")
    ]


def _api_tokens_export(user: User) -> list[dict[str, Any]]:
    """The person's API tokens, by name and prefix: the secret itself is never kept."""
    return [
        {
            "name": t.name,
            "prefix": t.prefix,
            "scopes": t.scope_list,
            "created_at": iso(t.created_at),
            "last_used_at": iso(t.last_used_at),
            "revoked_at": iso(t.revoked_at),
        }
        for t in user.api_tokens.order_by("created_at")
    ]


@transaction.atomic
def user_account_delete(*, user: User, actor: User | None) -> User:
    """Erase a person's data (the PDPA right to erasure). The row stays, anonymised, so that the
    audit log keeps its integrity without holding personal data."""
    before = snapshot(user, ("email", *PROFILE_FIELDS))
    _erase_traces(user)
    now = timezone.now()
    user.email = f"deleted-{user.pk}@deleted.invalid"
    user.full_name = ""
    user.phone = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.deleted_at = now
    user.set_unusable_password()
    user.save()
    user.memberships.filter(ended_at__isnull=True).update(ended_at=now)
    user.consents.filter(withdrawn_at__isnull=True).update(withdrawn_at=now)
    user.api_tokens.filter(revoked_at__isnull=True).update(revoked_at=now)
    # The audit row records that an erasure happened, not what was erased.
    audit_record(
        actor=actor, verb="user.deleted", obj=user, before=dict.fromkeys(before, "(erased)")
    )
    return user


ERASED = "(erased)"


def _erase_traces(user: User) -> None:
    """What else holds the person's e-mail, name or phone: their log-in history (kept by e-mail,
    so it would pass to whoever signs up with that address next) goes, and the audit log keeps
    its rows with those values replaced."""
    _log_in_history_delete(user.email)
    values = {v for v in (user.email, user.full_name, user.phone) if v and len(v) >= 3}
    if values:
        _audit_scrub(user, values)


def _log_in_history_delete(email: str) -> None:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for model in (AccessLog, AccessAttempt, AccessFailureLog):
        model.objects.filter(username__iexact=email).delete()


def _scrub(value: Any, values: set[str]) -> Any:
    """`value` (text, or the JSON of an audit row's before and after) with every personal value
    replaced by ERASED, at any depth."""
    if isinstance(value, str):
        for personal in values:
            value = value.replace(personal, ERASED)
        return value
    if isinstance(value, dict):
        return {k: _scrub(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, values) for v in value]
    return value


def _audit_scrub(user: User, values: set[str]) -> None:
    """Rewrite the audit rows about the person, by them, or naming them, where they hold one of
    `values`; a row that holds none is left untouched."""
    mentions = Q(object_type=user._meta.label_lower, object_id=str(user.pk)) | Q(actor=user)
    for personal in values:
        mentions |= Q(object_repr__contains=personal)
    for event in AuditEvent.objects.filter(mentions).iterator():
        repr_ = _scrub(event.object_repr, values)
        before, after = _scrub(event.before, values), _scrub(event.after, values)
        if (repr_, before, after) != (event.object_repr, event.before, event.after):
            AuditEvent.objects.filter(pk=event.pk).update(
                object_repr=repr_, before=before, after=after
            )


def api_token_create(*, actor: User, name: str, scopes: list[str]) -> tuple[ApiToken, str]:
    """A new personal API token for `actor`; returns it and its key (shown once, never stored)."""
    from tscplus.accounts.demo import DEMO_REFUSED, demo_login_refused
    from tscplus.accounts.models import ApiToken
    from tscplus.accounts.tokens import SCOPES, key_hash, key_new

    if demo_login_refused(actor):
        raise ValidationError(DEMO_REFUSED)
    errors: dict[str, StrPromise] = {}
    if not (name or "").strip():
        errors["name"] = _("Give the token a name, e.g. the program that will use it.")
    if not scopes or any(s not in SCOPES for s in scopes):
        errors["scopes"] = _("Choose the scope: read, or write.")
    if errors:
        raise ValidationError(errors)
    if "write" in scopes:
        scopes = ["read", "write"]
    key = key_new()
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=actor,
            name=name.strip()[:100],
            prefix=key[:12],
            key_hash=key_hash(key),
            scopes=" ".join(scopes),
        )
        audit_record(
            actor=actor,
            verb="api_token.created",
            obj=token,
            after={"name": token.name, "scopes": token.scopes, "prefix": token.prefix},
        )
    return token, key


def api_token_revoke(*, actor: User, token: ApiToken) -> ApiToken:
    """Revoke one of the actor's own tokens (anyone else's is "not found")."""
    if token.user_id != actor.pk:
        raise Http404
    if token.revoked_at is None:
        with transaction.atomic():
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
            audit_record(
                actor=actor, verb="api_token.revoked", obj=token, after={"prefix": token.prefix}
            )
    return token
