"""Forms of the jobs board: posting, reviewing, searching and job alerts."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from microcity.core.models import Occupation, Organisation
from microcity.talent.models import LANGUAGE_CHOICES, EmploymentType, Job, WorkplaceType
from microcity.talent.services import SALARY_STEPS

SORTS = [("relevance", _("Relevance")), ("newest", _("Newest")), ("salary", _("Highest salary"))]
GROUPS = [
    ("1", _("Managers")),
    ("2", _("Professionals")),
    ("3", _("Technicians and associate professionals")),
    ("4", _("Clerical support workers")),
    ("5", _("Service and sales workers")),
    ("6", _("Skilled agricultural, forestry and fishery workers")),
    ("7", _("Craft and related trades workers")),
    ("8", _("Plant and machine operators and assemblers")),
    ("9", _("Elementary occupations")),
]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class JobForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(label=_("Employer"), queryset=Organisation.objects.none())
    languages = forms.MultipleChoiceField(
        label=_("Languages required"),
        choices=LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Job
        fields = [
            "organisation",
            "title",
            "occupation",
            "description",
            "requirements",
            "skills",
            "languages",
            "employment_type",
            "workplace_type",
            "address",
            "salary_min",
            "salary_max",
            "start_date",
            "deadline",
            "how_to_apply",
            "apply_email",
            "apply_url",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "requirements": forms.Textarea(attrs={"rows": 4}),
            "how_to_apply": forms.Textarea(attrs={"rows": 3}),
            "start_date": DateInput(),
            "deadline": DateInput(),
        }

    def __init__(self, *args: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_org: forms.ModelChoiceField = self.fields["organisation"]  # type: ignore[assignment]
        field_org.queryset = organisations
        if self.instance.pk:
            self.initial["organisation"] = self.instance.organisation_id
        elif len(choices := list(organisations[:2])) == 1:
            # Most representatives act for one employer: choose it for them.
            self.initial["organisation"] = choices[0].pk
            field_org.empty_label = None
        field_occ: forms.ModelChoiceField = self.fields["occupation"]  # type: ignore[assignment]
        field_occ.queryset = Occupation.objects.filter(level=4).order_by("code")
        self.fields["salary_min"].help_text = _("Required by law: the gross monthly pay range in euros.")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("salary_min"), data.get("salary_max")
        if low is not None and high is not None and high < low:
            self.add_error("salary_max", _("“To” cannot be lower than “from”."))
        deadline = data.get("deadline")
        if deadline and deadline < timezone.localdate():
            self.add_error("deadline", _("The application deadline has already passed."))
        if not (data.get("apply_email") or data.get("apply_url") or data.get("how_to_apply")):
            self.add_error("how_to_apply", _("Say how to apply."))
        return data

    def job_data(self) -> dict[str, Any]:
        return {field: self.cleaned_data[field] for field in self.Meta.fields if field != "organisation"}


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("What should the employer change?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class JobSearchForm(forms.Form):
    q = forms.CharField(label=_("Search jobs"), required=False, max_length=200)
    group = forms.MultipleChoiceField(label=_("Occupation group"), choices=GROUPS, required=False)
    type = forms.MultipleChoiceField(
        label=_("Employment type"), choices=EmploymentType.choices, required=False
    )
    workplace = forms.MultipleChoiceField(label=_("Workplace"), choices=WorkplaceType.choices, required=False)
    salary = forms.ChoiceField(
        label=_("Salary at least (gross, a month)"),
        choices=[("", _("Any"))] + [(str(step), f"{step} €") for step in SALARY_STEPS],
        required=False,
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)

    FACETS = ("group", "type", "workplace")

    def filters(self) -> dict[str, list[str]]:
        if not self.is_valid():
            return {}
        chosen = {name: self.cleaned_data[name] for name in self.FACETS if self.cleaned_data.get(name)}
        if self.cleaned_data.get("salary"):
            chosen["salary"] = [self.cleaned_data["salary"]]
        return chosen


class AlertForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"))
    consent = forms.BooleanField(
        label=_(
            "Send me at most one e-mail a day with new jobs that match this search. I can unsubscribe with one click."
        ),
        required=True,
    )
