"""Forms of the summer programme's pages: an employer's placement, a youth's application, and the
coordinator's review, seed and run forms. They check what a person can fix on the page; the season's rules
(ages, working time, registration windows) are checked by the services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.forms.models import fields_for_model, model_to_dict
from django.utils.translation import gettext_lazy as _

from microcity import labourlaw
from microcity.core.forms import Form
from microcity.core.models import City, Occupation, Organisation, OrganisationKind
from microcity.labourlaw import ADULT_AGE, LIGHT_WORK_ONLY_BELOW, MINOR_MAX_DAYS_IN_7_DAYS
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    Gender,
    MatchRunKind,
    Placement,
    PriorityGroup,
    Season,
    SeasonPeriod,
)

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


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%H:%M", **kwargs)


class CheckboxGroup(forms.CheckboxSelectMultiple):
    """Checkboxes whose group points at its first box, so that the error summary's link lands on it."""

    def id_for_label(self, id_: str, index: str | None = None) -> str:
        return super().id_for_label(id_, "0" if index is None else index)


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


class ApplicationForm(Form):
    """A youth's ranked choices, the periods they can work and the facts that the season's rules need."""

    periods = forms.ModelMultipleChoiceField(
        label=_("Periods in which you can work"),
        queryset=SeasonPeriod.objects.none(),
        widget=CheckboxGroup,
        help_text=_("Choose every period you could work in: more periods give more chances."),
    )
    priority_group = forms.ModelChoiceField(
        label=_("Priority group"),
        queryset=PriorityGroup.objects.none(),
        required=False,
        empty_label=_("None"),
        help_text=_("It counts only after the coordinator has checked the document."),
    )
    priority_evidence = forms.CharField(
        label=_("Which document shows the priority?"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: the social service's decision no. 12 of 3 March. Do not upload copies."),
    )
    school = forms.ModelChoiceField(label=_("School"), queryset=Organisation.objects.none(), required=False)
    in_basic_education = forms.BooleanField(
        label=_("Still in basic school (grades 1–9)"),
        required=False,
        help_text=_("Youths under 18 in basic school may work at most 4 hours a day."),
    )
    residence_city = forms.ModelChoiceField(
        label=_("City of residence"),
        queryset=City.objects.none(),
        required=False,
    )
    gender = forms.ChoiceField(
        label=_("Gender (optional, for the programme's statistics only)"),
        choices=Gender.choices,
        required=False,
    )

    def __init__(
        self,
        *args: Any,
        season: Season,
        placements: QuerySet[Placement],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.season = season
        self.fields["periods"].queryset = season.periods.all()  # type: ignore[attr-defined]
        self.fields["periods"].label_from_instance = lambda period: str(period)  # type: ignore[attr-defined]
        self.fields["priority_group"].queryset = season.priority_groups.all()  # type: ignore[attr-defined]
        self.fields["school"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            kind__in=[OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY]
        ).order_by("name")
        self.fields["residence_city"].queryset = City.objects.filter(is_active=True)  # type: ignore[attr-defined]
        self.choice_names = [f"choice_{rank}" for rank in range(1, season.max_choices + 1)]
        for rank, name in enumerate(self.choice_names, 1):
            field = forms.ModelChoiceField(
                label=_("Choice %(rank)s") % {"rank": rank},
                queryset=placements,
                required=rank == 1,
                empty_label=_("— none —"),
            )
            if rank == 1:
                field.help_text = _("Your first preference. Listing your true preferences is always best.")
            self.fields[name] = field
        if not season.priority_groups.exists():
            del self.fields["priority_group"]
            del self.fields["priority_evidence"]

    def choice_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.choice_names]

    def other_fields(self) -> list[forms.BoundField]:
        return [
            self[name]
            for name in (
                "priority_group",
                "priority_evidence",
                "school",
                "in_basic_education",
                "residence_city",
            )
            if name in self.fields
        ] + [self["gender"]]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        seen: set[int] = set()
        for name in self.choice_names:
            placement = data.get(name)
            if placement is None:
                continue
            if placement.pk in seen:
                self.add_error(name, _("Each placement can be chosen once."))
            seen.add(placement.pk)
        if data.get("priority_group") and not (data.get("priority_evidence") or "").strip():
            self.add_error("priority_evidence", _("Say which document shows the priority."))
        return data

    def choices(self) -> list[Placement]:
        return [self.cleaned_data[name] for name in self.choice_names if self.cleaned_data.get(name)]

    def application_data(self) -> dict[str, Any]:
        names = ["school", "in_basic_education", "residence_city", "gender"]
        if "priority_group" in self.fields:
            names += ["priority_group", "priority_evidence"]
        data = {name: self.cleaned_data.get(name) for name in names}
        data["gender"] = data["gender"] or ""
        if "priority_evidence" in data:
            data["priority_evidence"] = (data["priority_evidence"] or "").strip()
        return data


class ReturnForm(Form):
    reason = forms.CharField(
        label=_("What should the employer change?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RunForm(Form):
    kind = forms.ChoiceField(label=_("Kind of run"), choices=MatchRunKind.choices)


class LotteryLookupForm(Form):
    """The public lottery check: find one application's number."""

    number = forms.IntegerField(label=_("Application number"), min_value=1, max_value=2**31 - 1)
