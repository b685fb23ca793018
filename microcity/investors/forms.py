"""Forms of investor attraction: the public inquiry (spam-resistant), the lead, the timeline, the stage,
the info pack, the hiring plan and the city's offer."""

from __future__ import annotations

import time
from typing import Any

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from microcity.accounts.models import Role, User
from microcity.core.forms import DateInput, Form, HistoryDateField, ModelForm, PlanDateField
from microcity.core.models import City, Occupation
from microcity.investors.models import (
    MANUAL_KINDS,
    ActivityKind,
    CompanySize,
    Country,
    Incentive,
    Lead,
    LostReason,
    Sector,
    Site,
    Stage,
)

# The inquiry form refuses answers sent sooner than this after the page was served (robots fill forms in
# no time), or later than a day (a stale or replayed token).
MIN_SECONDS = 3
MAX_SECONDS = 24 * 3600
_SALT = "investors.inquiry"


def started_token() -> str:
    return signing.dumps(int(time.time()), salt=_SALT)


class InquiryForm(Form):
    company = forms.CharField(label=_("Company"), max_length=200)
    country = forms.ChoiceField(label=_("Country of the company"), choices=[("", "—"), *Country.choices])
    sector = forms.ChoiceField(label=_("Sector"), choices=[("", "—"), *Sector.choices])
    size = forms.ChoiceField(
        label=_("Company size"), choices=[("", "—"), *CompanySize.choices], required=False
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=200)
    contact_email = forms.EmailField(label=_("E-mail"))
    contact_phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    project = forms.CharField(
        label=_("Your project"),
        help_text=_("What you plan to make or do, and what site or premises you need."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
    )
    planned_jobs = forms.IntegerField(
        label=_("Jobs planned (optional)"), min_value=0, max_value=100_000, required=False
    )
    planned_capital_eur = forms.DecimalField(
        label=_("Investment planned, EUR (optional)"),
        min_value=0,
        max_value=10_000_000_000,
        max_digits=14,
        decimal_places=2,
        required=False,
    )
    consent = forms.BooleanField(required=True)
    # Spam resistance: a field people never see (robots fill every field) and the moment the form was served.
    website = forms.CharField(required=False, max_length=200, label=_("Leave this empty"))
    started = forms.CharField(widget=forms.HiddenInput, max_length=200)

    def __init__(self, *args: Any, retention_years: int, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {})["started"] = started_token()
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "I agree that the city's investment managers keep these details to answer my inquiry, for as long "
            "as we are in contact and %(years)s years after it ends without an investment, and then delete them."
        ) % {"years": retention_years}
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["company"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def is_spam(self) -> bool:
        """Whether the answer looks like a robot's (checked after is_valid)."""
        if self.cleaned_data.get("website"):
            return True
        try:
            started = signing.loads(self.cleaned_data.get("started", ""), salt=_SALT)
        except signing.BadSignature:
            return True
        elapsed = time.time() - int(started)
        return not (MIN_SECONDS <= elapsed <= MAX_SECONDS)


class LeadForm(ModelForm):
    class Meta:
        model = Lead
        fields = [
            "company",
            "country",
            "sector",
            "size",
            "contact_name",
            "contact_email",
            "contact_phone",
            "source",
            "language",
            "project",
            "manager",
            "planned_jobs",
            "planned_capital_eur",
            "actual_jobs",
            "actual_capital_eur",
        ]
        widgets = {"project": forms.Textarea(attrs={"rows": 3}), "language": forms.Select}

    def __init__(self, *args: Any, city: City, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from django.conf import settings

        self.fields["language"].widget.choices = settings.LANGUAGES  # type: ignore[attr-defined]
        manager: forms.ModelChoiceField = self.fields["manager"]  # type: ignore[assignment]
        manager.queryset = User.objects.filter(
            memberships__city=city, memberships__role=Role.INVESTMENT_MANAGER
        ).distinct()
        manager.label_from_instance = lambda user: user.get_full_name() or user.email  # type: ignore[method-assign,assignment]
        for name in ("planned_jobs", "actual_jobs"):
            self.fields[name].max_value = 100_000  # type: ignore[attr-defined]
            self.fields[name].widget.attrs["max"] = 100_000

    def clean_language(self) -> str:
        from django.conf import settings

        value = self.cleaned_data["language"]
        if value not in dict(settings.LANGUAGES):
            raise forms.ValidationError(_("Choose Latvian or English."))
        return str(value)


class FilterForm(Form):
    stage = forms.ChoiceField(
        label=_("Stage"), choices=[("", _("All stages")), *Stage.choices], required=False
    )
    sector = forms.ChoiceField(
        label=_("Sector"), choices=[("", _("All sectors")), *Sector.choices], required=False
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=[("", _("All countries")), *Country.choices], required=False
    )
    manager = forms.ModelChoiceField(
        label=_("Investment manager"), queryset=User.objects.none(), required=False, empty_label=_("Everyone")
    )
    q = forms.CharField(label=_("Company or contact"), max_length=100, required=False)
    overdue = forms.BooleanField(label=_("Only with overdue tasks"), required=False)

    def __init__(self, *args: Any, city: City, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager: forms.ModelChoiceField = self.fields["manager"]  # type: ignore[assignment]
        manager.queryset = User.objects.filter(
            memberships__city=city, memberships__role=Role.INVESTMENT_MANAGER
        ).distinct()
        manager.label_from_instance = lambda user: user.get_full_name() or user.email  # type: ignore[method-assign,assignment]


class ActivityForm(Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(kind.value, kind.label) for kind in MANUAL_KINDS],
        initial=ActivityKind.NOTE,
    )
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 2}), max_length=4000)
    due_on = PlanDateField(label=_("Date (tasks and visits)"), required=False, widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") in (
            ActivityKind.TASK,
            ActivityKind.VISIT,
            ActivityKind.AFTERCARE,
        ) and not data.get("due_on"):
            self.add_error("due_on", _("A task or a visit needs a date."))
        return data


