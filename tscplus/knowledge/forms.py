"""Forms of the knowledge hub: search, items (editors), review, search synonyms (editors),
feedback and the self-check."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tscplus.core.datefields import reader_date_formfield
from tscplus.core.forms import AreaChoiceField
from tscplus.core.models import Province
from tscplus.knowledge.choices import Audience, Kind
from tscplus.knowledge.models import HLQuestion, KnowledgeItem, Topic

SCALE = [
    (5, _("Always / fully")),
    (4, _("Often")),
    (3, _("Sometimes")),
    (2, _("Rarely")),
    (1, _("Never / not at all")),
]


class SearchForm(forms.Form):
    """The one search box, with its facets. Anything typed is accepted (see search.selectors)."""

    q = forms.CharField(label=_("Search"), required=False, max_length=1000)
    audience = forms.ChoiceField(
        label=_("For"), required=False, choices=[("", _("Everyone")), *Audience.choices]
    )
    topic = forms.CharField(required=False, max_length=40)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Kind.choices]
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)
    # The words as typed: no spelling correction (the "search for what I typed" link).
    exact = forms.BooleanField(required=False)


class TopicChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Topic) -> str:
        return obj.name


class ItemForm(forms.ModelForm):
    topics = TopicChoices(
        label=_("Topics"), queryset=Topic.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    faq_text = forms.CharField(
        label=_("Questions and answers"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "For questions and answers: a line starting with “Q:” then a line starting "
            "with “A:”, for each pair."
        ),
    )
    fix_codes = forms.CharField(
        label=_("Fixes these checklist items"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line: a standard's code and an item code, e.g. “tsc-food 1.1”; "
            "“tsc-* 1.1” means that item of every TSC+ standard."
        ),
    )
    image_upload = forms.ImageField(
        label=_("Image"), required=False, help_text=_("JPEG, PNG or WebP, up to 5 MB.")
    )
    document_upload = forms.FileField(
        label=_("PDF document"), required=False, help_text=_("A PDF with text, up to 20 MB.")
    )
    note = forms.CharField(label=_("What changed"), required=False, max_length=300)
    video_url = forms.URLField(label=_("video link"), required=False, assume_scheme="https")

    class Meta:
        model = KnowledgeItem
        fields = [
            "kind",
            "language",
            "translation_of",
            "title",
            "summary",
            "body",
            "image_alt",
            "video_url",
            "for_public",
            "for_establishments",
            "for_staff",
            "staff_only",
            "topics",
            "tags",
            "source",
            "publish_at",
        ]
        formfield_callback = reader_date_formfield
        widgets = {
            "body": forms.Textarea(attrs={"rows": 14}),
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translation_of = self.fields["translation_of"]
        assert isinstance(translation_of, forms.ModelChoiceField)  # the model's foreign key
        translation_of.queryset = KnowledgeItem.objects.filter(language="th")
        # Django lets a field's label function be replaced per instance; mypy holds methods fixed
        # (and reads the function as if it were bound).
        translation_of.label_from_instance = lambda item: item.title  # type: ignore[method-assign,assignment]
        if self.instance.pk:
            self.initial.setdefault(
                "faq_text",
                "\n".join(f"Q: {e.question}\nA: {e.answer}" for e in self.instance.faq.all()),
            )
            self.initial.setdefault(
                "fix_codes",
                "\n".join(
                    f"{link.standard.code} {link.item_code}"
                    for link in self.instance.fix_links.select_related("standard")
                ),
            )

    def clean_faq_text(self) -> list[tuple[str, str]]:
        pairs: list[tuple[str, str]] = []
        question = None
        for number, line in enumerate(self.cleaned_data["faq_text"].splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            head, _sep, rest = line.partition(":")
            head = head.strip().upper()
            if head in {"Q", "ถ"} and question is None:
                question = rest.strip()
            elif head in {"A", "ต"} and question:
                pairs.append((question, rest.strip()))
                question = None
            else:
                raise forms.ValidationError(
                    _("Line %(n)s: expected “Q:” then “A:”.") % {"n": number}
                )
        if question:
            raise forms.ValidationError(_("The last question has no answer."))
        return pairs

    def clean_fix_codes(self) -> list[tuple[int, str]]:
        from tscplus.standards.selectors import standards_with_active_item

        links: list[tuple[int, str]] = []
        for number, line in enumerate(self.cleaned_data["fix_codes"].splitlines(), start=1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) != 2:
                raise forms.ValidationError(
                    _("Line %(n)s: write a standard's code and an item code.") % {"n": number}
                )
            code, item_code = parts
            ids = standards_with_active_item(code, item_code)
            if not ids:
                raise forms.ValidationError(
                    _("Line %(n)s: no active checklist item %(item)s in %(standard)s.")
                    % {"n": number, "item": item_code, "standard": code}
                )
            links += [(standard_id, item_code) for standard_id in sorted(ids)]
        return links


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[("approve", _("Approve and publish")), ("return", _("Return to the author"))],
    )
    note = forms.CharField(
        label=_("Note to the author"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SynonymForm(forms.Form):
    """A set of the search synonym dictionary (search.services.synonym_save checks it)."""

    terms = forms.CharField(
        label=_("Words that mean the same"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Separate the words with commas, for example: หน้ากากอนามัย, มาสก์, mask. "
            "A search for any of them also finds the others."
        ),
    )


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this helpful?"),
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        choices=[("yes", _("Yes")), ("no", _("No"))],
    )
    comment = forms.CharField(
        label=_("What could be better? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SelfCheckForm(forms.Form):
    audience = forms.ChoiceField(
        label=_("I am answering as"), choices=Audience.choices, widget=forms.RadioSelect
    )
    province = AreaChoiceField(
        label=_("Province (optional)"),
        required=False,
        queryset=Province.objects.all(),
        help_text=_("Only used to count results by province; nothing identifies you."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = list(HLQuestion.objects.filter(active=True))
        for question in self.questions:
            self.fields[f"q{question.pk}"] = forms.TypedChoiceField(
                label=question.text,
                choices=SCALE,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer from 1 to 5.")},
            )

    def question_fields(self):
        return [self[f"q{q.pk}"] for q in self.questions]

    def answers(self) -> dict[int, int]:
        return {q.pk: self.cleaned_data[f"q{q.pk}"] for q in self.questions}
