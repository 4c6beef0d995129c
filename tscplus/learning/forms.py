from django import forms
from django.db.models import Q

from tscplus.core.datefields import reader_date_formfield
from tscplus.core.language import reader_language
from tscplus.learning.models import ASSET_FIELDS, Innovation, KnowledgeAsset, Lesson


class AssetForm(forms.ModelForm):
    class Meta:
        model = KnowledgeAsset
        fields = list(ASSET_FIELDS)
        formfield_callback = reader_date_formfield
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "importance": forms.NumberInput(attrs={"min": 1, "max": 5}),
            "necessity": forms.NumberInput(attrs={"min": 1, "max": 5}),
        }


class InnovationForm(forms.ModelForm):
    evidence_url = forms.URLField(
        label=Innovation._meta.get_field("evidence_url").verbose_name,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = Innovation
        fields = [
            "title",
            "problem",
            "solution",
            "unit",
            "stage",
            "started_on",
            "results",
            "measures",
            "evidence_url",
            "knowledge_items",
        ]
        formfield_callback = reader_date_formfield
        widgets = {
            "problem": forms.Textarea(attrs={"rows": 3}),
            "solution": forms.Textarea(attrs={"rows": 3}),
            "results": forms.Textarea(attrs={"rows": 3}),
            "measures": forms.Textarea(attrs={"rows": 3}),
            "knowledge_items": forms.SelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, **kwargs):
        from tscplus.knowledge.selectors import items_public

        super().__init__(*args, **kwargs)
        # Items in the page's language, and any already linked whatever their language.
        linked = self.instance.knowledge_items.all() if self.instance.pk else items_public().none()
        self.fields["knowledge_items"].queryset = (
            items_public()
            .filter(Q(language=reader_language()) | Q(pk__in=linked.values("pk")))
            .order_by("title")
        )


class LessonForm(forms.ModelForm):
    class Meta:
        model = Lesson
        fields = ["community", "kind", "title", "body", "tags"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


class CommentForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
