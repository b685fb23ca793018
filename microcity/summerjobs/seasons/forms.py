"""Forms of the coordinator's season pages: the season's rules, its periods, the working-time limits per age
category and the priority groups. They check what a person can fix on the page; services.season_create and
season_update check it all again, with the same wording for the periods (services.period_problems)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, cast

from django import forms
from django.forms import BaseFormSet, formset_factory
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import Form, ModelForm, PlanDateField, PlanDateTimeField
from microcity.summerjobs.models import AgeCategory, HourLimit, PriorityKind, Season
from microcity.summerjobs.seasons.services import DEFAULT_HOUR_LIMITS, hour_limit_problems, period_problems
from microcity.summerjobs.widgets import TimeInput

SEASON_FORM_FIELDS = [
    "programme_type",
    "name",
    "year",
    "min_age",
    "max_age",
    "currency",
    "minimum_wage",
    "employer_subsidy_share",
    "disability_subsidy_share",
    "supervisor_share",
    "city_cofunding_share",
    "monthly_hours",
    "youths_per_supervisor",
    "youths_per_supervisor_with_disability",
    "employer_registration_opens",
    "employer_registration_closes",
    "youth_registration_opens",
    "youth_registration_closes",
    "max_choices",
    "allow_pre_agreements",
    "allow_multiple_placements",
    "offer_acceptance_days",
]
HOUR_LIMIT_FORM_FIELDS = list(DEFAULT_HOUR_LIMITS[AgeCategory.CHILD])


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class SeasonForm(ModelForm):
    """The season's own fields. Model validation runs on an unsaved copy, so nothing is stored here."""

    class Meta:
        model = Season
        fields = SEASON_FORM_FIELDS
        widgets = {
            "employer_registration_opens": DateTimeInput(),
            "employer_registration_closes": DateTimeInput(),
            "youth_registration_opens": DateTimeInput(),
            "youth_registration_closes": DateTimeInput(),
        }
        field_classes = dict.fromkeys(
            [
                "employer_registration_opens",
                "employer_registration_closes",
                "youth_registration_opens",
                "youth_registration_closes",
            ],
            PlanDateTimeField,
        )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in (
            "employer_subsidy_share",
            "disability_subsidy_share",
            "supervisor_share",
            "city_cofunding_share",
        ):
            self.fields[name].help_text = _("A share of the monthly minimum wage: 0.5 is half of it.")
            self.fields[name].widget.attrs.update({"step": "0.001", "min": "0"})
        for name in SEASON_FORM_FIELDS:
            if name.endswith(("_opens", "_closes")):
                field = cast(forms.DateTimeField, self.fields[name])
                field.input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for what in ("employer", "youth"):
            opens, closes = data.get(f"{what}_registration_opens"), data.get(f"{what}_registration_closes")
            if opens and closes and closes <= opens:
                self.add_error(f"{what}_registration_closes", _("Registration must close after it opens."))
        low, high = data.get("min_age"), data.get("max_age")
        if low is not None and high is not None and high < low:
            self.add_error("max_age", _("The maximum age is below the minimum age."))
        for name in (
            "employer_subsidy_share",
            "disability_subsidy_share",
            "supervisor_share",
            "city_cofunding_share",
        ):
            if data.get(name) is not None and data[name] < 0:
                self.add_error(name, _("A share cannot be negative."))
        for name in ("max_choices", "youths_per_supervisor", "youths_per_supervisor_with_disability"):
            if data.get(name) is not None and data[name] < 1:
                self.add_error(name, _("At least 1."))
        usual, disability = (
            data.get("youths_per_supervisor"),
            data.get("youths_per_supervisor_with_disability"),
        )
        if usual is not None and disability is not None and disability > usual:
            self.add_error(
                "youths_per_supervisor_with_disability",
                _("Where youths with a disability work, a supervisor takes no more youths than elsewhere."),
            )
        return data

    def season_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in SEASON_FORM_FIELDS}


class PeriodForm(Form):
    pk = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(label=_("Name"), max_length=100)
    starts_on = PlanDateField(label=_("First day"), widget=DateInput())
    ends_on = PlanDateField(label=_("Last day"), widget=DateInput())
    working_days = forms.IntegerField(label=_("Working days"), min_value=1, max_value=100)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("starts_on"), data.get("ends_on")
        if first and last and last < first:
            self.add_error("ends_on", _("The last day is before the first day."))
        return data


class BasePeriodFormSet(BaseFormSet):
    """Periods of a season; `year` and `allow_overlap` come from the season form once it is valid."""

    def specs(self) -> list[dict[str, Any]]:
        return [
            {key: form.cleaned_data[key] for key in ("pk", "name", "starts_on", "ends_on", "working_days")}
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]

    def check_season(self, *, year: int, allow_overlap: bool) -> None:
        """Rules across the periods: within the season's year, working days, unique names, overlaps."""
        self.season_problems = period_problems(year=year, periods=self.specs(), allow_overlap=allow_overlap)

    def non_form_errors(self) -> ErrorList:
        return ErrorList([*super().non_form_errors(), *getattr(self, "season_problems", [])])


PeriodFormSet = formset_factory(PeriodForm, formset=BasePeriodFormSet, extra=1, can_delete=True)


