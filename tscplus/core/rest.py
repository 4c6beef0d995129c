"""What every API endpoint shares: one error shape, pagination, the officers' check."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, permissions
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from tscplus.core.permissions import require_officer


class Pagination(PageNumberPagination):
    """`?page=N&page_size=M` (at most 1,000); the envelope is count, next, previous, results."""

    page_size_query_param = "page_size"
    max_page_size = 1000


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every error answers `{"errors": {...}}`: field errors by field name, anything else under
    `detail`. Not found and not yours look the same (404)."""
    if isinstance(exc, DjangoValidationError):
        # Services refuse bad input with Django's ValidationError; the API answers it as a 400.
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(data, dict):
        errors = data
    elif isinstance(data, list):
        errors = {"non_field_errors": data}
    else:
        errors = {"detail": data}
    response.data = {"errors": errors}
    return response


class OfficerOnlyMixin:
    """For API views of area officers: logged in, and an officer (anyone else: 404, as on pages)."""

    permission_classes = [permissions.IsAuthenticated]

    def initial(self, request: Any, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        require_officer(request.user)


def paginated(serializer_class: type) -> Any:
    """The schema of one page of a list, for API views that paginate by hand with `Pagination`
    (drf-spectacular wraps only generic list views by itself)."""
    from drf_spectacular.utils import inline_serializer
    from rest_framework import serializers

    name = serializer_class.__name__.removesuffix("Serializer")
    return inline_serializer(name=f"Paginated{name}List", fields={
        "count": serializers.IntegerField(),
        "next": serializers.URLField(allow_null=True),
        "previous": serializers.URLField(allow_null=True),
        "results": serializer_class(many=True),
    })  # fmt: skip
