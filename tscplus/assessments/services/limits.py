"""How often a client may do what costs the platform, or a guesser, the most."""

from __future__ import annotations

from tscplus.core.ratelimit import RateLimit

# Unknown certificate tokens from one client a minute, counted on every address that takes a
# token (the verify page and its rating link): a guesser is stopped; real scans never pay for it.
VERIFY_MISS_LIMIT = RateLimit(scope="verify-miss", limit="VERIFY_MISS_LIMIT", seconds=60)
