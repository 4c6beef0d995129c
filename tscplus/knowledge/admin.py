"""The knowledge hub in the admin: the topic taxonomy and the self-check's statements are edited
here (audited); items go through the editors' desk, where the workflow lives, so they are
read-only here."""

from django.contrib import admin

from tscplus.core.admin import AuditedAdminMixin, ReadOnlyAdminMixin
from tscplus.knowledge.models import Feedback, HLQuestion, KnowledgeItem, Topic


@admin.register(Topic)
class TopicAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "order"]
    search_fields = ["code", "name_th", "name_en"]


@admin.register(HLQuestion)
class HLQuestionAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["order", "skill", "text_th", "active"]
    list_filter = ["skill", "active"]


@admin.register(KnowledgeItem)
class KnowledgeItemAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "language", "status", "published_at", "view_count"]
    list_filter = ["status", "kind", "language", "topics"]
    search_fields = ["title", "tags"]


@admin.register(Feedback)
class FeedbackAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["item", "helpful", "comment", "created_at"]
    list_filter = ["helpful"]
    list_select_related = ["item"]
