"""People and what they may do: users, their role memberships with an area, their consents."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.accounts.choices import AREA_SCOPED_ROLES, AreaLevel, ConsentPurpose, Role
from tscplus.core import scoping
from tscplus.core.permissions import AreaScopedQuerySet
from tscplus.core.scoping import AreaScope
from tscplus.core.validators import phone_validator

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import StrPromise


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get_by_natural_key(self, username: str | None) -> User:
        # Emails are stored lower-case; people type them in any case.
        return self.get(email__iexact=username)

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("email is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account: an operator, an officer, an editor, a reporter or an administrator."""

    email = models.EmailField(_("email"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="th"
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)

    objects = UserManager()
    # The active memberships, read once per request (`_active_memberships`); None: read again.
    _membership_cache: list[Membership] | None

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def _active_memberships(self) -> list[Membership]:
        cache = getattr(self, "_membership_cache", None)
        if cache is None:
            cache = list(self.memberships.filter(ended_at__isnull=True))
            self._membership_cache = cache
        return cache

    def roles(self) -> set[str]:
        roles = {m.role for m in self._active_memberships()}
        if self.is_superuser:
            roles.add(Role.ADMINISTRATOR)
        return roles

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles() & set(roles))

    def has_national_role(self, *roles: str) -> bool:
        """One of `roles` held over the whole country (superusers hold every role everywhere)."""
        if self.is_superuser:
            return True
        return any(
            m.role in roles and m.level == AreaLevel.COUNTRY for m in self._active_memberships()
        )

    def area_scope(self) -> AreaScope:
        """The areas this user oversees (the rule: `core.scoping.scope_of`)."""
        return scoping.scope_of(self._held(), superuser=self.is_superuser)

    def _held(self) -> Iterator[scoping.Held]:
        """The active memberships as the scoping rule sees them; a generator, so that a
        superuser's memberships are never loaded."""
        for m in self._active_memberships():
            yield scoping.Held(
                scoped=m.role in AREA_SCOPED_ROLES,
                level=m.level,
                region=m.region_id,
                province=m.province_id,
                district=m.district_id,
            )


class MembershipQuerySet(AreaScopedQuerySet["Membership"]):
    # A membership lies in the area it names; an officer sees the memberships inside their area.
    area_lookups = {
        "region": ("region", "province__region", "district__province__region"),
        "province": ("province", "district__province"),
        "district": ("district",),
    }

    def owned_by_q(self, user: AbstractBaseUser | AnonymousUser) -> Q:
        return Q(user=user)

    def active(self) -> MembershipQuerySet:
        return self.filter(ended_at__isnull=True)


class Membership(models.Model):
    """A user's role, held over an area: the whole country, a health region, a province or a district."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    level = models.CharField(
        _("area level"), max_length=10, choices=AreaLevel.choices, default=AreaLevel.COUNTRY
    )
    region = models.ForeignKey(
        "core.HealthRegion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("health region"),
    )
    province = models.ForeignKey(
        "core.Province",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    district = models.ForeignKey(
        "core.District",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("district"),
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["user_id", "role"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.CheckConstraint(
                name="accounts_membership_area_matches_level",
                condition=(
                    Q(
                        level=AreaLevel.COUNTRY,
                        region__isnull=True,
                        province__isnull=True,
                        district__isnull=True,
                    )
                    | Q(
                        level=AreaLevel.REGION,
                        region__isnull=False,
                        province__isnull=True,
                        district__isnull=True,
                    )
                    | Q(
                        level=AreaLevel.PROVINCE,
                        region__isnull=True,
                        province__isnull=False,
                        district__isnull=True,
                    )
                    | Q(
                        level=AreaLevel.DISTRICT,
                        region__isnull=True,
                        province__isnull=True,
                        district__isnull=False,
                    )
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.area_name}"

    @property
    def area_name(self) -> str:
        area = self.region or self.province or self.district
        return str(area) if area else str(AreaLevel.COUNTRY.label)

    def clean(self) -> None:
        expected = {
            AreaLevel.COUNTRY: None,
            AreaLevel.REGION: "region",
            AreaLevel.PROVINCE: "province",
            AreaLevel.DISTRICT: "district",
        }[AreaLevel(self.level)]
        errors: dict[str, StrPromise] = {}
        for name in ("region", "province", "district"):
            has = getattr(self, f"{name}_id") is not None
            if name == expected and not has:
                errors[name] = _("Choose the area for this level.")
            elif name != expected and has:
                errors[name] = _("Leave this empty for the chosen area level.")
        if self.role == Role.REGIONAL_OFFICER and self.level not in (
            AreaLevel.REGION,
            AreaLevel.COUNTRY,
        ):
            errors["level"] = _("A regional officer's area is a health region.")
        if errors:
            raise ValidationError(errors)


class ConsentRecord(models.Model):
    """A person's consent to a purpose under the PDPA, with the notice version they agreed to."""

    user = models.ForeignKey(
        User,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="consents",
        verbose_name=_("user"),
    )
    purpose = models.CharField(_("purpose"), max_length=40, choices=ConsentPurpose.choices)
    notice_version = models.CharField(_("notice version"), max_length=20)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} {self.notice_version}"


class ApiToken(models.Model):
    """A personal API token: made and revoked by its owner, with scopes. Only a hash of the key is
    kept; the key is shown once, when the token is made."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("owner"),
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("starts with"), max_length=12)
    key_hash = models.CharField(max_length=64, unique=True)
    scopes = models.CharField(_("scopes"), max_length=100)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… {self.name}"

    @property
    def scope_list(self) -> list[str]:
        return self.scopes.split()
