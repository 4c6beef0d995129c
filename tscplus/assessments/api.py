"""Assessments (create a draft, save answers, submit) and certificates (read, verify, PDF).
Same services and the same scope as the pages."""

from django.http import HttpResponse
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.assessments import documents, selectors, services
from tscplus.assessments.models import Assessment, Certificate
from tscplus.assessments.permissions import require_answer
from tscplus.core.language import reader_language
from tscplus.core.rest import request_example
from tscplus.places.permissions import require_manage
from tscplus.places.selectors import establishment_get_for_user
from tscplus.standards.choices import AnswerValue
from tscplus.standards.selectors import versions_in_force


class AnswerInSerializer(serializers.Serializer):
    item = serializers.IntegerField()
    value = serializers.ChoiceField(choices=AnswerValue.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=500)


@request_example(
    "Answer two items",
    {
        "answers": [
            {"item": 41, "value": "pass"},
            {"item": 42, "value": "fail", "note": "เจลหมด สั่งซื้อแล้ว"},
        ]
    },
)
class AnswersInSerializer(serializers.Serializer):
    answers = AnswerInSerializer(many=True, allow_empty=False)


class AssessmentSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id", read_only=True)
    answers = serializers.SerializerMethodField()
    certificate = serializers.SerializerMethodField()
    failed_last_time = serializers.SerializerMethodField(
        help_text="Items of this version that failed in the assessment it was filled in from "
        "(`based_on`): a re-assessment's draft starts from that one's answers and photos."
    )

    class Meta:
        model = Assessment
        fields = [
            "id",
            "establishment",
            "version",
            "kind",
            "status",
            "created_at",
            "submitted_at",
            "score",
            "passed",
            "based_on",
            "failed_last_time",
            "answers",
            "certificate",
        ]

    def get_answers(self, obj) -> list[dict]:
        return [
            {"item": a.item_id, "value": a.value, "note": a.note, "has_photo": bool(a.evidence)}
            for a in obj.answers.all()
        ]

    def get_failed_last_time(self, obj) -> list[int]:
        return sorted(selectors.assessment_failed_before(obj))

    def get_certificate(self, obj) -> str | None:
        certificate = getattr(obj, "certificate", None)
        return certificate.number if certificate else None


@request_example("Start a self-assessment", {"establishment": "P7K2M9QX", "version": 3})
class AssessmentCreateSerializer(serializers.Serializer):
    establishment = serializers.CharField()
    version = serializers.PrimaryKeyRelatedField(queryset=versions_in_force())


class CertificateSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id", read_only=True)
    establishment_name = serializers.CharField(source="establishment.name_th", read_only=True)
    standard = serializers.CharField(source="version.standard.code", read_only=True)
    standard_name_th = serializers.CharField(source="version.standard.name_th", read_only=True)
    standard_name_en = serializers.CharField(source="version.standard.name_en", read_only=True)
    version_number = serializers.IntegerField(source="version.number", read_only=True)
    status = serializers.CharField(source="live_status", read_only=True)

    class Meta:
        model = Certificate
        fields = [
            "number",
            "establishment",
            "establishment_name",
            "standard",
            "standard_name_th",
            "standard_name_en",
            "version_number",
            "status",
            "issued_at",
            "expires_on",
        ]


@extend_schema(
    tags=["assessments"],
    summary="Start (or resume) a draft self-assessment",
    description="A new draft is filled in from the place's last submitted self-assessment of "
    "the same standard (answers, notes and photos; after a new version, the items still in it), "
    "and `failed_last_time` names the items that failed then. The answers can all be changed.",
    request=AssessmentCreateSerializer,
    responses={201: AssessmentSerializer},
)
class AssessmentCreateView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request):
        data = AssessmentCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        place = establishment_get_for_user(request.user, data.validated_data["establishment"])
        require_manage(request.user, place)
        assessment = services.assessment_start(
            actor=request.user, establishment=place, version=data.validated_data["version"]
        )
        return Response(AssessmentSerializer(assessment).data, status=status.HTTP_201_CREATED)


@extend_schema(tags=["assessments"], summary="An assessment you own or oversee, with its answers")
class AssessmentDetailView(generics.RetrieveAPIView):
    serializer_class = AssessmentSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return selectors.assessment_get_for_user(self.request.user, self.kwargs["pk"])


@extend_schema(
    tags=["assessments"],
    summary="Save answers (all or nothing; 400 names unknown items)",
    request=AnswersInSerializer,
    responses={200: AssessmentSerializer},
)
class AnswersView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def patch(self, request, pk):
        assessment = selectors.assessment_get_for_user(request.user, pk)
        require_answer(request.user, assessment)
        data = AnswersInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        answers = {
            a["item"]: {"value": a["value"], "note": a.get("note", "")}
            for a in data.validated_data["answers"]
        }
        services.assessment_save_answers(actor=request.user, assessment=assessment, answers=answers)
        return Response(AssessmentSerializer(Assessment.objects.get(pk=pk)).data)


@extend_schema(
    tags=["assessments"],
    summary="Submit: scored on the server; a pass issues the certificate. Idempotent.",
    request=None,
    responses={200: AssessmentSerializer},
)
class SubmitView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, pk):
        assessment = selectors.assessment_get_for_user(request.user, pk)
        require_answer(request.user, assessment)
        assessment = services.assessment_submit(actor=request.user, assessment=assessment)
        return Response(AssessmentSerializer(assessment).data)


@extend_schema(tags=["certificates"], summary="Certificates of the places you own or oversee")
class CertificateListView(generics.ListAPIView):
    serializer_class = CertificateSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["status"]

    def get_queryset(self):
        return (
            Certificate.objects.visible_to(self.request.user)
            .select_related("establishment", "version__standard")
            .order_by("-issued_at", "pk")
        )


@extend_schema(
    tags=["certificates"],
    summary="Verify a certificate by the token in its QR code (public)",
    responses={200: CertificateSerializer},
)
class VerifyView(APIView):
    permission_classes = [permissions.AllowAny]
    throttle_scope = "verify"

    def get(self, request, token):
        certificate = selectors.certificate_for_verification(token)
        if certificate is None:
            from rest_framework.exceptions import NotFound

            raise NotFound(translation.gettext("This certificate is not in the registry"))
        return Response(CertificateSerializer(certificate).data)


@extend_schema(
    tags=["certificates"],
    summary="The certificate as PDF",
    responses={(200, "application/pdf"): OpenApiTypes.BINARY},
)
class CertificatePdfView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request, number):
        certificate = selectors.certificate_get_for_user(request.user, number)
        pdf = documents.certificate_pdf(certificate, language=reader_language())
        return HttpResponse(pdf, content_type="application/pdf")
