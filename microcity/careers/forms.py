"""Forms of the career pages: portfolio sections, the interest questionnaire, share links, counselling
availability and session records. They validate input only; the services decide and change state."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from microcity.careers import conf
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import (
    ENTRY_SECTIONS,
    ActivityKind,
    Entry,
    GoalStatus,
    Section,
    Skill,
    SkillCategory,
    Visibility,
)
from microcity.core.forms import Form, HistoryDateField, ModelForm, PlanDateField, PlanDateTimeField
from microcity.core.models import City, Organisation

SCALE = [
    ("1", _("Not like me at all")),
    ("2", _("A little like me")),
    ("3", _("Somewhat like me")),
    ("4", _("Quite like me")),
    ("5", _("Very much like me")),
]
EXPORT_LANGUAGES = [("lv", _("Latvian")), ("en", _("English"))]
# An employer reads a CV; reflections are the youth's own thinking, so they are left out unless chosen.
DEFAULT_EXPORT_SECTIONS = [s for s in Section.values if s != Section.REFLECTIONS]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%H:%M", **kwargs)


class AboutForm(Form):
    about = forms.CharField(
        label=_("About me"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("A few sentences: who you are, what you like doing, what you are looking for."),
    )


# Which fields each list section asks for, and what its title means there.
SECTION_FIELDS: dict[str, tuple[str, ...]] = {
    Section.EDUCATION: ("title", "organisation_name", "starts_on", "ends_on", "description"),
    Section.EXPERIENCE: ("title", "organisation_name", "starts_on", "ends_on", "hours", "description"),
    Section.INFORMAL_LEARNING: ("title", "organisation_name", "starts_on", "ends_on", "hours", "description"),
    Section.ACHIEVEMENTS: ("title", "organisation_name", "starts_on", "description"),
    Section.REFLECTIONS: ("title", "starts_on", "description"),
}
TITLE_LABELS: dict[str, Any] = {
    Section.EDUCATION: _("Qualification, programme or class"),
    Section.EXPERIENCE: _("Role or job"),
    Section.INFORMAL_LEARNING: _("Course, club or activity"),
    Section.ACHIEVEMENTS: _("Achievement"),
    Section.REFLECTIONS: _("Title"),
}
ORGANISATION_LABELS: dict[str, Any] = {
    Section.EDUCATION: _("School"),
    Section.EXPERIENCE: _("Employer or organisation"),
    Section.INFORMAL_LEARNING: _("Organiser"),
    Section.ACHIEVEMENTS: _("Awarded by"),
}


class EntryForm(ModelForm):
    class Meta:
        model = Entry
        fields = ["title", "organisation_name", "starts_on", "ends_on", "hours", "description"]
        widgets = {
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "description": forms.Textarea(attrs={"rows": 5}),
        }
        field_classes = {"starts_on": HistoryDateField, "ends_on": HistoryDateField}

    def __init__(self, *args: Any, section: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if section not in ENTRY_SECTIONS:
            raise ValueError(section)
        self.section = section
        for name in list(self.fields):
            if name not in SECTION_FIELDS[section]:
                del self.fields[name]
        self.fields["title"].label = TITLE_LABELS[section]
        if "organisation_name" in self.fields:
            self.fields["organisation_name"].label = ORGANISATION_LABELS[section]
        if section == Section.ACHIEVEMENTS:
            self.fields["starts_on"].label = _("Date")
        if section == Section.REFLECTIONS:
            self.fields["starts_on"].label = _("Date")
            self.fields["description"].label = _("My reflection")
            self.fields["description"].required = True
        if self.instance.pk and self.instance.is_verified:
            # What the programme stated stays as it stated; the owner adds a description.
            for name in ("title", "organisation_name", "starts_on", "ends_on", "hours"):
                if name in self.fields:
                    self.fields[name].disabled = True

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", _("“Until” cannot be before “from”."))
        return data

    def entry_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.fields if not self.fields[name].disabled}


class EvidenceForm(Form):
    file = forms.FileField(
        label=_("Evidence file"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Formatted per request, in the page's language (formatted at import it stayed Latvian).
        self.fields["file"].help_text = _("A photo or scan (JPEG, PNG, WebP) or a PDF, up to %(mb)s MB.") % {
            "mb": conf.evidence_max_bytes() // (1024 * 1024)
        }


class VisibilityForm(Form):
    """One choice per section: who besides the owner sees it."""

    def __init__(self, *args: Any, visibility: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, label in Section.choices:
            self.fields[value] = forms.ChoiceField(
                label=label,
                choices=Visibility.choices,
                initial=visibility.get(value, Visibility.PRIVATE),
            )


def _skill_choices() -> list[tuple[Any, Any]]:
    language = (get_language() or "lv")[:2]
    field = "label_en" if language == "en" else "label_lv"
    grouped: dict[str, list[tuple[str, str]]] = {}
    for skill in Skill.objects.filter(is_active=True).order_by("category", field):
        grouped.setdefault(skill.category, []).append(
            (str(skill.pk), getattr(skill, field) or skill.label_lv)
        )
    choices: list[tuple[Any, Any]] = [("", _("— choose a skill —"))]
    for category, label in SkillCategory.choices:
        if grouped.get(category):
            choices.append((label, grouped[category]))
    return choices


class SkillForm(Form):
    skill = forms.ChoiceField(label=_("Skill from the list"), required=False)
    free_text = forms.CharField(
        label=_("Or in your own words"),
        required=False,
        max_length=150,
        help_text=_("If the list does not have it."),
    )
    note = forms.CharField(label=_("Where I used it"), required=False, max_length=250)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["skill"].choices = _skill_choices()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen, own = data.get("skill"), (data.get("free_text") or "").strip()
        if bool(chosen) == bool(own):
            raise forms.ValidationError(_("Pick a skill from the list or write it in your own words."))
        data["skill_obj"] = Skill.objects.filter(pk=chosen, is_active=True).first() if chosen else None
        if chosen and data["skill_obj"] is None:
            self.add_error("skill", _("Choose a skill from the list."))
        return data


class InterestForm(Form):
    """The 30 statements, each a radio group on the 1–5 scale, in the page's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language = (get_language() or "lv")[:2]
        for statement in STATEMENTS:
            self.fields[statement.key] = forms.ChoiceField(
                label=statement.text(language),
                choices=SCALE,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose how much this is like you.")},
            )

    def answers(self) -> dict[str, int]:
        return {key: int(value) for key, value in self.cleaned_data.items()}


