"""Forms of the job pages: the contract and its signing, a document received before the first day, a
timesheet entry, and the search of the list of youths at work. They check what a person can fix on the
page; the law's rules (age limits, the minimum wage, working time) are checked by the services."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import Form, HistoryDateField, PlanDateField
from microcity.summerjobs.models import Placement, StartDocumentKind
from microcity.summerjobs.widgets import TimeInput


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class ContractForm(Form):
    starts_on = PlanDateField(label=_("First working day"), widget=DateInput())
    ends_on = PlanDateField(label=_("Last working day"), widget=DateInput())
    hours_per_day = forms.DecimalField(
        label=_("Hours a day"),
        max_digits=3,
        decimal_places=1,
        min_value=Decimal("0.5"),
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
    )
    hourly_rate = forms.DecimalField(
        label=_("Gross pay per hour"),
        max_digits=7,
        decimal_places=4,
        min_value=Decimal("0"),
        widget=forms.NumberInput(attrs={"step": "0.0001", "inputmode": "decimal"}),
    )

    def __init__(self, *args: Any, minimum_rate: Decimal | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if minimum_rate is not None:
            self.fields["hourly_rate"].help_text = _("At least %(minimum)s (the minimum wage pro rata).") % {
                "minimum": minimum_rate
            }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The last working day cannot be before the first."))
        return data

    def terms(self) -> dict[str, Any]:
        return {
            name: self.cleaned_data[name] for name in ("starts_on", "ends_on", "hours_per_day", "hourly_rate")
        }


class SignForm(Form):
    signed_on = HistoryDateField(label=_("The youth signed the contract on"), widget=DateInput())


class DocumentForm(Form):
    """One document of the checklist; the page has one per required kind (the prefix keeps ids apart)."""

    received_on = HistoryDateField(label=_("Received on"), widget=DateInput())
    note = forms.CharField(
        label=_("Note"),
        max_length=250,
        required=False,
        help_text=_("For example who issued it; no copies of the document here."),
    )

    def __init__(self, *args: Any, kind: StartDocumentKind, **kwargs: Any) -> None:
        kwargs["prefix"] = f"doc-{kind}"
        super().__init__(*args, **kwargs)
        self.kind = kind


class TimesheetEntryForm(Form):
    day = PlanDateField(label=_("Date"), widget=DateInput())
    start = forms.TimeField(label=_("Work started"), widget=TimeInput())
    end = forms.TimeField(label=_("Work ended"), widget=TimeInput())
    break_minutes = forms.IntegerField(
        label=_("Break (minutes)"),
        help_text=_("One break taken at once: short pauses do not add up to the break the law requires."),
        min_value=0,
        max_value=24 * 60,
        initial=0,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


def _placement_label(placement: Placement) -> str:
    return f"{placement.workplace} — {placement.organisation.name}"


class JobSearchForm(Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    placement = forms.ModelChoiceField(
        label=_("Placement"),
        required=False,
        queryset=Placement.objects.none(),
        empty_label=_("All placements"),
    )

    def __init__(self, *args: Any, placements: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["placement"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = placements
        field.label_from_instance = _placement_label  # type: ignore[method-assign,assignment]
