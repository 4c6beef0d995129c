"""The health-literacy self-check in the API: its statements, taking it anonymously, and how the
answers came out in aggregate (never one person's answers)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.exceptions import Throttled
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.middleware import client_ip
from tscplus.core.models import Province
from tscplus.core.rest import read_query, request_example
from tscplus.knowledge import selectors, services
from tscplus.knowledge.api.filters import SummaryFilters
from tscplus.knowledge.choices import Audience, Skill
from tscplus.knowledge.models import HLQuestion
from tscplus.knowledge.selfcheck import SKILL_TOPICS, weak_skills


class SelfCheckQuestionSerializer(serializers.ModelSerializer):
    class Meta:
        model = HLQuestion
        fields = ["id", "skill", "text_th", "text_en"]


@request_example(
    "Answers to every active question (ids from GET /api/v1/knowledge/self-check/)",
    {"audience": "public", "province": "50", "answers": {str(n): 1 + n % 5 for n in range(1, 19)}},
)
class SelfCheckInSerializer(serializers.Serializer):
    audience = serializers.ChoiceField(choices=Audience.choices)
    province = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=2,
        help_text="Optional two-digit province code.",
    )
    answers = serializers.DictField(
        child=serializers.IntegerField(min_value=1, max_value=5),
        help_text="Question id -> 1..5, every active question.",
    )


class SelfCheckOutSerializer(serializers.Serializer):
    scores = serializers.DictField(child=serializers.IntegerField())
    overall = serializers.IntegerField()
    level = serializers.CharField()
    recommendations = serializers.DictField(
        child=serializers.ListField(child=serializers.IntegerField())
    )


def _known_province(code: str | None) -> str | None:
    """The province the person named, if any; a code that names none is the person's error."""
    province = code or None
    if province and not Province.objects.filter(pk=province).exists():
        raise serializers.ValidationError({"province": [_("Unknown province code.")]})
    return province


def _answers_by_question(answers: dict[str, int]) -> dict[int, int]:
    """The answers keyed by question id; a key that cannot be an id is named in the error."""
    by_id = {}
    for key, value in answers.items():
        if not str(key).isdigit():
            raise serializers.ValidationError(
                {"answers": {str(key): [_("There is no such question.")]}}
            )
        by_id[int(key)] = value
    return by_id


def _api_errors(exc: DjangoValidationError) -> dict[str, Any]:
    """The service names a missing answer as the page's field (q12); here it is answers.12."""
    errors: dict = {}
    for key, messages in exc.message_dict.items():
        if key.startswith("q") and key[1:].isdigit():
            errors.setdefault("answers", {})[key[1:]] = messages
        else:
            errors[key] = messages
    return errors


def _recommendations(request: Request, scores: dict[str, int]) -> dict[str, list[int]]:
    """Up to three items to read for each weak skill, as the page recommends them."""
    return {
        skill: list(
            selectors.items_for_reader(request.user, topic=SKILL_TOPICS[Skill(skill)]).values_list(
                "pk", flat=True
            )[:3]
        )
        for skill in weak_skills(scores)
    }


@extend_schema(tags=["knowledge"])
class SelfCheckView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="The self-check's statements",
        responses={200: SelfCheckQuestionSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        return Response(
            SelfCheckQuestionSerializer(HLQuestion.objects.filter(active=True), many=True).data
        )

    @extend_schema(
        summary="Take the self-check (anonymous)",
        request=SelfCheckInSerializer,
        description="20 an hour from one address, counted with the page's (429 past "
        "that, with `Retry-After`).",
        responses={201: SelfCheckOutSerializer},
    )
    def post(self, request: Request) -> Response:
        body = SelfCheckInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        province = _known_province(data.get("province"))
        answers = _answers_by_question(data["answers"])
        if wait := services.SELF_CHECK_LIMIT.wait(client_ip(request)):
            raise Throttled(wait=wait)
        try:
            response = services.selfcheck_submit(
                audience=data["audience"], province_id=province, answers=answers
            )
        except DjangoValidationError as exc:
            raise serializers.ValidationError(_api_errors(exc)) from None
        out = {
            "scores": response.scores,
            "overall": response.overall,
            "level": response.level,
            "recommendations": _recommendations(request, response.scores),
        }
        return Response(out, status=status.HTTP_201_CREATED)


class SelfCheckSummarySerializer(serializers.Serializer):
    total = serializers.IntegerField()
    overall = serializers.FloatField(allow_null=True, help_text="Mean overall score, 0-100.")
    skills = serializers.DictField(
        child=serializers.FloatField(allow_null=True),
        help_text="Mean score of each skill, 0-100.",
    )
    levels = serializers.DictField(
        child=serializers.IntegerField(), help_text="How many at each level."
    )


@extend_schema(tags=["knowledge"])
class SelfCheckSummaryView(APIView):
    """Counts and means only: no single response is ever shown."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="How the self-checks came out, by audience and province",
        parameters=[SummaryFilters],
        responses={200: SelfCheckSummarySerializer},
    )
    def get(self, request: Request) -> Response:
        params = read_query(request, SummaryFilters)
        province = params.get("province")
        summary = selectors.selfcheck_summary(
            audience=params.get("audience", ""), province_id=province.pk if province else ""
        )
        return Response(SelfCheckSummarySerializer(summary).data)
