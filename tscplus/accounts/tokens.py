"""Personal API tokens: how a key is made, checked and limited by its scopes (the one place).

A key looks like `tscp_` + 40 random characters and is sent as `Authorization: Bearer <key>`.
Scopes: `read` (GET and HEAD only) or `write` (everything the owner may do). A revoked or unknown
key is refused with 401."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions

from tscplus.accounts.demo import DEMO_REFUSED, demo_login_refused
from tscplus.accounts.models import ApiToken

PREFIX = "tscp_"
SCOPES = {"read": _("Read only"), "write": _("Read and write")}


def key_new() -> str:
    return PREFIX + secrets.token_urlsafe(30)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request: Any) -> tuple[Any, ApiToken] | None:
        header = authentication.get_authorization_header(request).decode("latin-1").split()
        if not header or header[0].lower() != self.keyword.lower():  # schemes ignore case
            return None
        if len(header) != 2 or not header[1].startswith(PREFIX):
            raise exceptions.AuthenticationFailed(
                _("Send the key as: Authorization: Bearer tscp_...")
            )
        token = ApiToken.objects.select_related("user").filter(key_hash=key_hash(header[1])).first()
        if token is None or token.revoked_at is not None or not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("This token is unknown or was revoked."))
        if demo_login_refused(token.user):
            raise exceptions.AuthenticationFailed(DEMO_REFUSED)
        if request.method not in permissions.SAFE_METHODS and "write" not in token.scope_list:
            raise exceptions.PermissionDenied(
                _("This token may only read: make one with the write scope.")
            )
        if (
            token.last_used_at is None
            or (timezone.now() - token.last_used_at).total_seconds() > 300
        ):
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user, token

    def authenticate_header(self, request: Any) -> str:
        return f'{self.keyword} realm="api"'


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI schema describes the tokens."""

    target_class = "tscplus.accounts.tokens.ApiTokenAuthentication"
    name = "apiToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "tscp_...",
            "description": "A personal API token, made on the profile page or with POST /api/v1/tokens/. "
            "Scope `read` allows GET only; `write` allows what your roles allow.",
        }
