"""How the API reads JSON bodies: DRF's parser, with the nesting bounded. Python's decoder recurses
once per level, so 50,000 `[` ran out of stack (a RecursionError, answered 500); no body of this
API nests more than four levels, so anything deeper than MAX_DEPTH is refused with a 400 in the
API's error shape before a serializer sees it. The size of a body is bounded by Django's
DATA_UPLOAD_MAX_MEMORY_SIZE, read before parsing (`core.rest` answers it with a 413).

No text of a body may hold the NUL character: PostgreSQL refuses it in every text column and
lookup, so a field that looks a value up (a district's code, a category's slug) would answer 500.
Each parser here (JSON, form, multipart; files are not text) refuses it with a 400 first."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, parsers

from tscplus.core.errors import nul_message

MAX_DEPTH = 64


class JsonTooDeep(exceptions.ParseError):
    default_code = "too_deep"

    def __init__(self) -> None:
        super().__init__(
            _("The JSON body nests more than {depth} levels deep.").format(depth=MAX_DEPTH)
        )


def nesting_exceeds(data: Any, limit: int) -> bool:
    """Whether lists and objects inside `data` nest deeper than `limit` (without recursing)."""
    if not isinstance(data, dict | list):
        return False
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        for child in value.values() if isinstance(value, dict) else value:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return False


class NulInBody(exceptions.ParseError):
    default_code = "nul_character"

    def __init__(self) -> None:
        super().__init__(nul_message())


def holds_nul(data: Any) -> bool:
    """Whether any key or text value inside `data` (JSON, or a form's QueryDict) holds NUL."""
    if hasattr(data, "lists"):  # a QueryDict: every value of every key
        data = dict(data.lists())
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                return True
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


class JSONParser(parsers.JSONParser):
    """The one JSON parser of the API (REST_FRAMEWORK's DEFAULT_PARSER_CLASSES, and the views that
    list their parsers name this one)."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise JsonTooDeep() from exc
        if nesting_exceeds(data, MAX_DEPTH):
            raise JsonTooDeep()
        if holds_nul(data):
            raise NulInBody()
        return data


class RefusesNul(parsers.BaseParser):
    """The form parsers, refusing NUL in the text they parsed (a multipart body's files are bytes:
    only its `data` is looked at)."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        parsed = super().parse(stream, media_type, parser_context)
        if holds_nul(getattr(parsed, "data", parsed)):
            raise NulInBody()
        return parsed


class FormParser(RefusesNul, parsers.FormParser):
    pass


class MultiPartParser(RefusesNul, parsers.MultiPartParser):
    pass
