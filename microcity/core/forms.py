"""Forms for people and organisations, with translated labels and errors; and the base every form of the
project is built on.

Every form inherits `CleanInputMixin` (through `Form` or `ModelForm` here), which does three things in one
place:
- control characters are removed from what was typed (tabs and line breaks are kept in a text area only),
  so that no name or title can later break a spreadsheet, a feed or a PDF;
- every text field without a limit of its own (a model's TextField, say) gets `TEXT_MAX_LENGTH`;
- every date field without a range gets `DEFAULT_WINDOW`; the fields here (`PlanDateField`,
  `BirthDateField`, `HistoryDateField`, `PlanDateTimeField`) state a narrower range, and a check test
  (core/tests/test_forms.py) fails when a form declares a date field that is not one of them, or a form
  that does not inherit the mixin.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from microcity.core.birth_dates import birth_date_locked
from microcity.core.models import City, Organisation, OrganisationKind, Person
from microcity.core.services import BIRTH_DATE_REASON_MAX_LENGTH

# The most characters one free-text field takes, unless the field says less.
TEXT_MAX_LENGTH = 20_000
# Removed from every typed value: C0 controls, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n?|\n|\t")


def strip_controls(value: str, *, multiline: bool) -> str:
    """`value` without control characters; a text area keeps its tabs and line breaks (as "\\n")."""
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROLS.sub("", value)
    return _CONTROLS.sub("", _LINE_BREAKS.sub(" ", value))


# --- Date ranges ------------------------------------------------------------------------------------


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DateWindow:
    """The dates a field accepts, reckoned from today when the form is checked."""

    earliest: Callable[[dt.date], dt.date]
    latest: Callable[[dt.date], dt.date]

    def bounds(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        today = today or timezone.localdate()
        return self.earliest(today), self.latest(today)


def _fixed(day: dt.date) -> Callable[[dt.date], dt.date]:
    return lambda _today: day


def _years(offset: int) -> Callable[[dt.date], dt.date]:
    return lambda today: _years_from(today, offset)


# Dates of birth: a real person's, not in the future.
BIRTH_WINDOW = DateWindow(earliest=_fixed(dt.date(1900, 1, 1)), latest=lambda today: today)
# Plans and schedules (jobs, deadlines, seasons, bookings, timesheets, report periods): ten years either way.
PLAN_WINDOW = DateWindow(earliest=_years(-10), latest=_years(10))
# A person's history (education, experience, documents received): since 1900, up to ten years ahead.
HISTORY_WINDOW = DateWindow(earliest=_fixed(dt.date(1900, 1, 1)), latest=_years(10))
# The safety net for a date field that states no range.
DEFAULT_WINDOW = HISTORY_WINDOW


class DateRangeValidator:
    """Refuses a date (or a moment, by its local date) outside its window, with a clear message."""

    def __init__(self, window: DateWindow) -> None:
        self.window = window

    def __call__(self, value: dt.date | dt.datetime | None) -> None:
        if value is None:
            return
        day = value
        if isinstance(value, dt.datetime):
            day = value.date()  # not converted: a moment near year 1 or 9999 cannot be
        today = timezone.localdate()
        earliest, latest = self.window.bounds(today)
        if latest == today and day > today:
            raise ValidationError(_("The date cannot be in the future."), code="date_in_future")
        if not earliest <= day <= latest:
            raise ValidationError(
                _("Enter a date from %(earliest)s to %(latest)s."),
                code="date_out_of_range",
                params={
                    "earliest": formats.date_format(earliest, "SHORT_DATE_FORMAT"),
                    "latest": formats.date_format(latest, "SHORT_DATE_FORMAT"),
                },
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DateRangeValidator) and other.window == self.window

    def __hash__(self) -> int:
        return hash(self.window)


class RangedDateField(forms.DateField):
    window = DEFAULT_WINDOW

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.validators.append(DateRangeValidator(self.window))


class PlanDateField(RangedDateField):
    window = PLAN_WINDOW


class BirthDateField(RangedDateField):
    window = BIRTH_WINDOW


class HistoryDateField(RangedDateField):
    window = HISTORY_WINDOW


class PlanDateTimeField(forms.DateTimeField):
    window = PLAN_WINDOW

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.validators.append(DateRangeValidator(self.window))

    def to_python(self, value: Any) -> dt.datetime | None:
        # A moment near year 1 or 9999 cannot be made aware or converted; refuse it as out of range.
        try:
            return super().to_python(value)
        except OverflowError as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from exc


RANGED_FIELDS = (RangedDateField, PlanDateTimeField)


# --- The base of every form -------------------------------------------------------------------------


def _range_of(field: forms.Field) -> DateRangeValidator | None:
    return next((v for v in field.validators if isinstance(v, DateRangeValidator)), None)


# Numbers a database integer column holds; larger ones are a form error, not an overflow in the database.
INT_MAX = 2**31 - 1
ID_MAX = 2**63 - 1


def _bound_integer(field: forms.IntegerField) -> None:
    if field.max_value is None:
        field.max_value = INT_MAX
        field.validators.append(MaxValueValidator(INT_MAX))
    if field.min_value is None:
        field.min_value = -INT_MAX
        field.validators.append(MinValueValidator(-INT_MAX))


def _bound_choice_ids(field: forms.ModelChoiceField) -> None:
    """A chosen id beyond what a database key holds is an invalid choice (SQLite would overflow on it)."""
    clean = field.clean

    def bounded_clean(value: Any) -> Any:
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            text = str(item).strip() if isinstance(item, str | int) else ""
            if text.lstrip("-").isdigit() and abs(int(text)) > ID_MAX:
                code = "invalid_pk_value" if "invalid_pk_value" in field.error_messages else "invalid_choice"
                raise ValidationError(
                    field.error_messages[code], code=code, params={"pk": item, "value": item}
                )
        return clean(value)

    field.clean = bounded_clean  # type: ignore[method-assign]
    field._ids_bounded = True  # type: ignore[attr-defined]


class CleanInputMixin:
    """Put first in the bases of every form (see the module's docstring)."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.apply_input_rules()

    def full_clean(self) -> None:
        # Again here: some forms add fields in their own __init__, after this mixin's ran.
        self.apply_input_rules()
        super().full_clean()  # type: ignore[misc]

    def apply_input_rules(self) -> None:
        """The default length limit and date range on every field that states none (idempotent)."""
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and field.max_length is None:
                field.max_length = TEXT_MAX_LENGTH
                field.validators.append(MaxLengthValidator(TEXT_MAX_LENGTH))
                field.widget.attrs.update(field.widget_attrs(field.widget))
            if isinstance(field, forms.IntegerField):
                _bound_integer(field)
            if isinstance(field, forms.ModelChoiceField) and not getattr(field, "_ids_bounded", False):
                _bound_choice_ids(field)
            if isinstance(field, forms.DateField | forms.DateTimeField):
                validator = _range_of(field)
                if validator is None:
                    validator = DateRangeValidator(DEFAULT_WINDOW)
                    field.validators.append(validator)
                if isinstance(field, forms.DateField) and getattr(field.widget, "input_type", "") == "date":
                    earliest, latest = validator.window.bounds()
                    field.widget.attrs.setdefault("min", earliest.isoformat())
                    field.widget.attrs.setdefault("max", latest.isoformat())

    def _widget_data_value(self, widget: forms.Widget, html_name: str) -> Any:
        value = super()._widget_data_value(widget, html_name)  # type: ignore[misc]
        if isinstance(widget, forms.PasswordInput):
            return value  # a password is checked as typed
        multiline = isinstance(widget, forms.Textarea)
        if isinstance(value, str):
            return strip_controls(value, multiline=multiline)
        if isinstance(value, list | tuple):
            return [strip_controls(v, multiline=multiline) if isinstance(v, str) else v for v in value]
        return value


class Form(CleanInputMixin, forms.Form):
    """The base of every plain form of the project."""


class ModelForm(CleanInputMixin, forms.ModelForm):
    """The base of every model form of the project."""


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class PersonForm(ModelForm):
    class Meta:
        model = Person
        fields = ["first_name", "last_name", "date_of_birth", "email", "phone", "city", "school", "grade"]
        widgets = {"date_of_birth": DateInput()}
        field_classes = {"date_of_birth": BirthDateField}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_city: forms.ModelChoiceField = self.fields["city"]  # type: ignore[assignment]
        field_city.queryset = City.objects.filter(is_active=True)
        field_school: forms.ModelChoiceField = self.fields["school"]  # type: ignore[assignment]
        field_school.queryset = Organisation.objects.filter(
            kind__in=[OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY]
        ).select_related("city")
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["date_of_birth"].widget.attrs["autocomplete"] = "bday"
        self.birth_date_locked = self.instance.date_of_birth is not None and birth_date_locked(self.instance)
        if self.birth_date_locked:
            # Shown, not editable: a posted value is ignored (the field keeps the record's date), and the
            # person service refuses the change anyway.
            field = self.fields["date_of_birth"]
            field.disabled = True
            field.help_text = _(
                "A programme relies on this date (an application, a guardian's consent, a contract or a "
                "verified portfolio entry), so it can no longer be changed here. If it is wrong, a programme "
                "coordinator of the city corrects it."
            )


class BirthDateCorrectionForm(Form):
    """A coordinator's correction of a date of birth that programmes rely on, with the reason."""

    date_of_birth = BirthDateField(label=_("Correct date of birth"), widget=DateInput())
    reason = forms.CharField(
        label=_("Reason for the correction"),
        max_length=BIRTH_DATE_REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for the correction.")},
        help_text=_("For example the document that shows the date. The reason is kept in the audit log."),
    )

    def clean_date_of_birth(self) -> Any:
        born = self.cleaned_data.get("date_of_birth")
        if born and born > timezone.localdate():
            raise forms.ValidationError(_("The date of birth cannot be in the future."))
        if born and born.year < 1900:
            raise forms.ValidationError(_("Check the year of birth."))
        return born

    def clean_reason(self) -> str:
        reason = self.cleaned_data.get("reason", "").strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for the correction."))
        return reason


class PeopleSearchForm(Form):
    q = forms.CharField(label=_("Search by name or e-mail"), required=False, max_length=100)


class CityProgrammesForm(Form):
    """Which registered programmes a city runs (core.registry.programmes)."""

    programmes = forms.MultipleChoiceField(
        label=_("Programmes the city runs"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("A programme that is switched off loses its home-page card, and its pages say so."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from microcity.core import registry

        self.fields["programmes"].choices = [  # type: ignore[attr-defined]
            (programme.key, programme.label) for programme in registry.programmes.all()
        ]
