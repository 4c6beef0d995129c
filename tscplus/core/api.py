"""Geography endpoints: public, read-only, in the Interior Ministry's codes."""

import hashlib

from django.core.cache import cache
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import generics, permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core import selectors
from tscplus.core.geography import GEOGRAPHY_CACHE_SECONDS, geography_cache_version
from tscplus.core.models import District, HealthRegion, Notification, Province, Subdistrict
from tscplus.core.notifications import notification_mark_read
from tscplus.core.rest import PageFilters, Pagination, paged, paginated, read_query


class WholeListPagination(Pagination):
    """Geography lists are short (77 provinces, at most 50 districts in one); one page holds them."""

    page_size = 1000


class RegionSerializer(serializers.ModelSerializer):
    class Meta:
        model = HealthRegion
        fields = ["number", "name_th", "name_en", "centre_th", "centre_en"]


class RegionRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = HealthRegion
        fields = ["number", "name_th", "name_en"]


class ProvinceSerializer(serializers.ModelSerializer):
    region = RegionRefSerializer(read_only=True)

    class Meta:
        model = Province
        fields = ["code", "name_th", "name_en", "region"]


class DistrictSerializer(serializers.ModelSerializer):
    province_code = serializers.CharField(source="province_id", read_only=True)

    class Meta:
        model = District
        fields = ["code", "name_th", "name_en", "province_code"]


class SubdistrictSerializer(serializers.ModelSerializer):
    district_code = serializers.CharField(source="district_id", read_only=True)
    postcodes = serializers.SerializerMethodField()

    class Meta:
        model = Subdistrict
        fields = ["code", "name_th", "name_en", "district_code", "postcodes"]

    def get_postcodes(self, obj: Subdistrict) -> list[str]:
        return obj.postcodes.split(" ")


class GeographyListView(generics.ListAPIView):
    """Geography changes only when `geography_sync` runs, so each page is cached by URL until then
    (a 77-province page costs ~3 ms to serialise; a cache hit, well under 1 ms)."""

    permission_classes = [permissions.AllowAny]
    pagination_class = WholeListPagination
    filter_backends: list = []

    def list(self, request, *args, **kwargs):
        # Keyed by what changes the answer (the path and the page), never by the raw query string:
        # arbitrary parameters must not mint new cache entries.
        # The parts are hashed: a path may hold spaces or other characters a cache key must not.
        page = (request.GET.get("page", "")[:8], request.GET.get("page_size", "")[:8])
        digest = hashlib.sha1(
            f"{request.path}\n{page[0]}\n{page[1]}".encode(), usedforsecurity=False
        )
        key = f"geo:{geography_cache_version()}:{digest.hexdigest()}"
        data = cache.get(key)
        if data is None:
            data = super().list(request, *args, **kwargs).data
            cache.set(key, data, timeout=GEOGRAPHY_CACHE_SECONDS)
        return Response(data)


@extend_schema(tags=["geography"], summary="The 13 health regions (13 = Bangkok)")
class RegionListView(GeographyListView):
    serializer_class = RegionSerializer

    def get_queryset(self):
        return selectors.region_list()


@extend_schema(tags=["geography"], summary="The 77 provinces, each with its health region")
class ProvinceListView(GeographyListView):
    serializer_class = ProvinceSerializer

    def get_queryset(self):
        return selectors.province_list()


@extend_schema(tags=["geography"], summary="Districts of a province (404 for an unknown code)")
class DistrictListView(GeographyListView):
    serializer_class = DistrictSerializer

    def get_queryset(self):
        return selectors.district_list(province_code=self.kwargs["code"])


@extend_schema(tags=["geography"], summary="Subdistricts of a district, with postcodes")
class SubdistrictListView(GeographyListView):
    serializer_class = SubdistrictSerializer

    def get_queryset(self):
        return selectors.subdistrict_list(district_code=self.kwargs["code"])


class NotificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Notification
        fields = ["id", "title", "body", "link", "created_at", "read_at"]


class NotificationFilters(PageFilters):
    unread = serializers.BooleanField(
        required=False, default=False, help_text="Only the messages not yet read."
    )


@extend_schema(tags=["notifications"])
class NotificationListView(generics.GenericAPIView):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = NotificationSerializer

    @extend_schema(
        operation_id="notifications_list",
        summary="Your messages, newest first",
        description="Reminders, decisions and changes sent to you inside the platform "
        "(they are also emailed). Reading this list marks nothing read; "
        "`POST /api/v1/notifications/read/` does.",
        parameters=[NotificationFilters],
        responses=paginated(NotificationSerializer),
    )
    def get(self, request):
        rows = request.user.notifications.all()
        if read_query(request, NotificationFilters)["unread"]:
            rows = rows.filter(read_at__isnull=True)
        return paged(request, rows, self.get_serializer_class())


@extend_schema(tags=["notifications"])
class NotificationReadView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="notifications_mark_read",
        summary="Mark all your messages read",
        description="As opening the notifications page does.",
        request=None,
        responses={
            200: inline_serializer("NotificationsMarked", {"marked": serializers.IntegerField()})
        },
    )
    def post(self, request):
        return Response({"marked": notification_mark_read(user=request.user)})
