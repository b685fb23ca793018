"""Forms of the results app: the targets of a period (one whole number per indicator) and freezing a report."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import DateInput, Form, PlanDateField
from microcity.core.models import Indicator
from microcity.impact.services import TARGET_MAX, TITLE_MAX


class TargetsForm(Form):
    """One field per indicator of the ledger's list; an empty field means "no target"."""

    def __init__(self, *args: Any, initial_values: dict[str, int] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, label in Indicator.choices:
            self.fields[value] = forms.IntegerField(
                label=label,
                required=False,
                min_value=0,
                max_value=TARGET_MAX,
                initial=(initial_values or {}).get(value),
            )

    def values(self) -> dict[str, int | None]:
        return {key: self.cleaned_data.get(key) for key in Indicator.values}


class FreezeForm(Form):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX)
    starts_on = PlanDateField(label=_("First day"), widget=DateInput())
    ends_on = PlanDateField(label=_("Last day"), widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            raise ValidationError(_("The last day comes before the first."))
        return data
