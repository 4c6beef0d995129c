"""Every query parameter the API documents is checked: a value of the wrong type (a word for a
number, a made-up choice, an impossible date) answers 400 with a JSON body naming the parameter,
on every GET operation of the schema. The schema is read from the running app, so an endpoint
added later is covered without touching this file."""

import pytest

from tests.factories import member
from tscplus.accounts.choices import Role
from tscplus.accounts.services import api_token_create

pytestmark = pytest.mark.django_db

# Real values for the path parameters of the lists that have them.
PATH_VALUES = {
    "/api/v1/provinces/{code}/districts/": {"code": "10"},
    "/api/v1/districts/{code}/subdistricts/": {"code": "1001"},
}


def wrong_value(schema: dict) -> str | None:
    """A value that the parameter's schema does not allow, or None for free text."""
    if "enum" in schema:
        return "not-one-of-the-choices"
    kind, fmt = schema.get("type"), schema.get("format")
    if kind in ("integer", "number"):
        return "twelve"
    if kind == "boolean":
        return "perhaps"
    if fmt in ("date", "date-time"):
        return "2026-13-45"
    return None


def typed_parameters(client, headers):
    spec = client.get("/api/schema/?format=json", **headers).json()
    cases = []
    for path, operations in spec["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        if "{" in path and path not in PATH_VALUES:
            continue  # reads of one object: their path is checked by the contract test
        for parameter in operation.get("parameters", []):
            if parameter["in"] != "query":
                continue
            value = wrong_value(parameter.get("schema", {}))
            if value is not None:
                cases.append((path.format(**PATH_VALUES.get(path, {})), parameter["name"], value))
    return cases


@pytest.fixture
def admin_headers(geo):
    _token, key = api_token_create(
        actor=member(Role.ADMINISTRATOR), name="filters", scopes=["read"]
    )
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_every_typed_filter_refuses_a_wrong_value_with_400_json(client, admin_headers):
    cases = typed_parameters(client, admin_headers)
    # The lists with filters of their own, not only paging, are among them.
    paths = {path for path, _name, _value in cases}
    assert {
        "/api/v1/certificates/",
        "/api/v1/establishments/",
        "/api/v1/inventory/",
        "/api/v1/lessons/",
        "/api/v1/complaints/",
        "/api/v1/knowledge/search/",
        "/api/v1/indicators/",
        "/api/v1/notifications/",
    } <= paths
    refused = []
    for path, name, value in cases:
        response = client.get(path, {name: value}, **admin_headers)
        body = response.json() if response["Content-Type"].startswith("application/json") else {}
        if response.status_code != 400 or name not in body.get("errors", {}):
            refused.append((path, name, value, response.status_code, body))
    assert refused == [], refused


def test_a_page_past_the_last_is_404_and_a_good_filter_is_200(client, admin_headers):
    assert client.get("/api/v1/provinces/", {"page": "2"}, **admin_headers).status_code == 404
    response = client.get("/api/v1/provinces/", {"page": "1", "page_size": "5"}, **admin_headers)
    assert response.status_code == 200 and len(response.json()["results"]) == 5
    response = client.get("/api/v1/knowledge/search/", {"q": "ล้างมือ", "page": "1"}, **admin_headers)
    assert response.status_code == 200
