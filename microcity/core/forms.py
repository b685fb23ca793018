"""Forms for people and organisations, with translated labels and errors."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from microcity.core.birth_dates import birth_date_locked
from microcity.core.models import City, Organisation, OrganisationKind, Person
from microcity.core.services import BIRTH_DATE_REASON_MAX_LENGTH


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["first_name", "last_name", "date_of_birth", "email", "phone", "city", "school", "grade"]
        widgets = {"date_of_birth": DateInput()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_city: forms.ModelChoiceField = self.fields["city"]  # type: ignore[assignment]
        field_city.queryset = City.objects.filter(is_active=True)
        field_school: forms.ModelChoiceField = self.fields["school"]  # type: ignore[assignment]
        field_school.queryset = Organisation.objects.filter(
            kind__in=[OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY]
        ).select_related("city")
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["date_of_birth"].widget.attrs["autocomplete"] = "bday"
        self.birth_date_locked = self.instance.date_of_birth is not None and birth_date_locked(self.instance)
        if self.birth_date_locked:
            # Shown, not editable: a posted value is ignored (the field keeps the record's date), and the
            # person service refuses the change anyway.
            field = self.fields["date_of_birth"]
            field.disabled = True
            field.help_text = _(
                "A programme relies on this date (an application, a guardian's consent, a contract or a "
                "verified portfolio entry), so it can no longer be changed here. If it is wrong, a programme "
                "coordinator of the city corrects it."
            )

    def clean_date_of_birth(self) -> Any:
        born = self.cleaned_data.get("date_of_birth")
        if born and born > timezone.localdate():
            raise forms.ValidationError(_("The date of birth cannot be in the future."))
        if born and born.year < 1900:
            raise forms.ValidationError(_("Check the year of birth."))
        return born


class BirthDateCorrectionForm(forms.Form):
    """A coordinator's correction of a date of birth that programmes rely on, with the reason."""

    date_of_birth = forms.DateField(label=_("Correct date of birth"), widget=DateInput())
    reason = forms.CharField(
        label=_("Reason for the correction"),
        max_length=BIRTH_DATE_REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for the correction.")},
        help_text=_("For example the document that shows the date. The reason is kept in the audit log."),
    )

    def clean_date_of_birth(self) -> Any:
        born = self.cleaned_data.get("date_of_birth")
        if born and born > timezone.localdate():
            raise forms.ValidationError(_("The date of birth cannot be in the future."))
        if born and born.year < 1900:
            raise forms.ValidationError(_("Check the year of birth."))
        return born

    def clean_reason(self) -> str:
        reason = self.cleaned_data.get("reason", "").strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for the correction."))
        return reason


class PeopleSearchForm(forms.Form):
    q = forms.CharField(label=_("Search by name or e-mail"), required=False, max_length=100)
