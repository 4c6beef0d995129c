from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    """The learning organization's registers: the knowledge inventory, innovations, lessons."""

    name = "tscplus.learning"
    verbose_name = _("Learning organization")

    def ready(self) -> None:
        from tscplus.learning.indexing import (
            INNOVATION,
            LESSON,
            innovation_entries,
            lesson_entries,
        )
        from tscplus.search.registry import register

        register(INNOVATION, innovation_entries)
        register(LESSON, lesson_entries)
