"""A youth's application: ranked choices, the periods they can work and the facts that the season's
rules need. It checks what a person can fix on the page; the season's rules (ages, registration windows)
are checked by the services.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import Form
from microcity.core.models import City, Organisation, OrganisationKind
from microcity.summerjobs.models import (
    Gender,
    Placement,
    PriorityGroup,
    Season,
    SeasonPeriod,
)
from microcity.summerjobs.widgets import CheckboxGroup


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
