"""Forms of the makerspace: booking, inductions, machine status, usage, the opening year and the report's
period. All derive from core.forms: control characters stripped, lengths and dates bounded."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import DateInput, Form, HistoryDateField, PlanDateField
from microcity.makerspace.models import Consumable, Equipment, EquipmentStatus, MachineKind, MemberType

WEEKDAY_NAMES = [
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
]


class BookingForm(Form):
    """The slot comes from the week grid (`start`); the member chooses how long and, the first time, their
    member type."""

    start = forms.CharField(widget=forms.HiddenInput, max_length=40)
    minutes = forms.TypedChoiceField(label=_("How long"), coerce=int)
    member_type = forms.ChoiceField(
        label=_("Member type"),
        choices=[("", "—"), *MemberType.choices],
        required=False,
        help_text=_("Chosen once: your prices follow it."),
    )
    purpose = forms.CharField(label=_("What you will make (optional)"), max_length=200, required=False)

    def __init__(self, *args: Any, equipment: Equipment, needs_type: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        step = equipment.slot_minutes
        self.fields["minutes"].choices = [  # type: ignore[attr-defined]
            (
                m,
                _("%(h)s h %(m)s min") % {"h": m // 60, "m": m % 60}
                if m % 60
                else _("%(h)s h") % {"h": m // 60},
            )
            if m >= 60
            else (m, _("%(m)s min") % {"m": m})
            for m in range(step, equipment.max_booking_minutes + 1, step)
        ]
        if not needs_type:
            del self.fields["member_type"]
        else:
            self.fields["member_type"].required = True

    def clean_start(self) -> dt.datetime:
        try:
            moment = dt.datetime.fromisoformat(self.cleaned_data["start"])
        except ValueError as error:
            raise ValidationError(_("Choose a time from the list.")) from error
        if timezone.is_naive(moment) or not 2000 <= moment.year <= 2100:
            raise ValidationError(_("Choose a time from the list."))
        return moment


class InductionForm(Form):
    email = forms.EmailField(label=_("The person's e-mail"), max_length=254)
    kind = forms.ChoiceField(label=_("Machine kind"), choices=MachineKind.choices)
    passed_on = HistoryDateField(label=_("Passed on"), widget=DateInput, initial=timezone.localdate)
    months = forms.IntegerField(label=_("Valid for (months)"), min_value=1, max_value=60, initial=24)


class StatusForm(Form):
    status = forms.ChoiceField(label=_("Status"), choices=EquipmentStatus.choices)
    until = PlanDateField(
        label=_("Out of order until"),
        widget=DateInput,
        required=False,
        help_text=_("Leave empty for “until further notice”. Bookings until then are cancelled."),
    )


class UsageForm(Form):
    minutes = forms.IntegerField(label=_("Minutes used"), min_value=1, max_value=24 * 60)

    def __init__(self, *args: Any, consumables: list[Consumable], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.consumables = consumables
        for item in consumables:
            self.fields[f"c{item.pk}"] = forms.DecimalField(
                label=f"{item.name} ({item.unit}, {item.unit_price} EUR)",
                min_value=Decimal("0"),
                max_value=Decimal("100000"),
                max_digits=9,
                decimal_places=3,
                required=False,
            )

    def quantities(self) -> dict[int, Decimal]:
        return {item.pk: self.cleaned_data.get(f"c{item.pk}") or Decimal("0") for item in self.consumables}


CLOSED_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\.?\s*(.*)$")


def parse_day(text: str) -> dt.date:
    if "-" in text:
        return dt.date.fromisoformat(text)
    day, month, year = (int(part) for part in text.split("."))
    return dt.date(year, month, day)


class OpeningYearForm(Form):
    """A year in one form: the week's hours (one span a day) and the closed days, one a line."""

    calendar_year = forms.IntegerField(label=_("Year"), min_value=2020, max_value=2100)
    closed = forms.CharField(
        label=_("Closed days"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
        max_length=5000,
        help_text=_("One a line: the date (24.12.2027 or 2027-12-24), then the reason."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for weekday, name in enumerate(WEEKDAY_NAMES):
            self.fields[f"opens_{weekday}"] = forms.TimeField(
                label=_("%(day)s: opens") % {"day": name},
                required=False,
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )
            self.fields[f"closes_{weekday}"] = forms.TimeField(
                label=_("%(day)s: closes") % {"day": name},
                required=False,
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )

    def day_fields(self) -> list[tuple[Any, Any]]:
        return [(self[f"opens_{n}"], self[f"closes_{n}"]) for n in range(7)]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        weekly = []
        for weekday in range(7):
            opens, closes = data.get(f"opens_{weekday}"), data.get(f"closes_{weekday}")
            if (opens is None) != (closes is None):
                self.add_error(f"closes_{weekday}", _("Give both times, or neither for a closed day."))
            elif opens is not None and closes is not None:
                if opens >= closes:
                    self.add_error(f"closes_{weekday}", _("The closing time must be after the opening time."))
                else:
                    weekly.append((weekday, opens, closes))
        closed = []
        for number, line in enumerate((data.get("closed") or "").splitlines(), start=1):
            if not line.strip():
                continue
            match = CLOSED_LINE.match(line)
            try:
                if match is None:
                    raise ValueError(line)
                closed.append((parse_day(match.group(1)), match.group(2).strip()[:100]))
            except ValueError:
                self.add_error("closed", _("Line %(n)s is not a date and a reason.") % {"n": number})
        data["weekly"], data["closed_days"] = weekly, closed
        return data


class PeriodForm(Form):
    first = PlanDateField(label=_("From"), widget=DateInput)
    last = PlanDateField(label=_("Until"), widget=DateInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("first"), data.get("last")
        if first and last and (last < first or (last - first).days > 366):
            raise ValidationError(_("Choose a period of at most a year, ending after it starts."))
        return data
