"""The read every cold QR scan makes is planned once per connection on PostgreSQL (core/prepared.py):
it is a prepared statement there, never through PgBouncer in transaction mode, and on SQLite a
plain statement; whichever it is, it reads the same row and Django counts it."""

import pytest
from django.db import DatabaseError, connection
from django.test import override_settings

from tscplus.assessments.models import VerifyPage
from tscplus.core.prepared import prepared_cursor, prepares

pytestmark = pytest.mark.django_db

READ = "SELECT generation FROM assessments_verifypage WHERE token = %s AND language = %s"


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


def test_the_read_is_prepared_on_postgresql_only(django_assert_num_queries):
    VerifyPage.objects.create(token="t" * 43, language="th", generation=7)
    with django_assert_num_queries(2):
        for _ in range(2):
            with prepared_cursor() as cursor:
                cursor.execute(READ, ["t" * 43, "th"])
                assert cursor.fetchone() == (7,)
    if connection.vendor == "postgresql":
        assert prepares(connection)
        assert [s for s in prepared_statements() if "assessments_verifypage" in s] == [
            READ.replace("%s", "$1", 1).replace("%s", "$2")
        ]
    else:
        assert not prepares(connection)


def test_never_through_pgbouncer():
    with override_settings(DATABASE_POOLER="pgbouncer"):
        assert not prepares(connection)
        with prepared_cursor() as cursor:
            cursor.execute(READ, ["x", "th"])
            assert cursor.fetchone() is None
    if connection.vendor == "postgresql":
        assert not [s for s in prepared_statements() if "assessments_verifypage" in s]


def test_errors_are_django_s():
    with pytest.raises(DatabaseError), prepared_cursor() as cursor:
        cursor.execute("SELECT nothing FROM no_such_table WHERE a = %s", [1])
