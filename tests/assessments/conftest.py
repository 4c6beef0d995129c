import pytest

from tests.factories import answer_all, establishment
from tscplus.assessments import services
from tscplus.assessments.models import Certificate
from tscplus.standards.models import StandardVersion


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def place():
    return establishment(subdistrict="500105")


@pytest.fixture
def certificate(place):
    a = services.assessment_start(
        actor=place.owner,
        establishment=place,
        version=StandardVersion.objects.get(standard__code="tsc-food", status="active"),
    )
    answer_all(a)
    services.assessment_submit(actor=place.owner, assessment=a)
    return Certificate.objects.get()
