"""Form widgets shared by every app.

The browser's date and time pickers read and write ISO values (2026-11-02, 2026-11-02T09:30)
whatever the page's language; Django would otherwise fill them in the active locale's format
(02/11/2026 on Thai pages), which a picker cannot show, so the field would look empty on edit.
"""

from django import forms


class ISODateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class ISODateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")
