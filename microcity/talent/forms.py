"""Forms of the jobs board: posting, reviewing, searching and job alerts."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.forms import Form, HistoryDateField, ModelForm, PlanDateField
from microcity.core.models import Occupation, Organisation
from microcity.core.money import format_money_lazy
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


class JobForm(ModelForm):
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
        field_classes = {"start_date": PlanDateField, "deadline": PlanDateField}

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


class ReturnForm(Form):
    reason = forms.CharField(
        label=_("What should the employer change?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class JobSearchForm(Form):
    q = forms.CharField(label=_("Search jobs"), required=False, max_length=200)
    group = forms.MultipleChoiceField(label=_("Occupation group"), choices=GROUPS, required=False)
    type = forms.MultipleChoiceField(
        label=_("Employment type"), choices=EmploymentType.choices, required=False
    )
    workplace = forms.MultipleChoiceField(
        label=pgettext_lazy("workplace type", "Workplace"), choices=WorkplaceType.choices, required=False
    )
    salary = forms.ChoiceField(
        label=_("Salary at least (gross, a month)"),
        choices=[("", _("Any"))]
        + [(str(step), format_money_lazy(step, decimal_pos=0)) for step in SALARY_STEPS],
        required=False,
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)

    FACETS = ("group", "type", "workplace")

    def summary(self) -> list[tuple[str, str]]:
        """The search in words, (label, chosen values) per field that is set, for the alert page."""
        if not self.is_valid():
            return []
        lines = []
        for name in ("q", *self.FACETS, "salary"):
            value = self.cleaned_data.get(name)
            if not value:
                continue
            field = self.fields[name]
            if isinstance(field, forms.ChoiceField):
                labels = dict(cast("list[tuple[str, str]]", field.choices))
                chosen = value if isinstance(value, list) else [value]
                value = ", ".join(str(labels.get(item, item)) for item in chosen)
            lines.append((str(field.label), str(value)))
        return lines

    def filters(self) -> dict[str, list[str]]:
        if not self.is_valid():
            return {}
        chosen = {name: self.cleaned_data[name] for name in self.FACETS if self.cleaned_data.get(name)}
        if self.cleaned_data.get("salary"):
            chosen["salary"] = [self.cleaned_data["salary"]]
        return chosen


class AlertForm(Form):
    email = forms.EmailField(label=_("Your e-mail address"))
    consent = forms.BooleanField(
        label=_(
            "Send me at most one e-mail a day with new jobs that match this search. I can unsubscribe with one click."
        ),
        required=True,
    )


# --- Relocation contact point --------------------------------------------------------------------


class InquiryForm(Form):
    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    email = forms.EmailField(label=_("E-mail"))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    profession = forms.CharField(label=_("Your profession"), max_length=200)
    moving_from = forms.CharField(label=_("Where are you moving from?"), max_length=200)
    partner_profession = forms.CharField(
        label=_("Your spouse's or partner's profession, if they move too"), max_length=200, required=False
    )
    children = forms.CharField(
        label=_("Children: ages and school or kindergarten needs"),
        max_length=500,
        required=False,
        help_text=_("For example: 4 (kindergarten), 11 (grade 5, English support)."),
    )
    housing_needs = forms.CharField(
        label=_("Housing needs"), required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    planned_move = PlanDateField(label=_("Planned move date"), required=False, widget=DateInput())
    languages = forms.CharField(label=_("Languages you speak"), max_length=200, required=False)
    message = forms.CharField(
        label=_("Anything else we should know?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
    )
    consent = forms.BooleanField(required=True)

    def __init__(self, *args: Any, retention_years: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "I agree that the city's relocation contact point keeps these details to help me move, for as long as "
            "my case is open and %(years)s years after it is closed, and then deletes them."
        ) % {"years": retention_years}
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"

    def clean_planned_move(self) -> Any:
        day = self.cleaned_data.get("planned_move")
        if day and day < timezone.localdate():
            raise forms.ValidationError(_("The planned move date has already passed."))
        return day


class CaseEventForm(Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("note", _("Note")), ("call", _("Call")), ("email", _("E-mail")), ("task", _("Task"))],
    )
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 2}), max_length=4000)
    due_on = PlanDateField(label=_("Due (tasks)"), required=False, widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == "task" and not data.get("due_on"):
            self.add_error("due_on", _("A task needs a due date."))
        return data


class CaseStageForm(Form):
    stage = forms.ChoiceField(label=_("Move the case to"))
    close_reason = forms.ChoiceField(label=_("Reason for closing"), required=False)
    employer = forms.ModelChoiceField(
        label=_("Employer (when moved)"), queryset=Organisation.objects.none(), required=False
    )
    moved_on = HistoryDateField(label=_("Moved on"), required=False, widget=DateInput())

    def __init__(self, *args: Any, case: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from microcity.talent.models import CaseStage, CloseReason
        from microcity.talent.relocation import CASES

        self.fields["stage"].choices = [  # type: ignore[attr-defined]
            (s, CaseStage(s).label) for s in CASES.targets(case.stage)
        ]
        self.fields["close_reason"].choices = [("", "—"), *CloseReason.choices]  # type: ignore[attr-defined]
        field_employer: forms.ModelChoiceField = self.fields["employer"]  # type: ignore[assignment]
        field_employer.queryset = Organisation.objects.filter(city=case.city).order_by("name")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("stage") == "closed" and not data.get("close_reason"):
            self.add_error("close_reason", _("Choose why the case is closed."))
        return data


class OfferForm(Form):
    jobs = forms.ModelMultipleChoiceField(
        label=_("Jobs for the person"), queryset=Job.objects.none(), required=False
    )
    partner_jobs = forms.ModelMultipleChoiceField(
        label=_("Jobs for the spouse or partner"), queryset=Job.objects.none(), required=False
    )
    housing = forms.CharField(label=_("Housing"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    schools = forms.CharField(
        label=_("Schools and kindergartens"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    message = forms.CharField(
        label=_("Personal message"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, jobs: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("jobs", "partner_jobs"):
            field: forms.ModelMultipleChoiceField = self.fields[name]  # type: ignore[assignment]
            field.queryset = jobs
            field.help_text = _("Hold Ctrl (⌘ on a Mac) to choose several.")


class CaseAssignForm(Form):
    consultant = forms.ModelChoiceField(label=_("Consultant"), queryset=Organisation.objects.none())

    def __init__(self, *args: Any, city: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from microcity.accounts.models import Role, User

        field: forms.ModelChoiceField = self.fields["consultant"]  # type: ignore[assignment]
        field.queryset = User.objects.filter(
            memberships__city=city, memberships__role=Role.RELOCATION_CONSULTANT
        )


class FunnelForm(Form):
    start = PlanDateField(label=_("From"), widget=DateInput())
    end = PlanDateField(label=_("To"), widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end is before the start."))
        return data
