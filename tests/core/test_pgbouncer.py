"""PgBouncer in transaction mode (Debian's) in front of a PostgreSQL of our own
(scripts/pgpair.py --pgbouncer), with DATABASE_POOLER=pgbouncer: the certificate numbering under
eight submissions at once (SELECT ... FOR UPDATE on the sequence row), the services around it and
the verification page's store, in a pytest of their own through the pooler."""

from tests.servers import pytest_on_our_servers

THROUGH_THE_POOLER = "tests/assessments/test_services.py tests/assessments/test_verify_cache.py"


def test_certificate_numbering_and_services_through_pgbouncer():
    pytest_on_our_servers(
        pgpair=["--pgbouncer"],
        environment='DATABASE_URL="$PAIR_POOLED_URL" DATABASE_POOLER=pgbouncer',
        # --reuse-db: the test database is made through the pooler and never dropped through it
        # (PgBouncer keeps server connections to it); the whole server goes afterwards.
        arguments=f"--reuse-db {THROUGH_THE_POOLER}",
    )
