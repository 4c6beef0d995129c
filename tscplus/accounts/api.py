"""The signed-in user and the memberships an officer may see."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers

from tscplus.accounts import selectors, services
from tscplus.accounts.models import Membership, User
from tscplus.accounts.services import PROFILE_FIELDS


class MembershipSerializer(serializers.ModelSerializer):
    user_name = serializers.CharField(source="user.full_name", read_only=True)
    area = serializers.CharField(source="area_name", read_only=True)
    region = serializers.IntegerField(source="region_id", read_only=True, allow_null=True)
    province = serializers.CharField(source="province_id", read_only=True, allow_null=True)
    district = serializers.CharField(source="district_id", read_only=True, allow_null=True)

    class Meta:
        model = Membership
        fields = ["id", "user_name", "role", "level", "region", "province", "district", "area"]


class MeSerializer(serializers.ModelSerializer):
    roles = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "email", "full_name", "phone", "preferred_language", "roles"]
        read_only_fields = ["id", "email", "roles"]
        extra_kwargs = {"full_name": {"allow_blank": False}}

    def get_roles(self, obj: User) -> list[str]:
        return sorted(obj.roles())


@extend_schema(tags=["accounts"], summary="The signed-in user; PATCH or PUT edits the profile")
class MeView(generics.RetrieveUpdateAPIView):
    serializer_class = MeSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user

    def perform_update(self, serializer):
        user = self.request.user
        data = {f: serializer.validated_data.get(f, getattr(user, f)) for f in PROFILE_FIELDS}
        serializer.instance = services.user_profile_update(user=user, actor=user, **data)


@extend_schema(tags=["accounts"], summary="Role memberships inside your area (officers)")
class MembershipListView(generics.ListAPIView):
    serializer_class = MembershipSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["role", "level"]

    def get_queryset(self):
        return selectors.membership_list_visible_to(self.request.user)
