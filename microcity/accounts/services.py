"""State changes for accounts: roles, guardian consent, a person's own data export and deletion."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.accounts import permissions
from microcity.accounts.models import ORGANISATION_ROLES, GuardianLink, Membership, User
from microcity.core import birth_dates, exports, workflow
from microcity.core.models import AuditAction, AuditEvent, City, Organisation, Person
from microcity.core.registry import personal_data
from microcity.core.services import (
    BIRTH_DATE_REASON_MAX_LENGTH,
    PersonError,
    PersonNotAllowed,
    audit_log,
)


class AccountsError(workflow.DomainError):
    """A request about accounts that cannot be carried out; the message is shown to the user."""


class PermissionDenied(AccountsError, workflow.NotAllowed):
    pass


GUARDIAN_CONSENT_VERSION = "2026-1"

# Wagtail's page permissions live on its groups, one pair per city (created with the city's living
# guide by talent.living_access): information providers draft pages and submit them for moderation
# ("editors"), content editors also publish ("moderators"). Only that city's pages are theirs.
GUIDE_EDITORS = "{slug} · guide editors"
GUIDE_MODERATORS = "{slug} · guide moderators"
WAGTAIL_GROUPS: dict[str, tuple[str, ...]] = {
    "content_editor": (GUIDE_EDITORS, GUIDE_MODERATORS),
    "relocation_consultant": (GUIDE_EDITORS,),
}
# Site-wide groups that earlier versions gave to these roles; they are taken away on the next sync.
_LEGACY_GROUPS = {"Editors", "Moderators"}


def _is_managed_group(name: str) -> bool:
    suffixes = {template.removeprefix("{slug}") for template in (GUIDE_EDITORS, GUIDE_MODERATORS)}
    return name in _LEGACY_GROUPS or any(name.endswith(suffix) for suffix in suffixes)


def wagtail_groups_sync(*, user: User) -> None:
    """Put the user in exactly the Wagtail groups that their roles call for, city by city."""
    from django.contrib.auth.models import Group

    wanted = {
        template.format(slug=m.city.slug)
        for m in user.memberships.select_related("city")
        for template in WAGTAIL_GROUPS.get(m.role, ())
    }
    current = {group.name: group for group in user.groups.all() if _is_managed_group(group.name)}
    for group in Group.objects.filter(name__in=wanted - set(current)):
        user.groups.add(group)
    for name, group in current.items():
        if name not in wanted:
            user.groups.remove(group)


@transaction.atomic
def membership_grant(
    *, user: User, city: City, role: str, by: Any, organisation: Organisation | None = None
) -> Membership:
    if not permissions.can_manage_memberships(by, city):
        raise PermissionDenied(_("You may not grant roles in this city."))
    if role in ORGANISATION_ROLES and organisation is None:
        raise AccountsError(_("This role acts for an organisation: choose it."))
    if organisation is not None and organisation.city_id != city.pk:
        raise AccountsError(_("The organisation is in another city."))
    membership, created = Membership.objects.get_or_create(
        user=user, city=city, role=role, organisation=organisation, defaults={"granted_by": by}
    )
    if created:
        audit_log(actor=by, action=AuditAction.CREATE, obj=membership, city=city, details={"role": role})
    permissions.forget_memberships(user)
    wagtail_groups_sync(user=user)
    return membership


@transaction.atomic
def membership_revoke(*, membership: Membership, by: Any) -> None:
    if not permissions.can_manage_memberships(by, membership.city):
        raise PermissionDenied(_("You may not change roles in this city."))
    if membership.user_id == by.pk and membership.role == "city_admin":
        raise AccountsError(_("You cannot remove your own administrator role."))
    audit_log(
        actor=by,
        action=AuditAction.DELETE,
        obj=membership,
        city=membership.city,
        details={"role": membership.role},
    )
    user = membership.user
    membership.delete()
    permissions.forget_memberships(user)
    wagtail_groups_sync(user=user)


@transaction.atomic
def guardian_link_create(
    *,
    guardian: Person,
    youth: Person,
    relationship: str,
    consent_text: str,
    consent_given_at: dt.datetime,
    by: Any,
    address: str | None = None,
) -> GuardianLink:
    if guardian.pk == youth.pk:
        raise AccountsError(_("A person cannot be their own guardian."))
    if not permissions.can_record_guardian_consent(by, youth):
        raise PermissionDenied(_("You may not record consent for this youth."))
    if consent_given_at > timezone.now():
        raise AccountsError(_("Consent cannot be dated in the future."))
    if GuardianLink.objects.filter(guardian=guardian, youth=youth, revoked_at__isnull=True).exists():
        raise AccountsError(_("This guardian is already linked to this youth."))
    link = GuardianLink.objects.create(
        guardian=guardian,
        youth=youth,
        relationship=relationship,
        consent_text=consent_text,
        consent_version=GUARDIAN_CONSENT_VERSION,
        consent_given_at=consent_given_at,
        recorded_by=by if getattr(by, "is_authenticated", False) else None,
    )
    audit_log(actor=by, action=AuditAction.CREATE, obj=link, person=youth, address=address)
    return link


@transaction.atomic
def guardian_link_revoke(*, link: GuardianLink, by: Any, address: str | None = None) -> GuardianLink:
    own = getattr(by, "person", None) if getattr(by, "is_authenticated", False) else None
    is_party = own is not None and own.pk in (link.guardian_id, link.youth_id)
    if not (is_party or permissions.can_change_person(by, link.youth)):
        raise PermissionDenied(_("You may not revoke this link."))
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
        audit_log(actor=by, action=AuditAction.CHANGE, obj=link, person=link.youth, address=address)
    return link


def person_export(*, person: Person) -> dict[str, Any]:
    """Everything the core and accounts keep about a person, as plain data for a download."""
    user = person.user
    return {
        "about_this_file": about_person_export(),
        "exported_at": timezone.now(),
        "person": {
            "first_name": person.first_name,
            "last_name": person.last_name,
            "date_of_birth": person.date_of_birth,
            "email": person.email,
            "phone": person.phone,
            "city": person.city.slug if person.city else None,
            "school": person.school.name if person.school else None,
            "grade": person.grade,
            "created_at": person.created_at,
        },
        "account": (
            {
                "email": user.email,
                "date_joined": user.date_joined,
                "last_login": user.last_login,
                "preferred_language": user.preferred_language,
                "roles": [
                    {
                        "city": m.city.slug,
                        "role": m.role,
                        "organisation": m.organisation.name if m.organisation else None,
                    }
                    for m in user.memberships.select_related("city", "organisation")
                ],
            }
            if user
            else None
        ),
        "guardians": [
            {
                "guardian": str(link.guardian),
                "relationship": link.relationship,
                "consent_given_at": link.consent_given_at,
                "revoked_at": link.revoked_at,
            }
            for link in person.guardian_links.select_related("guardian")
        ],
        "youths_in_my_care": [
            {
                "youth": str(link.youth),
                "consent_given_at": link.consent_given_at,
                "revoked_at": link.revoked_at,
            }
            for link in person.youth_links.select_related("youth")
        ],
        **personal_data.export_sections(person),
        "counted_results": [
            {"indicator": o.indicator, "programme": o.programme, "date": o.occurred_on, "city": o.city.slug}
            for o in person.outcomes.select_related("city")
        ],
        "record_access": [
            {
                "at": event.at,
                "by": event.actor_label or (str(event.actor) if event.actor else ""),
                "action": event.action,
                "record": event.object_label,
                "city": event.city.slug if event.city else None,
            }
            for event in AuditEvent.objects.filter(person=person)
            .select_related("actor", "city")
            .order_by("at")
        ],
    }


# What the download's sections hold: its README, at the top of the file (GDPR article 20 asks for a
# structured, commonly used, machine-readable format; a person also needs to know what each part means).
CORE_SECTIONS = {
    "person": "Your personal details: name, date of birth, e-mail, phone, city, school and grade.",
    "account": "Your sign-in account: e-mail, when you joined and last signed in, language, roles.",
    "guardians": "Parents or guardians linked to you, with the consent dates.",
    "youths_in_my_care": "Youths you are linked to as a parent or guardian.",
    "counted_results": "Results of the city's programmes that count you (e.g. 'youth supported'), by date.",
    "record_access": "Who opened, changed or exported records about you, and when (the audit log).",
}


def about_person_export() -> dict[str, Any]:
    return {
        "format": "JSON (UTF-8). Dates are ISO 8601 (YYYY-MM-DD); times ISO 8601 with their UTC offset; "
        "amounts of money are decimal strings in euros.",
        "legal_basis": "GDPR article 15 (right of access) and article 20 (data portability).",
        "sections": {**CORE_SECTIONS, **personal_data.about()},
    }


def person_export_json(*, person: Person) -> str:
    return exports.json_text(person_export(person=person))


@transaction.atomic
def person_anonymise(*, person: Person) -> Person:
    """Erase what identifies a person but keep the row, so that results already counted stay counted."""
    personal_data.erase(person)
    person.first_name = "—"
    person.last_name = f"#{person.pk}"
    person.email = ""
    person.phone = ""
    person.date_of_birth = None
    person.school = None
    person.grade = None
    person.user = None
    person.save()
    person.guardian_links.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
    person.youth_links.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
    return person


@transaction.atomic
def account_delete(*, user: User) -> None:
    """A person deletes their own account: the account goes and their person record is anonymised."""
    person = getattr(user, "person", None)
    if person is not None:
        person_anonymise(person=person)
        audit_log(actor=user, action=AuditAction.DELETE, obj=person, details={"reason": "own request"})
    user.delete()


@transaction.atomic
def person_for_user(*, user: User) -> Person:
    """The user's own person record, created on first need from the account's details."""
    person = getattr(user, "person", None)
    if person is None:
        person = Person.objects.create(
            user=user, first_name=user.first_name or "", last_name=user.last_name or "", email=user.email
        )
    return person


@transaction.atomic
def person_birth_date_correct(
    *, person: Person, by: Any, date_of_birth: dt.date, reason: str, address: str | None = None
) -> Person:
    """A programme coordinator of the person's city corrects their date of birth (locked or not), with the
    reason written to the audit log; every age-dependent check uses the corrected date from then on."""
    if not permissions.can_correct_birth_date(by, person):
        raise PersonNotAllowed(
            _("Only a programme coordinator of the person's city can correct the date of birth.")
        )
    reason = reason.strip()
    if not reason:
        raise PersonError(_("Give the reason for the correction."))
    if len(reason) > BIRTH_DATE_REASON_MAX_LENGTH:
        raise PersonError(_("Keep the reason within %(n)s characters.") % {"n": BIRTH_DATE_REASON_MAX_LENGTH})
    if date_of_birth > timezone.localdate():
        raise PersonError(_("The date of birth cannot be in the future."))
    if date_of_birth.year < 1900:
        raise PersonError(_("Check the year of birth."))
    person = Person.objects.select_for_update().get(pk=person.pk)
    if person.date_of_birth == date_of_birth:
        raise PersonError(_("That is already the date of birth on record."))
    person.date_of_birth = date_of_birth
    person.save(update_fields=["date_of_birth", "updated_at"])
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=person,
        address=address,
        details={
            "fields": ["date_of_birth"],
            "correction": True,
            "locked_by": birth_dates.lock_reasons(person),
            "reason": reason,
        },
    )
    return person


@transaction.atomic
def city_programmes_set(*, city: City, keys: list[str], by: User) -> list[str]:
    """Switch the city's programmes: exactly `keys` (registered programme keys) run there afterwards.
    Returns the keys in registry order; the audit row names what was switched on and off."""
    from microcity.core import registry

    if not permissions.can_change_city_settings(by, city):
        raise PermissionDenied(_("Only the city's administrator changes which programmes it runs."))
    wanted = set(keys)
    ordered = [key for key in registry.programmes.registered_keys() if key in wanted]
    before = city.programme_keys
    city.programmes = ",".join(ordered)
    city.full_clean()
    city.save(update_fields=["programmes"])
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=city,
        city=city,
        details={
            "fields": ["programmes"],
            "switched_on": sorted(wanted - before),
            "switched_off": sorted(before - wanted),
        },
    )
    return ordered
