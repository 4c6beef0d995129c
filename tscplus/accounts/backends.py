"""How people log in: e-mail and password (Django's model backend), with the accounts that may not
log in here refused (`accounts.demo.demo_login_refused`). Django asks the same question when it
restores a session, so an account refused now is signed out of sessions it opened earlier too."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend

from tscplus.accounts.demo import demo_login_refused


class AccountBackend(ModelBackend):
    def user_can_authenticate(self, user: Any) -> bool:
        return super().user_can_authenticate(user) and not demo_login_refused(user)
