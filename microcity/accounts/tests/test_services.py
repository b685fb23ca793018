"""Role grants, guardian consent, data export and account deletion."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from microcity.accounts import services
from microcity.accounts.models import GuardianLink, Membership, Role, User
from microcity.accounts.tests.factories import UserFactory
from microcity.core.models import AuditEvent, Indicator, OutcomeRecord, Person, Programme
from microcity.core.services import outcome_record
from microcity.core.tests.factories import OrganisationFactory, PersonFactory, YouthFactory

pytestmark = pytest.mark.django_db


def test_city_admin_grants_and_removes_a_role_with_audit(user_with_role, valmiera):
    admin = user_with_role(Role.CITY_ADMINISTRATOR)
    target = UserFactory()
    membership = services.membership_grant(user=target, city=valmiera, role=Role.COUNSELLOR, by=admin)
    assert membership.granted_by == admin
    again = services.membership_grant(user=target, city=valmiera, role=Role.COUNSELLOR, by=admin)
    assert again.pk == membership.pk
    services.membership_revoke(membership=membership, by=admin)
    assert not Membership.objects.filter(user=target).exists()
    assert list(AuditEvent.objects.values_list("action", flat=True).order_by("pk")) == ["create", "delete"]


def test_admin_of_one_city_cannot_grant_in_another(user_with_role, ventspils):
    admin = user_with_role(Role.CITY_ADMINISTRATOR)
    with pytest.raises(services.PermissionDenied):
        services.membership_grant(user=UserFactory(), city=ventspils, role=Role.COUNSELLOR, by=admin)


def test_organisation_roles_need_an_organisation_of_the_same_city(user_with_role, valmiera, ventspils):
    admin = user_with_role(Role.CITY_ADMINISTRATOR)
    with pytest.raises(services.AccountsError):
        services.membership_grant(user=UserFactory(), city=valmiera, role=Role.TEACHER, by=admin)
    with pytest.raises(services.AccountsError):
        services.membership_grant(
            user=UserFactory(),
            city=valmiera,
            role=Role.TEACHER,
            by=admin,
            organisation=OrganisationFactory(city=ventspils),
        )


def test_an_admin_cannot_remove_their_own_admin_role(user_with_role, valmiera):
    admin = user_with_role(Role.CITY_ADMINISTRATOR)
    with pytest.raises(services.AccountsError):
        services.membership_revoke(membership=admin.memberships.get(), by=admin)


def test_guardian_consent_is_recorded_once_and_revocable(user_with_role, valmiera):
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    youth = YouthFactory(city=valmiera)
    mother = PersonFactory(city=valmiera)
    link = services.guardian_link_create(
        guardian=mother,
        youth=youth,
        relationship="mother",
        consent_text="text",
        consent_given_at=timezone.now() - dt.timedelta(days=1),
        by=coordinator,
    )
    assert link.recorded_by == coordinator and link.consent_version == services.GUARDIAN_CONSENT_VERSION
    with pytest.raises(services.AccountsError):
        services.guardian_link_create(
            guardian=mother,
            youth=youth,
            relationship="mother",
            consent_text="text",
            consent_given_at=timezone.now(),
            by=coordinator,
        )
    with pytest.raises(services.AccountsError):
        services.guardian_link_create(
            guardian=youth,
            youth=youth,
            relationship="mother",
            consent_text="t",
            consent_given_at=timezone.now(),
            by=coordinator,
        )
    services.guardian_link_revoke(link=link, by=coordinator)
    assert GuardianLink.objects.get().revoked_at is not None


def test_consent_cannot_be_future_dated_or_recorded_by_other_roles(user_with_role, valmiera):
    youth, mother = YouthFactory(city=valmiera), PersonFactory(city=valmiera)
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    with pytest.raises(services.AccountsError):
        services.guardian_link_create(
            guardian=mother,
            youth=youth,
            relationship="mother",
            consent_text="t",
            consent_given_at=timezone.now() + dt.timedelta(days=2),
            by=coordinator,
        )
    teacher = user_with_role(Role.COUNSELLOR)
    with pytest.raises(services.PermissionDenied):
        services.guardian_link_create(
            guardian=mother,
            youth=youth,
            relationship="mother",
            consent_text="t",
            consent_given_at=timezone.now(),
            by=teacher,
        )


def test_export_contains_the_persons_data_and_counted_results(valmiera):
    user = UserFactory(email="elza@example.lv")
    person = YouthFactory(city=valmiera, user=user, first_name="Elza")
    outcome_record(
        indicator=Indicator.YOUTH_SUPPORTED,
        programme=Programme.CAREERS,
        city=valmiera,
        occurred_on=dt.date(2026, 3, 1),
        source=person,
        person=person,
    )
    data = json.loads(services.person_export_json(person=person))
    assert data["person"]["first_name"] == "Elza"
    assert data["account"]["email"] == "elza@example.lv"
    assert data["counted_results"][0]["indicator"] == "youth_supported"


def test_deleting_an_account_erases_identity_but_keeps_counts(valmiera):
    user = UserFactory()
    person = YouthFactory(city=valmiera, user=user, phone="+371 2000")
    outcome_record(
        indicator=Indicator.YOUTH_SUPPORTED,
        programme=Programme.CAREERS,
        city=valmiera,
        occurred_on=dt.date(2026, 3, 1),
        source=person,
        person=person,
    )
    services.account_delete(user=user)
    assert not User.objects.filter(pk=user.pk).exists()
    person = Person.objects.get(pk=person.pk)
    assert person.email == "" and person.phone == "" and person.date_of_birth is None
    assert OutcomeRecord.objects.filter(person=person).count() == 1
