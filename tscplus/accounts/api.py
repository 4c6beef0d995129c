"""The signed-in user, the memberships an officer may see, and the user's personal API tokens."""

from django.contrib.auth import logout
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics, permissions, serializers
from rest_framework.response import Response

from tscplus.accounts import forms, selectors, services
from tscplus.accounts.models import ApiToken, Membership, User
from tscplus.accounts.services import PROFILE_FIELDS
from tscplus.core.rest import request_example


class MembershipSerializer(serializers.ModelSerializer):
    user_name = serializers.CharField(source="user.full_name", read_only=True)
    area = serializers.CharField(source="area_name", read_only=True)
    region = serializers.IntegerField(source="region_id", read_only=True, allow_null=True)
    province = serializers.CharField(source="province_id", read_only=True, allow_null=True)
    district = serializers.CharField(source="district_id", read_only=True, allow_null=True)

    class Meta:
        model = Membership
        fields = ["id", "user_name", "role", "level", "region", "province", "district", "area"]


@request_example(
    "Profile", {"full_name": "สมศรี ใจดี", "phone": "0812345678", "preferred_language": "th"}
)
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


@extend_schema(tags=["accounts"])
class MyDataView(generics.GenericAPIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="me_data",
        summary="Everything the platform holds about you",
        description="Your right of access under the PDPA: the same JSON as the "
        '"download my data" button of the profile page.',
        responses={200: OpenApiTypes.OBJECT},
    )
    def get(self, request):
        return Response(services.user_data_export(user=request.user))


@request_example("Delete", {"password": "your current password"})
class AccountDeleteSerializer(serializers.Serializer):
    password = serializers.CharField(
        trim_whitespace=False, help_text="Your password, as the page asks for it."
    )


@extend_schema(tags=["accounts"])
class AccountDeleteView(generics.GenericAPIView):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = AccountDeleteSerializer

    @extend_schema(
        operation_id="me_delete",
        summary="Delete your account and personal data",
        description="Needs your password, as the page does; a wrong one is a 400 and "
        "nothing is deleted. Your API tokens stop working with the account.",
        responses={204: None},
    )
    def post(self, request):
        body = AccountDeleteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        form = forms.DeleteAccountForm(
            data=body.validated_data, user=request.user
        )  # the page's check
        if not form.is_valid():
            raise serializers.ValidationError({k: list(v) for k, v in form.errors.items()})
        services.user_account_delete(user=request.user, actor=request.user)
        logout(request._request)  # as the page does: a session ends with the account
        return Response(status=204)


@extend_schema(tags=["accounts"], summary="Role memberships inside your area (officers)")
class MembershipListView(generics.ListAPIView):
    serializer_class = MembershipSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["role", "level"]

    def get_queryset(self):
        return selectors.membership_list_visible_to(self.request.user)


@request_example("A read token", {"name": "สคริปต์รายงานจังหวัด", "scopes": ["read"]})
class ApiTokenSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(max_length=100)
    scopes = serializers.ListField(
        child=serializers.ChoiceField(choices=["read", "write"]), source="scope_list", min_length=1
    )
    prefix = serializers.CharField(read_only=True)
    created_at = serializers.DateTimeField(read_only=True)
    last_used_at = serializers.DateTimeField(read_only=True, allow_null=True)
    revoked_at = serializers.DateTimeField(read_only=True, allow_null=True)


class ApiTokenCreatedSerializer(ApiTokenSerializer):
    key = serializers.CharField(read_only=True, help_text="Shown once: keep it safe.")


@extend_schema(tags=["accounts"])
class ApiTokenListView(generics.GenericAPIView):
    """Your personal API tokens: list them, or make one (its key is in the answer, once)."""

    serializer_class = ApiTokenSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = None  # a person has a handful of tokens
    queryset = ApiToken.objects.none()  # for the schema; the answers are the user's own tokens

    @extend_schema(
        operation_id="tokens_list",
        summary="Your API tokens (never their keys)",
        responses=ApiTokenSerializer(many=True),
    )
    def get(self, request):
        tokens = request.user.api_tokens.all()
        return Response(ApiTokenSerializer(tokens, many=True).data)

    @extend_schema(
        operation_id="tokens_create",
        summary="Make a token; its key is in this answer only",
        description="In a signed-in session only (a request made with a token is "
        "refused with 403), so that a leaked key cannot make another.",
        request=ApiTokenSerializer,
        responses={201: ApiTokenCreatedSerializer},
    )
    def post(self, request):
        if isinstance(request.auth, ApiToken):
            # Otherwise whoever holds a leaked key could mint another before it is revoked.
            raise exceptions.PermissionDenied(
                _("Make tokens on your profile page or in a signed-in session, not with a token.")
            )
        body = ApiTokenSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        token, key = services.api_token_create(
            actor=request.user,
            name=body.validated_data["name"],
            scopes=body.validated_data["scope_list"],
        )
        token.key = key
        return Response(ApiTokenCreatedSerializer(token).data, status=201)


@extend_schema(tags=["accounts"])
class ApiTokenView(generics.GenericAPIView):
    """Revoke one of your tokens: it stops working at once (401)."""

    serializer_class = ApiTokenSerializer
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="tokens_revoke",
        summary="Revoke one of your tokens",
        responses={200: ApiTokenSerializer},
    )
    def delete(self, request, pk: int):
        token = request.user.api_tokens.filter(pk=pk).first()
        if token is None:
            raise Http404
        services.api_token_revoke(actor=request.user, token=token)
        return Response(ApiTokenSerializer(token).data)
