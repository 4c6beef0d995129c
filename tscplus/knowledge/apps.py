from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    """The health-literacy hub: knowledge items, their editorial workflow, how-to-fix links to the
    checklists, and the health-literacy self-check."""

    name = "tscplus.knowledge"
    label = "knowledge"
    verbose_name = _("Knowledge hub")

    def ready(self) -> None:
        from tscplus.accounts import personal_data
        from tscplus.knowledge.personal import items_written

        personal_data.register("knowledge_items", items_written)

        from tscplus.knowledge.indexing import entries
        from tscplus.search.registry import register

        register("knowledge", entries)

        # Editors land on the editorial desk after logging in.
        from tscplus.accounts import landing
        from tscplus.accounts.choices import Role

        landing.register(Role.KNOWLEDGE_EDITOR, "knowledge:editor", order=40)
