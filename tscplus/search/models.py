"""One row per searchable thing (a knowledge item; later innovations and lessons), whatever app
owns it. The full-text index itself lives beside it in a backend table (see `backends.py`)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    scope = models.CharField(_("scope"), max_length=30)  # "knowledge", ...
    object_id = models.PositiveBigIntegerField(_("object"))
    language = models.CharField(_("language"), max_length=5, default="th")
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"), blank=True)  # plain text, for snippets
    # Facets, each value between bars ("|public|staff|") so one LIKE finds it on both databases.
    kind = models.CharField(_("kind"), max_length=20, blank=True)
    audiences = models.CharField(_("audiences"), max_length=100, blank=True)
    topics = models.CharField(_("topics"), max_length=300, blank=True)
    restricted = models.BooleanField(_("staff only"), default=False)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(fields=["scope", "object_id"], name="search_doc_unique")
        ]
        # What a search filters and counts on, for each full-text match looked up by id: read
        # from this narrow index instead of the rows that also carry the text.
        indexes = [
            models.Index(
                fields=["id", "scope", "restricted", "kind", "audiences", "topics"],
                name="search_doc_facets",
            )
        ]

    def __str__(self) -> str:
        return f"{self.scope}:{self.object_id} {self.title}"


class SynonymSet(models.Model):
    """Words that mean the same to a person searching (หน้ากากอนามัย, มาสก์, mask): a search for
    any of them also finds the others. Kept by knowledge editors on their desk."""

    terms = models.TextField(
        _("words that mean the same"),
        help_text=_("Separated by commas: Thai words, loanwords, abbreviations, English terms."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")

    def __str__(self) -> str:
        return self.terms[:200]

    @property
    def term_list(self) -> list[str]:
        return [t.strip() for t in self.terms.split(",") if t.strip()]
