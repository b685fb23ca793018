"""Forms of grants: the call's set-up, the application with its budget table and de minimis declaration
(formsets that work without JavaScript), screening, scores, decisions, agreements and reports."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import (
    DateInput,
    Form,
    HistoryDateField,
    ModelForm,
    PlanDateField,
    PlanDateTimeField,
)
from microcity.grants.models import Application, Call, Criterion, Question, QuestionKind, Strand
from microcity.grants.services import SCREENING_RULES

MONEY_FIELD: dict[str, Any] = {
    "max_digits": 12,
    "decimal_places": 2,
    "min_value": Decimal("0"),
    "max_value": Decimal("9999999"),
}
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class CallForm(ModelForm):
    opens_at = PlanDateTimeField(label=_("Opens"), widget=DATETIME)
    closes_at = PlanDateTimeField(label=_("Closes"), widget=DATETIME)
    implementation_deadline = PlanDateField(label=_("Implementation deadline"), widget=DateInput())

    class Meta:
        model = Call
        fields = [
            "title_lv",
            "title_en",
            "text_lv",
            "text_en",
            "budget",
            "opens_at",
            "closes_at",
            "advance_share",
            "implementation_deadline",
            "reviewers_per_application",
            "disagreement_margin",
            "registered_in_city_required",
            "excluded_sectors",
            "report_template",
        ]
        widgets = {
            "text_lv": forms.Textarea(attrs={"rows": 5}),
            "text_en": forms.Textarea(attrs={"rows": 5}),
            "report_template": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("opens_at") and data.get("closes_at") and data["closes_at"] <= data["opens_at"]:
            self.add_error("closes_at", _("The call must close after it opens."))
        return data


class StrandForm(ModelForm):
    class Meta:
        model = Strand
        fields = [
            "name_lv",
            "name_en",
            "min_amount",
            "max_amount",
            "min_intensity",
            "max_intensity",
            "max_company_age_years",
            "order",
        ]


class CriterionForm(ModelForm):
    class Meta:
        model = Criterion
        fields = ["name_lv", "name_en", "weight", "max_score", "order"]


class QuestionForm(ModelForm):
    class Meta:
        model = Question
        fields = [
            "section_lv",
            "section_en",
            "text_lv",
            "text_en",
            "kind",
            "word_limit",
            "choices",
            "required",
            "order",
        ]
        widgets = {"choices": forms.Textarea(attrs={"rows": 2})}


class StartForm(Form):
    organisation: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label=_("Organisation"), queryset=None)  # type: ignore[arg-type]
    strand: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label=_("Strand"), queryset=None)  # type: ignore[arg-type]
    title = forms.CharField(label=_("Project title"), max_length=200)

    def __init__(self, *args: Any, organisations: Any, call: Call, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations  # type: ignore[attr-defined]
        self.fields["strand"].queryset = call.strands.all()  # type: ignore[attr-defined]


class ApplicationForm(Form):
    """The application's own fields and one field per question of the call (q_<id>)."""

    title = forms.CharField(label=_("Project title"), max_length=200)
    summary = forms.CharField(
        label=_("Project summary"), max_length=3000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    strand: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label=_("Strand"), queryset=None)  # type: ignore[arg-type]
    company_registered_on = HistoryDateField(
        label=_("Company registered on"), required=False, widget=DateInput()
    )
    sector = forms.CharField(label=_("Sector (NACE code)"), max_length=10, required=False)
    requested = forms.DecimalField(label=_("Grant requested (EUR)"), **MONEY_FIELD)
    linked_undertakings = forms.CharField(
        label=_("Linked companies (single undertaking)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Companies linked to yours, one a line with the registration number; none if there are none."
        ),
    )
    deminimis_declared = forms.BooleanField(
        label=_(
            "I declare all de minimis aid the single undertaking received in the last three years (below)."
        ),
        required=False,
    )
    consent = forms.BooleanField(
        label=_("I consent to the processing of this application by the municipality."), required=False
    )
    truthful = forms.BooleanField(label=_("I confirm that the information is true."), required=False)

    def __init__(self, *args: Any, application: Application, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["strand"].queryset = application.call.strands.all()  # type: ignore[attr-defined]
        self.questions = list(application.call.questions.all())
        for question in self.questions:
            self.fields[f"q_{question.pk}"] = _question_field(question)

    def answers(self) -> dict[str, str]:
        data = self.cleaned_data
        return {str(q.pk): _as_text(data.get(f"q_{q.pk}")) for q in self.questions}

    def fields_data(self) -> dict[str, Any]:
        data = {
            k: self.cleaned_data[k]
            for k in (
                "title",
                "summary",
                "strand",
                "company_registered_on",
                "sector",
                "requested",
                "linked_undertakings",
                "deminimis_declared",
                "consent",
                "truthful",
            )
        }
        data["answers"] = self.answers()
        return data

    def sections(self) -> list[tuple[str, list[Any]]]:
        """The questions' bound fields in their sections, in order."""
        grouped: list[tuple[str, list[Any]]] = []
        for question in self.questions:
            if not grouped or grouped[-1][0] != question.section:
                grouped.append((question.section, []))
            grouped[-1][1].append(self[f"q_{question.pk}"])
        return grouped


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _question_field(question: Question) -> forms.Field:
    common: dict[str, Any] = {"label": question.text, "required": False}
    if question.kind == QuestionKind.TEXT:
        help_text = _("At most %(n)d words.") % {"n": question.word_limit} if question.word_limit else ""
        return forms.CharField(
            max_length=20000, widget=forms.Textarea(attrs={"rows": 4}), help_text=help_text, **common
        )
    if question.kind == QuestionKind.NUMBER:
        return forms.DecimalField(
            max_digits=14,
            decimal_places=2,
            min_value=Decimal("-999999999"),
            max_value=Decimal("999999999"),
            **common,
        )
    if question.kind == QuestionKind.MONEY:
        return forms.DecimalField(**MONEY_FIELD, **common)
    if question.kind == QuestionKind.DATE:
        return HistoryDateField(widget=DateInput(), **common)
    if question.kind == QuestionKind.CHOICE:
        return forms.ChoiceField(choices=[("", "—"), *[(c, c) for c in question.choice_list]], **common)
    return forms.ChoiceField(choices=[("", "—"), ("yes", _("Yes")), ("no", _("No"))], **common)


class BudgetLineForm(Form):
    description = forms.CharField(label=_("Cost item"), max_length=200, required=False)
    quantity = forms.DecimalField(
        label=_("Quantity"),
        max_digits=10,
        decimal_places=2,
        min_value=Decimal("0.01"),
        max_value=Decimal("99999999"),
        required=False,
    )
    unit_price = forms.DecimalField(label=_("Unit price (EUR)"), required=False, **MONEY_FIELD)
    eligible = forms.BooleanField(label=_("Eligible"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("description") and data.get("unit_price") is None:
            self.add_error("unit_price", _("Enter the unit price."))
        return data

    def line(self) -> dict[str, Any] | None:
        data = self.cleaned_data
        if not data.get("description"):
            return None
        return {
            "description": data["description"],
            "quantity": data.get("quantity") or Decimal("1"),
            "unit_price": data["unit_price"],
            "eligible": bool(data.get("eligible")),
        }


class PriorAidForm(Form):
    undertaking = forms.CharField(label=_("Company"), max_length=200, required=False)
    granting_body = forms.CharField(label=_("Granted by"), max_length=200, required=False)
    granted_on = HistoryDateField(label=_("Granted on"), required=False, widget=DateInput())
    amount = forms.DecimalField(label=_("Amount (EUR)"), required=False, **MONEY_FIELD)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("undertaking"):
            for name in ("granting_body", "granted_on", "amount"):
                if not data.get(name) and data.get(name) != 0:
                    self.add_error(name, _("This field is required."))
        return data

    def row(self) -> dict[str, Any] | None:
        data = self.cleaned_data
        if not data.get("undertaking"):
            return None
        return {k: data[k] for k in ("undertaking", "granting_body", "granted_on", "amount")}


BudgetFormSet = forms.formset_factory(BudgetLineForm, extra=2, max_num=60, absolute_max=60, validate_max=True)
PriorAidFormSet = forms.formset_factory(PriorAidForm, extra=1, max_num=40, absolute_max=40, validate_max=True)


class InfoRequestForm(Form):
    question = forms.CharField(
        label=_("What information is needed"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AnswerForm(Form):
    answer = forms.CharField(
        label=_("Your answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


SCREENING_LABELS = {
    "registered_in_city": _("Registered in the municipality"),
    "company_age": _("Company age fits the strand"),
    "sector_allowed": _("Sector not excluded by the de minimis regulation"),
    "deminimis_within_ceiling": _("De minimis aid stays within EUR 300,000"),
    "complete": _("Application complete"),
}


class ScreeningForm(Form):
    reason = forms.CharField(
        label=_("Reason, if not eligible (the applicant is told)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for rule in SCREENING_RULES:
            self.fields[rule] = forms.BooleanField(label=SCREENING_LABELS[rule], required=False)

    def checklist(self) -> dict[str, bool]:
        return {rule: bool(self.cleaned_data.get(rule)) for rule in SCREENING_RULES}


class AssignForm(Form):
    evaluator: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label=_("Evaluator"), queryset=None)  # type: ignore[arg-type]

    def __init__(self, *args: Any, evaluators: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evaluator"].queryset = evaluators  # type: ignore[attr-defined]


class DecisionForm(Form):
    award = forms.DecimalField(label=_("Award (EUR); empty or 0: not funded"), required=False, **MONEY_FIELD)
    reason = forms.CharField(
        label=_("Reason"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AgreementForm(Form):
    signed_on = PlanDateField(label=_("Signed on"), widget=DateInput())


class ReportForm(Form):
    done = forms.CharField(
        label=_("What was done"), max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    results = forms.CharField(
        label=_("Results"), max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    actual_total = forms.DecimalField(label=_("Actual total costs (EUR)"), **MONEY_FIELD)
    actual_eligible = forms.DecimalField(label=_("Actual eligible costs (EUR)"), **MONEY_FIELD)
    jobs_created = forms.IntegerField(label=_("Jobs created"), min_value=0, max_value=100000)
    new_products = forms.IntegerField(label=_("New products or services"), min_value=0, max_value=100000)
    turnover = forms.DecimalField(label=_("Turnover (EUR)"), **MONEY_FIELD)
    exports = forms.DecimalField(label=_("Exports (EUR)"), **MONEY_FIELD)


class ReportReviewForm(Form):
    accepted_eligible = forms.DecimalField(
        label=_("Accepted eligible costs (EUR)"), required=False, **MONEY_FIELD
    )
    note = forms.CharField(
        label=_("What must change (to return the report)"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ConflictForm(Form):
    conflict = forms.ChoiceField(
        label=_("Do you have a conflict of interest with this applicant?"),
        choices=[
            ("no", _("No, I have no conflict of interest")),
            ("yes", _("Yes, I have a conflict of interest")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(label=_("What the conflict is (optional)"), max_length=500, required=False)


class ScoreForm(Form):
    def __init__(self, *args: Any, criteria: list[Criterion], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for c in criteria:
            self.fields[f"score_{c.pk}"] = forms.IntegerField(
                label=_("%(c)s: score (0–%(m)d)") % {"c": c.name, "m": c.max_score},
                min_value=0,
                max_value=c.max_score,
            )
            self.fields[f"comment_{c.pk}"] = forms.CharField(
                label=_("%(c)s: comment") % {"c": c.name},
                max_length=3000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def scores(self) -> dict[int, tuple[int, str]]:
        return {
            c.pk: (self.cleaned_data[f"score_{c.pk}"], self.cleaned_data[f"comment_{c.pk}"])
            for c in self.criteria
        }

    def pairs(self) -> list[tuple[Any, Any]]:
        return [(self[f"score_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria]


class FilterForm(Form):
    status = forms.ChoiceField(label=_("Status"), required=False)
    strand = forms.TypedChoiceField(label=_("Strand"), required=False, coerce=int, empty_value=None)
    q = forms.CharField(label=_("Search"), max_length=100, required=False)
    disagreement = forms.BooleanField(label=_("Only where evaluators disagree"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("score", _("Average score")),
            ("number", _("Number")),
            ("requested", _("Grant requested")),
            ("spread", _("Spread")),
        ],
    )

    def __init__(self, *args: Any, call: Call, **kwargs: Any) -> None:
        from microcity.grants.models import ApplicationStatus

        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("All")), *ApplicationStatus.choices]  # type: ignore[attr-defined]
        self.fields["strand"].choices = [("", _("All")), *[(s.pk, s.name) for s in call.strands.all()]]  # type: ignore[attr-defined]


class FollowUpForm(Form):
    jobs_created = forms.IntegerField(label=_("Jobs created"), min_value=0, max_value=100000)
    new_products = forms.IntegerField(label=_("New products or services"), min_value=0, max_value=100000)
    turnover = forms.DecimalField(label=_("Turnover (EUR)"), **MONEY_FIELD)
    exports = forms.DecimalField(label=_("Exports (EUR)"), **MONEY_FIELD)