class HourLimitForm(ModelForm):
    """The working-time limits of one age category; the category is fixed by the form's position."""

    class Meta:
        model = HourLimit
        fields = HOUR_LIMIT_FORM_FIELDS
        widgets = {"night_starts": TimeInput(), "night_ends": TimeInput()}

    def __init__(self, *args: Any, category: str, **kwargs: Any) -> None:
        self.category = category
        super().__init__(*args, **kwargs)
        self.instance.category = category

    @property
    def legend(self) -> str:
        return str(AgeCategory(self.category).label)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        day, week = data.get("max_hours_per_day"), data.get("max_hours_per_week")
        if day is not None and not Decimal(0) < day <= 24:
            self.add_error("max_hours_per_day", _("Between 0.5 and 24 hours."))
        if day is not None and week is not None and week < day:
            self.add_error("max_hours_per_week", _("The hours a week are fewer than the hours a day."))
        if (data.get("night_starts") is None) != (data.get("night_ends") is None):
            self.add_error("night_ends", _("Give both the start and the end of the night, or neither."))
        after, minutes = data.get("break_after_hours"), data.get("break_minutes") or 0
        if (after is None) != (minutes == 0):
            self.add_error(
                "break_minutes", _("Give both the hours before a break and its length, or neither.")
            )
        # The Labour Law's limits for minors are ceilings: a season may be stricter, never looser. The same
        # check (and wording) as the season service's, from the one statement of the law (labourlaw).
        for name, message in hour_limit_problems(category=self.category, values=data).items():
            if name in self.fields and name not in self.errors:
                self.add_error(name, message)
        return data

    def limit_data(self) -> dict[str, Any]:
        data = {name: self.cleaned_data.get(name) for name in HOUR_LIMIT_FORM_FIELDS}
        data["break_minutes"] = data["break_minutes"] or 0
        return data


def hour_limit_forms(
    data: Mapping[str, Any] | None, existing: Mapping[str, HourLimit] | None = None
) -> list[HourLimitForm]:
    """One form per age category, filled with the season's limits or else the Labour Law's."""
    forms_: list[HourLimitForm] = []
    for category in AgeCategory.values:
        row = (existing or {}).get(category)
        forms_.append(
            HourLimitForm(
                data,
                prefix=f"limit-{category}",
                category=category,
                instance=HourLimit(**{"category": category, **DEFAULT_HOUR_LIMITS[category]})
                if row is None
                else row,
            )
        )
    return forms_


class PriorityGroupForm(Form):
    kind = forms.ChoiceField(
        label=_("Group"), choices=[("", _("— none —")), *PriorityKind.choices], required=False
    )
    rank = forms.IntegerField(
        label=_("Rank"), min_value=1, max_value=20, required=False, help_text=_("1 goes first.")
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") and data.get("rank") is None:
            self.add_error("rank", _("Give the group a rank."))
        return data


class BasePriorityGroupFormSet(BaseFormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        kinds = [form.cleaned_data["kind"] for form in self._listed()]
        if len(set(kinds)) != len(kinds):
            raise forms.ValidationError(_("Each priority group can be listed once."))

    def _listed(self) -> list[forms.Form]:
        return [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("kind")
        ]

    def groups(self) -> dict[str, int]:
        return {form.cleaned_data["kind"]: form.cleaned_data["rank"] for form in self._listed()}


PriorityGroupFormSet = formset_factory(
    PriorityGroupForm, formset=BasePriorityGroupFormSet, extra=2, can_delete=True
)


class SeasonPage:
    """Everything on the season create/edit page, validated together."""

    def __init__(self, data: Mapping[str, Any] | None, *, season: Season) -> None:
        self.season = season
        editing = season.pk is not None
        self.form = SeasonForm(data, instance=season, prefix="season")
        period_initial = (
            [
                {
                    "pk": p.pk,
                    "name": p.name,
                    "starts_on": p.starts_on,
                    "ends_on": p.ends_on,
                    "working_days": p.working_days,
                }
                for p in season.periods.all()
            ]
            if editing
            else []
        )
        self.periods = cast(BasePeriodFormSet, PeriodFormSet(data, initial=period_initial, prefix="periods"))
        group_initial = (
            [{"kind": g.kind, "rank": g.rank} for g in season.priority_groups.all()] if editing else []
        )
        self.groups = cast(
            BasePriorityGroupFormSet, PriorityGroupFormSet(data, initial=group_initial, prefix="groups")
        )
        existing = {limit.category: limit for limit in season.hour_limits.all()} if editing else {}
        self.limits = hour_limit_forms(data, existing)

    def is_valid(self) -> bool:
        valid = self.form.is_valid()
        valid = self.periods.is_valid() and valid
        valid = self.groups.is_valid() and valid
        for limit in self.limits:  # every form, so that each shows its errors
            valid = limit.is_valid() and valid
        if self.form.is_valid() and self.periods.is_valid():
            self.periods.check_season(
                year=self.form.cleaned_data["year"],
                allow_overlap=not self.form.cleaned_data["allow_multiple_placements"],
            )
            valid = valid and not self.periods.non_form_errors()
        return valid

    def add_error(self, message: str) -> None:
        self.form.add_error(None, message)

    def errors(self) -> list[tuple[str, str]]:
        """(field id, message) for the error summary at the top of the page."""
        found: list[tuple[str, str]] = [("", str(e)) for e in self.form.non_field_errors()]
        for form in [self.form, *self.periods.forms, *self.groups.forms, *self.limits]:
            for name, messages in form.errors.items():
                if name == "__all__":
                    if form is not self.form:
                        found += [("", str(m)) for m in messages]
                    continue
                label = form[name].label
                found += [(form[name].auto_id, f"{label}: {m}") for m in messages]
        found += [("periods", str(m)) for m in self.periods.non_form_errors()]
        found += [("groups", str(m)) for m in self.groups.non_form_errors()]
        return found

    def periods_data(self) -> list[dict[str, Any]]:
        return self.periods.specs()

    def groups_data(self) -> dict[str, int]:
        return self.groups.groups()

    def limits_data(self) -> dict[str, dict[str, Any]]:
        return {form.category: form.limit_data() for form in self.limits}
