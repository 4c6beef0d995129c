"""The router's tests need a real streaming replica: `tests/core/test_replicas.py` starts a
primary and a replica of our own (scripts/pgpair.py) and runs this directory against them, with
DATABASE_REPLICA_URLS set. Collected only then."""

import os

collect_ignore_glob = [] if os.environ.get("DATABASE_REPLICA_URLS") else ["*"]
