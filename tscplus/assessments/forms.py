"""The self-assessment wizard's step form: one section's items, answered on a phone."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tscplus.standards.choices import AnswerValue


class SectionAnswersForm(forms.Form):
    """Fields `value_<item id>`, `note_<item id>` and `photo_<item id>` for each item of a section."""

    def __init__(self, *args: Any, items: list, answers: dict, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.items = items
        self.saved = answers
        for item in items:
            choices = [(AnswerValue.PASS, _("Pass")), (AnswerValue.FAIL, _("Fail"))]
            if item.allow_na:
                choices.append((AnswerValue.NOT_APPLICABLE, _("Not applicable")))
            saved = answers.get(item.pk)
            self.fields[f"value_{item.pk}"] = forms.ChoiceField(
                label=item.text,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                initial=saved.value if saved else None,
            )
            self.fields[f"note_{item.pk}"] = forms.CharField(
                label=_("Note"),
                required=False,
                max_length=500,
                initial=saved.note if saved else "",
            )
            self.fields[f"photo_{item.pk}"] = forms.FileField(
                label=_("Photo (JPEG, PNG or WebP, up to 5 MB)"),
                required=False,
                widget=forms.ClearableFileInput(
                    attrs={"accept": "image/jpeg,image/png,image/webp", "capture": "environment"}
                ),
            )

    def rows(self):
        for item in self.items:
            saved = self.saved.get(item.pk)
            has_photo = bool(saved and saved.evidence)
            yield (
                item,
                self[f"value_{item.pk}"],
                self[f"note_{item.pk}"],
                self[f"photo_{item.pk}"],
                has_photo,
            )

    def answers(self) -> dict[int, dict[str, str]]:
        """Only the items the person answered: an untouched item is left for later."""
        out = {}
        for item in self.items:
            value = self.cleaned_data.get(f"value_{item.pk}")
            if value:
                out[item.pk] = {
                    "value": value,
                    "note": self.cleaned_data.get(f"note_{item.pk}", ""),
                }
        return out

    def photos(self) -> dict[int, Any]:
        return {
            item.pk: f for item in self.items if (f := self.cleaned_data.get(f"photo_{item.pk}"))
        }
