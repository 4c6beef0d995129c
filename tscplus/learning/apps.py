from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    """The learning organization's registers: the knowledge inventory, innovations, lessons."""

    name = "tscplus.learning"
    verbose_name = _("Learning organization")

    def ready(self) -> None:
        from tscplus.accounts import personal_data
        from tscplus.learning import personal

        personal_data.register("innovations", personal.innovations)
        personal_data.register("lessons", personal.lessons)
        personal_data.register("lesson_comments", personal.lesson_comments)

        from tscplus.learning.indexing import (
            INNOVATION,
            LESSON,
            innovation_entries,
            lesson_entries,
        )
        from tscplus.search.registry import register

        register(INNOVATION, innovation_entries)
        register(LESSON, lesson_entries)
