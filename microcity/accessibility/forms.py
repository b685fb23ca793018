"""The barrier report (anyone) and the editor's answer."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import Form
from microcity.core.models import City

DESCRIPTION_MAX = 5000
REPLY_MAX = 5000


class ReportForm(Form):
    city = forms.ModelChoiceField(
        label=_("Which city's pages"),
        queryset=City.objects.none(),
        empty_label=None,
        help_text=_("Your report goes to this city's content editors."),
    )
    page_url = forms.CharField(
        label=_("Page or document (address or name)"),
        required=False,
        max_length=500,
        help_text=_("Where you met the barrier, if you know."),
    )
    description = forms.CharField(
        label=_("What is the barrier?"),
        max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "What you tried to do and what stopped you. You may also ask for the content in another format."
        ),
        error_messages={"required": _("Describe the barrier.")},
    )
    assistive_technology = forms.CharField(
        label=_("Assistive technology you use (optional)"),
        required=False,
        max_length=200,
        help_text=_("For example a screen reader, magnification or voice control, and the browser."),
    )
    name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=200)
    email = forms.EmailField(
        label=_("Your e-mail"),
        help_text=_("We send the answer here and use it for nothing else."),
        error_messages={"required": _("Give an e-mail address for the answer.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: forms.ModelChoiceField = self.fields["city"]  # type: ignore[assignment]
        field.queryset = City.objects.filter(is_active=True).order_by("slug")
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"


class ReplyForm(Form):
    reply = forms.CharField(
        label=_("Answer to the person who reported it"),
        max_length=REPLY_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Sent by e-mail in the language they wrote in. Say what you fixed, or how they get the content now."
        ),
        error_messages={"required": _("Write the answer first.")},
    )
