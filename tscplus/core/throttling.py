"""API throttles keyed by the client address that `client_ip` trusts, not by a header any client
can send. Their own module: DRF imports throttle classes while it builds APIView."""

from typing import Any

from rest_framework import throttling

from tscplus.core.middleware import client_ip


class ClientIpMixin(throttling.BaseThrottle):
    # None when the request has no address, as DRF's own get_ident answers (its stub says str).
    def get_ident(self, request: Any) -> str | None:  # type: ignore[override]
        return client_ip(request)


class AnonRateThrottle(ClientIpMixin, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(ClientIpMixin, throttling.UserRateThrottle):
    pass


class ScopedRateThrottle(ClientIpMixin, throttling.ScopedRateThrottle):
    """Per-view limits (`throttle_scope`), e.g. certificate verification."""