class StageForm(Form):
    stage = forms.ChoiceField(label=_("Move to"))
    lost_reason = forms.ChoiceField(
        label=_("Reason, if lost"), choices=[("", "—"), *LostReason.choices], required=False
    )
    decided_on = HistoryDateField(label=_("Date of the decision"), required=False, widget=DateInput())
    note = forms.CharField(label=_("Note"), required=False, max_length=1000)

    def __init__(self, *args: Any, targets: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [(t, Stage(t).label) for t in targets]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("stage") == Stage.LOST and not data.get("lost_reason"):
            self.add_error("lost_reason", _("Choose why the lead is lost."))
        return data


class InfoPackForm(Form):
    language = forms.ChoiceField(label=_("Language of the pack"))
    sites = forms.ModelMultipleChoiceField(
        label=_("Sites"), queryset=Site.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    incentives = forms.ModelMultipleChoiceField(
        label=_("Incentives"),
        queryset=Incentive.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    message = forms.CharField(
        label=_("Personal message"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000, required=False
    )
    send = forms.BooleanField(label=_("Send it to the contact by e-mail"), required=False)

    def __init__(self, *args: Any, lead: Lead, **kwargs: Any) -> None:
        from django.conf import settings

        kwargs.setdefault("initial", {}).setdefault("language", lead.language)
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES  # type: ignore[attr-defined]
        sites: forms.ModelMultipleChoiceField = self.fields["sites"]  # type: ignore[assignment]
        sites.queryset = Site.objects.filter(city=lead.city).order_by("name_lv")
        incentives: forms.ModelMultipleChoiceField = self.fields["incentives"]  # type: ignore[assignment]
        incentives.queryset = Incentive.objects.filter(city=lead.city).order_by("name_lv")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("sites") and not data.get("incentives"):
            raise forms.ValidationError(_("Pick at least one site or incentive for the pack."))
        return data


class HiringLineForm(Form):
    occupation = forms.ModelChoiceField(
        label=_("Occupation (ISCO-08)"), queryset=Occupation.objects.filter(level=4).order_by("code")
    )
    count = forms.IntegerField(label=_("People"), min_value=1, max_value=10_000)
    needed_by = PlanDateField(label=_("Needed by"), widget=DateInput())
    salary_min = forms.DecimalField(
        label=_("Gross monthly salary from (EUR)"),
        min_value=1,
        max_value=100_000,
        max_digits=8,
        decimal_places=2,
    )
    salary_max = forms.DecimalField(
        label=_("Gross monthly salary to (EUR)"),
        min_value=1,
        max_value=100_000,
        max_digits=8,
        decimal_places=2,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        occupation: forms.ModelChoiceField = self.fields["occupation"]  # type: ignore[assignment]
        occupation.label_from_instance = lambda o: f"{o.code} {o.label}"  # type: ignore[method-assign,assignment]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("salary_min"), data.get("salary_max")
        if low is not None and high is not None and high < low:
            self.add_error("salary_max", _("“To” must not be lower than “from”."))
        return data


class SiteForm(ModelForm):
    class Meta:
        model = Site
        fields = [
            "kind",
            "name_lv",
            "name_en",
            "description_lv",
            "description_en",
            "address",
            "area_m2",
            "zoning",
            "ownership",
            "price_eur",
            "rent_eur_m2",
            "electricity_mw",
            "water",
            "gas",
            "rail",
            "port",
            "fibre",
            "distance_km",
            "latitude",
            "longitude",
            "is_published",
        ]
        widgets = {
            "description_lv": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
        }


class IncentiveForm(ModelForm):
    class Meta:
        model = Incentive
        fields = ["name_lv", "name_en", "description_lv", "description_en", "is_published"]
        widgets = {
            "description_lv": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
        }
