"""The learning organization's registers: innovations the mission created."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tscplus.learning.choices import Stage


class Innovation(models.Model):
    """Something new the teams made to serve the mission better: the problem, the solution, its
    stage and what it achieved, measured."""

    title = models.CharField(_("title"), max_length=200)
    problem = models.TextField(_("problem"))
    solution = models.TextField(_("solution"))
    unit = models.CharField(_("unit or team"), max_length=200)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.IDEA)
    started_on = models.DateField(_("started on"))
    results = models.TextField(_("results"), blank=True)
    measures = models.TextField(_("measures"), blank=True,
                                help_text=_("One measure per line, e.g. 'time to certify: 14 -> 3 days'."))  # fmt: skip
    evidence_url = models.URLField(_("evidence (link)"), blank=True)
    knowledge_items = models.ManyToManyField("knowledge.KnowledgeItem", blank=True,
                                             related_name="innovations",
                                             verbose_name=_("related knowledge items"))  # fmt: skip
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")  # fmt: skip
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-started_on", "title"]
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")

    def __str__(self) -> str:
        return self.title

    def measure_lines(self) -> list[str]:
        return [line.strip() for line in self.measures.splitlines() if line.strip()]
