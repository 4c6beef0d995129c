from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VoiceConfig(AppConfig):
    """People Voice: the public's ratings of places and their complaints, with the right to reply."""

    name = "tscplus.voice"
    label = "voice"
    verbose_name = _("People Voice")

    def ready(self) -> None:
        # The QR verification page (assessments, below us) shows each place's rating summary.
        from tscplus.assessments.selectors import verify_rating_source_register
        from tscplus.voice.models import PlaceRating
        from tscplus.voice.ratings import stars_text

        verify_rating_source_register(model=PlaceRating, stars=stars_text)
