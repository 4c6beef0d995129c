from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VoiceConfig(AppConfig):
    """People Voice: the public's ratings of places and their complaints, with the right to reply."""

    name = "tscplus.voice"
    label = "voice"
    verbose_name = _("People Voice")