class GoalForm(Form):
    title = forms.CharField(label=_("Goal"), max_length=200)
    description = forms.CharField(
        label=_("Why it matters to me"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    target_on = PlanDateField(label=_("Target date"), required=False, widget=DateInput())


class PlanStepForm(Form):
    title = forms.CharField(label=_("Step"), max_length=200)
    due_on = PlanDateField(label=_("By"), required=False, widget=DateInput())


class GoalStatusForm(Form):
    status = forms.ChoiceField(label=_("Status"), choices=GoalStatus.choices)


class ShareLinkForm(Form):
    label = forms.CharField(
        label=_("For whom"),
        max_length=150,
        help_text=_("For example the employer or school you send it to."),
    )
    sections = forms.MultipleChoiceField(
        label=_("Sections shown"),
        choices=Section.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=DEFAULT_EXPORT_SECTIONS,
    )
    expires_on = PlanDateField(label=_("Open until"), widget=DateInput())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["expires_on"].help_text = _("At most %(days)s days from today.") % {
            "days": conf.share_link_max_days()
        }
        self.fields["expires_on"].initial = timezone.localdate() + dt.timedelta(days=30)

    def clean_expires_on(self) -> dt.date:
        day: dt.date = self.cleaned_data["expires_on"]
        today = timezone.localdate()
        if day <= today:
            raise forms.ValidationError(_("The expiry date must be in the future."))
        if day > today + dt.timedelta(days=conf.share_link_max_days()):
            raise forms.ValidationError(
                _("A link can stay open for at most %(days)s days.") % {"days": conf.share_link_max_days()}
            )
        return day

    def expires_at(self) -> dt.datetime:
        """The end of the chosen day in Riga, so "open until 30 May" means the whole of 30 May."""
        day = self.cleaned_data["expires_on"]
        moment = dt.datetime.combine(day, dt.time(23, 59), tzinfo=timezone.get_current_timezone())
        limit = timezone.now() + dt.timedelta(days=conf.share_link_max_days())
        return min(moment, limit - dt.timedelta(minutes=1))


class ExportForm(Form):
    language = forms.ChoiceField(label=_("Language of the document"), choices=EXPORT_LANGUAGES)
    sections = forms.MultipleChoiceField(
        label=_("Sections to include"),
        choices=Section.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=DEFAULT_EXPORT_SECTIONS,
    )


# --- Counselling ----------------------------------------------------------------------------------

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class AvailabilityForm(Form):
    weekday = forms.TypedChoiceField(label=_("Weekday"), choices=WEEKDAYS, coerce=int)
    starts_at = forms.TimeField(label=_("From"), widget=TimeInput())
    ends_at = forms.TimeField(label=_("Until"), widget=TimeInput())
    slot_minutes = forms.IntegerField(
        label=_("Session length (minutes)"), min_value=10, max_value=240, initial=45
    )
    valid_from = PlanDateField(label=_("Valid from"), widget=DateInput())
    valid_to = PlanDateField(label=_("Valid until"), required=False, widget=DateInput())
    location = forms.CharField(label=_("Place"), max_length=200, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("“Until” must be after “from”."))
        if data.get("valid_from") and data.get("valid_to") and data["valid_to"] < data["valid_from"]:
            self.add_error("valid_to", _("“Valid until” cannot be before “valid from”."))
        return data


class ExceptionForm(Form):
    date = PlanDateField(label=_("Date"), widget=DateInput())
    starts_at = forms.TimeField(
        label=_("From"), required=False, widget=TimeInput(), help_text=_("Leave empty for the whole day.")
    )
    ends_at = forms.TimeField(label=_("Until"), required=False, widget=TimeInput())
    reason = forms.CharField(label=_("Reason"), max_length=200, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("starts_at"), data.get("ends_at")
        if (start is None) != (end is None):
            self.add_error("ends_at", _("Give both times, or neither for the whole day."))
        elif start and end and end <= start:
            self.add_error("ends_at", _("“Until” must be after “from”."))
        return data


class CancelForm(Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=250, required=False)


class SessionRecordForm(Form):
    topics = forms.CharField(
        label=_("Topics"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown to the youth."),
    )
    private_notes = forms.CharField(
        label=_("Private notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Seen only by you: not by colleagues, coordinators, the youth or their parents."),
    )
    step_1 = forms.CharField(label=_("Agreed next step"), max_length=250, required=False)
    due_1 = PlanDateField(label=_("Due"), required=False, widget=DateInput())
    step_2 = forms.CharField(label=_("Another next step"), max_length=250, required=False)
    due_2 = PlanDateField(label=_("Due"), required=False, widget=DateInput())
    step_3 = forms.CharField(label=_("Another next step"), max_length=250, required=False)
    due_3 = PlanDateField(label=_("Due"), required=False, widget=DateInput())

    def next_steps(self) -> list[tuple[str, dt.date | None]]:
        data = self.cleaned_data
        return [(data[f"step_{n}"], data[f"due_{n}"]) for n in (1, 2, 3) if (data[f"step_{n}"] or "").strip()]


class PeriodForm(Form):
    start = PlanDateField(label=_("From"), widget=DateInput())
    end = PlanDateField(label=_("Until"), widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end"):
            if data["end"] < data["start"]:
                self.add_error("end", _("“Until” cannot be before “from”."))
            elif (data["end"] - data["start"]).days > 366 * 3:
                self.add_error("end", _("Choose a period of at most three years."))
        return data


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class ActivityForm(Form):
    """A new group activity: what, when, how many places, until when one can register."""

    kind = forms.ChoiceField(label=_("Kind"), choices=ActivityKind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    host = forms.ModelChoiceField(
        label=_("Host employer"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("Required for a job-shadow day."),
    )
    location = forms.CharField(label=_("Place"), max_length=200, required=False)
    starts_at = PlanDateTimeField(label=_("Starts"), widget=DateTimeInput())
    ends_at = PlanDateTimeField(label=_("Ends"), widget=DateTimeInput())
    registration_deadline = PlanDateTimeField(label=_("Registration closes"), widget=DateTimeInput())
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=10000)
    min_age = forms.IntegerField(label=_("Youngest age"), min_value=13, max_value=30, initial=13)
    max_age = forms.IntegerField(label=_("Oldest age"), min_value=13, max_value=30, initial=19)

    def __init__(self, *args: Any, city: City, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        host = self.fields["host"]
        assert isinstance(host, forms.ModelChoiceField)
        host.queryset = Organisation.objects.filter(city=city).order_by("name")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends, deadline = data.get("starts_at"), data.get("ends_at"), data.get("registration_deadline")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The activity must end after it starts."))
        if starts and deadline and deadline > starts:
            self.add_error("registration_deadline", _("Registration must close before the activity starts."))
        if data.get("kind") == ActivityKind.JOB_SHADOW and not data.get("host"):
            self.add_error("host", _("A job-shadow day needs its host employer."))
        low, high = data.get("min_age"), data.get("max_age")
        if low and high and high < low:
            self.add_error("max_age", _("The oldest age cannot be below the youngest."))
        return data


class CapacityForm(Form):
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=10000)
