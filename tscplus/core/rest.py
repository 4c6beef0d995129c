"""What every API endpoint shares: one error shape, pagination, the officers' check."""

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, permissions, serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from tscplus.core.errors import bad_request_errors, drain_body
from tscplus.core.parsers import JsonTooDeep, NulInBody
from tscplus.core.permissions import require_officer


class Pagination(PageNumberPagination):
    """`?page=N&page_size=M` (at most 1,000); the envelope is count, next, previous, results.
    A page or page size that is not a whole number of 1 or more is a 400, as any bad filter is;
    a page past the last is a 404."""

    page_size_query_param = "page_size"
    max_page_size = 1000

    def get_page_number(self, request: Any, paginator: Any) -> Any:
        value = request.query_params.get(self.page_query_param) or "1"
        if value not in self.last_page_strings:
            _whole_number(self.page_query_param, value)
        return value

    def get_page_size(self, request: Any) -> int | None:
        value = request.query_params.get(self.page_size_query_param)
        if not value:
            return self.page_size
        return min(_whole_number(self.page_size_query_param, value), self.max_page_size)


def _whole_number(name: str, value: str) -> int:
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise exceptions.ValidationError({name: [_("Expected a whole number of 1 or more.")]})
    return int(value)


def paged(request: Any, rows: Any, serializer_class: type, context: dict | None = None) -> Response:
    """One page of `rows` in the common envelope, for API views that are not generic lists."""
    paginator = Pagination()
    page: list[Any] | None = paginator.paginate_queryset(rows, request)
    return paginator.get_paginated_response(
        serializer_class(page, many=True, context=context or {"request": request}).data
    )


class PageFilters(serializers.Serializer):
    """The paging parameters, for the schema of views that paginate with `Pagination` by hand;
    their filters serializers extend it."""

    page = serializers.IntegerField(min_value=1, required=False, help_text="Page number, from 1.")
    page_size = serializers.IntegerField(
        min_value=1, max_value=1000, required=False, help_text="Rows per page (default 50)."
    )


def request_example(name: str, value: dict[str, Any]) -> Any:
    """Decorate a request serializer with an example body for the schema (and `/api/docs/`'s
    "try it out"); every write of the API has one."""
    from drf_spectacular.utils import OpenApiExample, extend_schema_serializer

    return extend_schema_serializer(examples=[OpenApiExample(name, value=value, request_only=True)])


class DaysFromToday(str):
    """A date in a schema example that must stay valid (a visit is planned for today or later):
    `days_from_today(7)`. The schema is made afresh for each request, and `fresh_example_dates`
    writes the date of that day; this value is only what the example shows before that."""

    days: int

    def __new__(cls, days: int) -> "DaysFromToday":
        import datetime

        from tscplus.core import clock

        day = clock.today() + datetime.timedelta(days=days)
        value = super().__new__(cls, day.isoformat())
        value.days = days
        return value


def days_from_today(days: int) -> str:
    return DaysFromToday(days)


def fresh_example_dates(result: Any, generator: Any, request: Any, public: bool) -> Any:
    """drf-spectacular post-processing hook: each `days_from_today` in the schema becomes that
    day's date as of now (in new containers: the examples themselves are shared and kept)."""

    def fresh(value: Any) -> Any:
        if isinstance(value, DaysFromToday):
            return str(DaysFromToday(value.days))
        if isinstance(value, dict):
            return {k: fresh(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fresh(v) for v in value]
        return value

    return fresh(result)


def read_query(request: Any, filters: type[serializers.Serializer]) -> dict[str, Any]:
    """A list endpoint's query parameters, checked by its filters serializer (the same class
    documents them: `extend_schema(parameters=[filters])`). A value of the wrong type or outside
    its choices answers 400 naming the parameter; parameters the endpoint does not know are
    ignored, as a page ignores them."""
    checked = filters(data=request.query_params)
    checked.is_valid(raise_exception=True)
    if not issubclass(filters, PageFilters):
        return dict(checked.validated_data)
    # Common paging is checked here too, then read by `Pagination`: only the filters come back.
    return {
        k: v for k, v in checked.validated_data.items() if k not in PageFilters._declared_fields
    }


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every error answers `{"errors": {...}}`: field errors by field name, anything else under
    `detail`. Not found and not yours look the same (404)."""
    if isinstance(exc, DjangoValidationError):
        # Services refuse bad input with Django's ValidationError; the API answers it as a 400.
        # `detail` is one sentence, as in every other error; field errors stay lists by field.
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"detail": " ".join(exc.messages)}
        )
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif refused := bad_request_errors(exc):
        # Django refused the body as the view read it (DATA_UPLOAD_MAX_MEMORY_SIZE and its kin):
        # answered here, in JSON, whatever DEBUG is (Django alone would send an HTML 400).
        status, refusal = refused
        drain_body(context["request"]._request)
        return Response({"errors": refusal}, status=status)
    exc = _in_our_words(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    errors: dict[str, Any]
    if isinstance(data, dict):
        errors = data
    elif isinstance(data, list):
        errors = {"non_field_errors": data}
    else:
        errors = {"detail": data}
    response.data = {"errors": errors}
    return response


def _in_our_words(exc: Exception) -> Exception:
    """DRF writes a few messages without gettext: say them in the caller's language."""
    from django.utils.translation import ngettext

    if isinstance(exc, exceptions.ParseError) and not isinstance(exc, JsonTooDeep | NulInBody):
        return exceptions.ParseError(_("The body is not valid JSON (or not in the declared type)."))
    if isinstance(exc, exceptions.Throttled):
        wait = exc.wait  # type: ignore[attr-defined]  # set by Throttled.__init__; not in DRF's stub
        throttled = exceptions.Throttled(wait=wait, detail=_("Too many requests."))
        if wait is not None:
            seconds = max(1, round(wait))
            throttled.detail = exceptions.ErrorDetail(
                ngettext(
                    "Too many requests. Try again in {n} second.",
                    "Too many requests. Try again in {n} seconds.",
                    seconds,
                ).format(n=seconds),
                code="throttled",
            )
        return throttled
    if isinstance(exc, exceptions.PermissionDenied) and str(exc.detail).startswith("CSRF Failed"):
        return exceptions.PermissionDenied(
            _(
                "A signed-in browser session must send its CSRF token (the X-CSRFToken header); "
                "a program should use a personal API token instead."
            )
        )
    if isinstance(exc, exceptions.ValidationError) and _no_data(exc.detail):
        return exceptions.ValidationError({"detail": _("Send a JSON object in the body.")})
    return exc


def _no_data(detail: Any) -> bool:
    if isinstance(detail, dict):
        detail = detail.get("non_field_errors", [])
    return isinstance(detail, list) and any(getattr(d, "code", "") == "null" for d in detail)


class OfficerOnlyMixin:
    """For API views of area officers: logged in, and an officer (anyone else: 404, as on pages)."""

    # APIView's own type for it (DRF's stub), so that the view's bases agree.
    permission_classes: Sequence[
        type[permissions.BasePermission]
        | permissions.OperandHolder
        | permissions.SingleOperandHolder
    ] = [permissions.IsAuthenticated]

    def initial(self, request: Any, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        require_officer(request.user)


def paginated(serializer_class: type) -> Any:
    """The schema of one page of a list, for API views that paginate by hand with `Pagination`
    (drf-spectacular wraps only generic list views by itself)."""
    from drf_spectacular.utils import inline_serializer
    from rest_framework import serializers

    name = serializer_class.__name__.removesuffix("Serializer")
    return inline_serializer(
        name=f"Paginated{name}List",
        fields={
            "count": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": serializer_class(many=True),
        },
    )
