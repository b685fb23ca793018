"""Forms for roles, guardian consent and deleting one's own account."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from microcity.accounts.models import ORGANISATION_ROLES, GuardianLink, Role, User
from microcity.core.forms import Form, HistoryDateField
from microcity.core.models import City, Organisation, Person

GUARDIAN_CONSENT_TEXT = _(
    "I am the parent or legal guardian of this youth. I agree that the city's programme coordinators "
    "process the youth's personal data for the programmes the youth takes part in, and that I may see "
    "what the youth shares with me. I may withdraw this consent at any time."
)


class MembershipGrantForm(Form):
    email = forms.EmailField(label=_("User's e-mail address"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none(), required=False
    )

    def __init__(self, *args: Any, city: City, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.city = city
        field_organisation: forms.ModelChoiceField = self.fields["organisation"]  # type: ignore[assignment]
        field_organisation.queryset = Organisation.objects.filter(city=city).order_by("name")
        self.fields["organisation"].help_text = _(
            "Required for employer representatives, work supervisors and teachers."
        )

    def clean_email(self) -> User:
        email = self.cleaned_data["email"].strip().lower()
        try:
            return User.objects.get(email__iexact=email, is_active=True)
        except User.DoesNotExist as exc:
            raise forms.ValidationError(
                _("No active user has this e-mail address. Ask them to sign up first.")
            ) from exc

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("role") in ORGANISATION_ROLES and not data.get("organisation"):
            self.add_error("organisation", _("This role acts for an organisation: choose it."))
        return data


class GuardianLinkForm(Form):
    guardian = forms.ModelChoiceField(label=_("Guardian"), queryset=Person.objects.none())
    relationship = forms.ChoiceField(label=_("Relationship"), choices=GuardianLink.Relationship.choices)
    consent_given_on = HistoryDateField(
        label=_("Date the written consent was signed"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    confirm = forms.BooleanField(
        label=_("I have the guardian's signed consent with the wording shown above."), required=True
    )

    def __init__(self, *args: Any, youth: Person, guardians: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.youth = youth
        field_guardian: forms.ModelChoiceField = self.fields["guardian"]  # type: ignore[assignment]
        field_guardian.queryset = guardians.exclude(pk=youth.pk)

    def clean_consent_given_on(self) -> Any:
        day = self.cleaned_data["consent_given_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("Consent cannot be dated in the future."))
        return day


class AccountDeleteForm(Form):
    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
