"""Who a function is about, for type annotations only.

- `Viewer`: whoever asks, signed in or not (`request.user`); the selectors that scope rows to
  the person asking take one.
- A service's acting person is an `accounts.models.User` (`User | None` where a job or a
  command acts without one).

Other apps import these under `if TYPE_CHECKING:`, so nothing changes at run time (and `core`
imports no app: it annotates with Django's `AbstractBaseUser | AnonymousUser`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from tscplus.accounts.models import User

Viewer: TypeAlias = "User | AnonymousUser"
