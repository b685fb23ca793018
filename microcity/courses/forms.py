"""Forms of retraining courses: the catalogue's filters, the application with its entry data, and the
coordinators' forms (course, score, drop-out, outcome)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core import forms as core_forms
from microcity.core.models import City, Occupation, Organisation
from microcity.courses.models import (
    Audience,
    Checkpoint,
    Course,
    Education,
    Gender,
    LabourStatus,
    OutcomeKind,
    PriorityRuleKind,
    YesNoPreferNot,
)
from microcity.courses.services import ANSWER_MAX_LENGTH, REASON_MAX_LENGTH


class CatalogueForm(core_forms.Form):
    q = forms.CharField(label=_("Search"), max_length=100, required=False)
    audience = forms.ChoiceField(
        label=_("For whom"),
        choices=[("", pgettext_lazy("audience", "Everyone"))] + list(Audience.choices),
        required=False,
    )
    open = forms.BooleanField(label=_("Open for applications now"), required=False)


class ApplicationForm(core_forms.Form):
    answer = forms.CharField(
        label=_("Your answer"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=ANSWER_MAX_LENGTH,
        required=False,
    )
    referred_by_agency = forms.BooleanField(
        label=_("The State Employment Agency referred me to this course"), required=False
    )
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, widget=forms.RadioSelect)
    labour_status = forms.ChoiceField(
        label=_("Your situation on the labour market today"),
        choices=LabourStatus.choices,
        widget=forms.RadioSelect,
    )
    education = forms.ChoiceField(
        label=_("Your highest completed education"), choices=Education.choices, widget=forms.RadioSelect
    )
    disadvantaged = forms.ChoiceField(
        label=_(
            "Are you in a disadvantaged situation (for example homeless, or from a marginalised community)?"
        ),
        choices=YesNoPreferNot.choices,
        widget=forms.RadioSelect,
    )
    disability = forms.ChoiceField(
        label=_("Do you have a disability?"), choices=YesNoPreferNot.choices, widget=forms.RadioSelect
    )
    funder_consent = forms.BooleanField(
        label=_("I agree that these answers, without my name, are reported to the course's funder"),
        required=False,
    )

    def __init__(self, *args: Any, course: Course, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        question = course.question
        if question:
            self.fields["answer"].label = question
        else:
            del self.fields["answer"]
        for name in ("gender", "labour_status", "education", "disadvantaged", "disability"):
            self.fields[name].initial = "prefer_not"


class ScoreForm(core_forms.Form):
    application = forms.IntegerField(widget=forms.HiddenInput)
    score = forms.DecimalField(label=_("Score"), min_value=0, max_value=100, decimal_places=1, required=False)


class DropOutForm(core_forms.Form):
    application = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reason for dropping out"), max_length=REASON_MAX_LENGTH)


class OutcomeForm(core_forms.Form):
    application = forms.IntegerField(widget=forms.HiddenInput)
    checkpoint = forms.ChoiceField(label=_("When"), choices=Checkpoint.choices)
    kind = forms.ChoiceField(label=_("Situation"), choices=OutcomeKind.choices)
    employer = forms.ModelChoiceField(
        label=_("Employer"), queryset=Organisation.objects.none(), required=False
    )
    started_on = core_forms.HistoryDateField(label=_("Since"), required=False, widget=core_forms.DateInput())
    in_trained_occupation = forms.BooleanField(label=_("In the trained occupation"), required=False)

    def __init__(self, *args: Any, city: City, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["employer"].queryset = Organisation.objects.filter(city=city).order_by("name")  # type: ignore[attr-defined]


class CheckInForm(core_forms.Form):
    code = forms.CharField(label=_("The code shown in the room"), max_length=8)


class CourseForm(core_forms.Form):
    title_lv = forms.CharField(label=_("title (Latvian)"), max_length=200)
    title_en = forms.CharField(label=_("title (English)"), max_length=200)
    description_lv = forms.CharField(
        label=_("description (Latvian)"), widget=forms.Textarea, max_length=5000, required=False
    )
    description_en = forms.CharField(
        label=_("description (English)"), widget=forms.Textarea, max_length=5000, required=False
    )
    provider = forms.ModelChoiceField(label=_("provider"), queryset=Organisation.objects.none())
    occupation = forms.ModelChoiceField(
        label=_("occupation it prepares for (ISCO-08)"),
        queryset=Occupation.objects.filter(level=4),
        required=False,
    )
    audience = forms.ChoiceField(label=_("audience"), choices=Audience.choices)
    hours = forms.IntegerField(label=_("hours"), min_value=1, max_value=2000)
    places = forms.IntegerField(label=_("places"), min_value=1, max_value=1000)
    co_payment = forms.DecimalField(
        label=_("co-payment (EUR)"), min_value=0, max_value=10000, decimal_places=2, initial=0
    )
    applications_open_at = core_forms.PlanDateTimeField(label=_("applications open"))
    applications_close_at = core_forms.PlanDateTimeField(label=_("applications close"))
    starts_on = core_forms.PlanDateField(label=_("starts on"), widget=core_forms.DateInput())
    ends_on = core_forms.PlanDateField(label=_("ends on"), widget=core_forms.DateInput())
    min_age = forms.IntegerField(label=_("minimum age"), min_value=7, max_value=120, initial=18)
    max_age = forms.IntegerField(label=_("maximum age"), min_value=7, max_value=120, initial=99)
    question_lv = forms.CharField(label=_("question to applicants (Latvian)"), max_length=300, required=False)
    question_en = forms.CharField(label=_("question to applicants (English)"), max_length=300, required=False)
    priority_rules = forms.MultipleChoiceField(
        label=_("Priority groups (ranked in the order listed here)"),
        choices=PriorityRuleKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args: Any, city: City, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["provider"].queryset = Organisation.objects.filter(city=city).order_by("name")  # type: ignore[attr-defined]


class FollowUpForm(core_forms.Form):
    kind = forms.ChoiceField(
        label=_("What do you do now?"), choices=OutcomeKind.choices, widget=forms.RadioSelect
    )
    employer_name = forms.CharField(label=_("Where do you work?"), max_length=200, required=False)
    in_trained_occupation = forms.BooleanField(label=_("In the occupation I trained for"), required=False)


class SessionForm(core_forms.Form):
    starts_at = core_forms.PlanDateTimeField(label=_("Starts"))
    ends_at = core_forms.PlanDateTimeField(label=_("Ends"))
    topic = forms.CharField(label=_("Topic"), max_length=200, required=False)
