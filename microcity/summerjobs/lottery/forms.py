"""Forms of the lottery's pages: the coordinator's kind of run and the public lottery check."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import Form
from microcity.summerjobs.models import (
    MatchRunKind,
)


class RunForm(Form):
    kind = forms.ChoiceField(label=_("Kind of run"), choices=MatchRunKind.choices)


class LotteryLookupForm(Form):
    """The public lottery check: find one application's number."""

    number = forms.IntegerField(label=_("Application number"), min_value=1, max_value=2**31 - 1)
