"""The short feedback form after a summer job, worded for the youth or for the employer."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import Form
from microcity.summerjobs.models import Answer, FeedbackRole

TEXT_MAX = 2000
RATINGS = [
    ("5", _("5 — excellent")),
    ("4", _("4 — good")),
    ("3", _("3 — all right")),
    ("2", _("2 — poor")),
    ("1", _("1 — very poor")),
]


class RadioGroup(forms.RadioSelect):
    """Radios whose group points at its first radio, so that the error summary's link lands on it."""

    def id_for_label(self, id_: str, index: str | None = None) -> str:
        return super().id_for_label(id_, "0" if index is None else index)


class FeedbackForm(Form):
    rating = forms.TypedChoiceField(
        choices=RATINGS, coerce=int, widget=RadioGroup, error_messages={"required": _("Choose a rating.")}
    )
    would_repeat = forms.ChoiceField(
        choices=Answer.choices, widget=RadioGroup, error_messages={"required": _("Choose an answer.")}
    )
    would_offer_without_programme = forms.ChoiceField(
        label=_(
            "Would your organisation have offered this job to a young person without the programme's support?"
        ),
        choices=Answer.choices,
        widget=RadioGroup,
        error_messages={"required": _("Choose an answer.")},
    )
    learned = forms.CharField(required=False, max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 3}))
    comment = forms.CharField(
        label=_("Anything else you would like to tell the city (optional)"),
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, role: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.role = role
        if role == FeedbackRole.YOUTH:
            self.fields["rating"].label = _("How was your summer job overall?")
            self.fields["would_repeat"].label = _("Would you like to work in this profession in the future?")
            self.fields["learned"].label = _("What did you learn? (optional)")
            del self.fields["would_offer_without_programme"]
        else:
            self.fields["rating"].label = _("How did the youth do overall?")
            self.fields["would_repeat"].label = _("Would you take this youth on again?")
            self.fields["learned"].label = _("What did the youth learn? (optional)")

    @property
    def radio_fields(self) -> list[forms.BoundField]:
        return [
            self[name]
            for name in ("rating", "would_repeat", "would_offer_without_programme")
            if name in self.fields
        ]

    @property
    def text_fields(self) -> list[forms.BoundField]:
        return [self["learned"], self["comment"]]
