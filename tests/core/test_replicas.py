"""Read replicas, for real: a PostgreSQL primary and a streaming replica of our own on spare
loopback ports (scripts/pgpair.py: initdb, then pg_basebackup), and the router's tests
(tests/replicas/) run against them in a pytest of their own, since the replica is a second
database in the settings."""

from tests.servers import pytest_on_our_servers


def test_the_router_on_a_real_streaming_replica():
    pytest_on_our_servers(
        pgpair=[],
        environment='DATABASE_URL="$PAIR_PRIMARY_URL" DATABASE_REPLICA_URLS="$PAIR_REPLICA_URL"',
        arguments="tests/replicas",
    )
