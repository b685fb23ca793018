"""Forms of employers' placements and of the coordinator's review. They check what a person can fix on the
page; the season's rules (ages, working time) are checked by the services.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.forms.models import fields_for_model, model_to_dict
from django.utils.translation import gettext_lazy as _

from microcity import labourlaw
from microcity.core.forms import Form
from microcity.core.models import Occupation, Organisation
from microcity.labourlaw import ADULT_AGE, LIGHT_WORK_ONLY_BELOW, MINOR_MAX_DAYS_IN_7_DAYS
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    Placement,
    Season,
)
from microcity.summerjobs.widgets import TimeInput

PLACEMENT_FORM_FIELDS = [
    "workplace",
    "duties",
    "address",
    "occupation",
    "min_age",
    "is_light_work",
    "is_hazardous",
    "hours_per_day",
    "days_per_week",
    "starts_at",
    "ends_at",
    "supervisor_name",
    "supervisor",
    "supervisor_count",
    "takes_youths_with_disability",
]


class PlacementForm(Form):
    """A placement and its places per period of the season (one number field per period)."""

    organisation = forms.ModelChoiceField(label=_("Employer"), queryset=Organisation.objects.none())

    def __init__(
        self,
        *args: Any,
        season: Season,
        organisations: QuerySet[Organisation],
        placement: Placement | None = None,
        **kwargs: Any,
    ) -> None:
        self.season = season
        self.placement = placement
        periods = list(season.periods.all())
        self.periods = periods
        initial = dict(kwargs.pop("initial", None) or {})
        if placement is not None:
            initial.update(model_to_dict(placement, fields=PLACEMENT_FORM_FIELDS))
            initial["organisation"] = placement.organisation_id
            for row in placement.periods.all():
                initial[f"places_{row.period_id}"] = row.capacity
        kwargs["initial"] = initial
        super().__init__(*args, **kwargs)
        organisation_field: forms.ModelChoiceField = self.fields["organisation"]  # type: ignore[assignment]
        organisation_field.queryset = organisations
        if placement is not None:
            # The employer of a placement does not change; the field is shown for orientation only.
            organisation_field.disabled = True
        elif len(choices := list(organisations[:2])) == 1:
            self.initial["organisation"] = choices[0].pk
            organisation_field.empty_label = None
        model_fields = fields_for_model(
            Placement,
            fields=PLACEMENT_FORM_FIELDS,
            widgets={
                "duties": forms.Textarea(attrs={"rows": 4}),
                "starts_at": TimeInput(),
                "ends_at": TimeInput(),
                "hours_per_day": forms.NumberInput(attrs={"step": "0.5", "min": "0.5", "max": "8"}),
            },
        )
        self.fields.update(model_fields)
        supervisor: forms.ModelChoiceField = self.fields["supervisor"]  # type: ignore[assignment]
        # Whose account may see and confirm the hours: people who hold the work supervisor's role at one
        # of these employers in the season's city (the service checks it is this placement's employer).
        supervisor.queryset = permissions.work_supervisors(
            organisation_ids=list(organisations.values_list("pk", flat=True)), city=season.city
        )
        supervisor.label = _("Work supervisor's account")
        supervisor.help_text = _(
            "The supervisor sees and confirms the hours of the youths at this placement. The list holds the "
            "people who have the work supervisor's role at the employer."
        )
        occupation: forms.ModelChoiceField = self.fields["occupation"]  # type: ignore[assignment]
        occupation.queryset = Occupation.objects.filter(level=4).order_by("code")
        occupation.label = _("Profession (ISCO-08)")
        self.fields["min_age"].help_text = _(
            "At least 13. Youths aged 13–14 may do only light work from the government's list; "
            "hazardous work is for 18 or older."
        )
        self.fields["hours_per_day"].help_text = _(
            "Under 15 (or in basic school): at most %(child)s hours a day; 15–17: at most %(adolescent)s; "
            "18 or older: at most %(adult)s."
        ) % {
            category: f"{labourlaw.DEFAULTS[category].max_hours_per_day.normalize():f}"
            for category in labourlaw.CATEGORIES
        }
        for period in periods:
            self.fields[f"places_{period.pk}"] = forms.IntegerField(
                label=_("Places in %(period)s (%(start)s–%(end)s)")
                % {
                    "period": period.name,
                    "start": period.starts_on.strftime("%d.%m."),
                    "end": period.ends_on.strftime("%d.%m."),
                },
                min_value=0,
                max_value=100,
                required=False,
                initial=0,
            )

    def place_fields(self) -> list[forms.BoundField]:
        return [self[f"places_{period.pk}"] for period in self.periods]

    def detail_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ["organisation", *PLACEMENT_FORM_FIELDS]]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        min_age = data.get("min_age")
        if min_age is not None:
            if min_age < LIGHT_WORK_ONLY_BELOW and not data.get("is_light_work"):
                self.add_error(
                    "is_light_work", _("A placement for youths under 15 must be light work from the list.")
                )
            if data.get("is_hazardous") and min_age < ADULT_AGE:
                self.add_error("is_hazardous", _("Hazardous work is for youths aged 18 or older only."))
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("Work must end after it starts."))
        days = data.get("days_per_week")
        if days is not None and not 1 <= days <= MINOR_MAX_DAYS_IN_7_DAYS:
            self.add_error("days_per_week", _("Youths work at most five days a week."))
        hours = data.get("hours_per_day")
        if hours is not None and not 0 < hours <= 8:
            self.add_error("hours_per_day", _("Between 0.5 and 8 hours a day."))
        count = data.get("supervisor_count")
        if count is not None and count < 1:
            self.add_error("supervisor_count", _("At least one supervisor."))
        return data

    def placement_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in PLACEMENT_FORM_FIELDS}

    def capacities(self) -> dict[int, int]:
        return {period.pk: self.cleaned_data.get(f"places_{period.pk}") or 0 for period in self.periods}


class ReturnForm(Form):
    reason = forms.CharField(
        label=_("What should the employer change?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
