"""Every role against every rule: a leak in any predicate fails here."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from microcity.accounts import permissions as p
from microcity.accounts.backends import RolePermissionBackend
from microcity.accounts.models import STAFF_ROLES, Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.core.tests.factories import PersonFactory, YouthFactory

pytestmark = pytest.mark.django_db

ALL_ROLES = [r.value for r in Role]
SEES_EVERYONE = {Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR}
SEES_YOUTHS = SEES_EVERYONE | {Role.COUNSELLOR}


@pytest.fixture
def people(valmiera, ventspils):
    return {
        "adult": PersonFactory(city=valmiera),
        "youth": YouthFactory(city=valmiera),
        "other_city_youth": YouthFactory(city=ventspils),
        "other_city_adult": PersonFactory(city=ventspils),
    }


@pytest.mark.parametrize("role", ALL_ROLES)
def test_view_person_by_role(role, user_with_role, people):
    user = user_with_role(role)
    assert p.can_view_person(user, people["adult"]) is (role in SEES_EVERYONE)
    assert p.can_view_person(user, people["youth"]) is (role in SEES_YOUTHS)
    assert p.can_view_person(user, people["other_city_youth"]) is False
    assert p.can_view_person(user, people["other_city_adult"]) is False


@pytest.mark.parametrize("role", ALL_ROLES)
def test_change_person_by_role(role, user_with_role, people):
    user = user_with_role(role)
    assert p.can_change_person(user, people["youth"]) is (role in SEES_EVERYONE)
    assert p.can_change_person(user, people["other_city_youth"]) is False


@pytest.mark.parametrize("role", ALL_ROLES)
def test_directory_roles_audit_and_back_office_by_role(role, user_with_role, valmiera, ventspils):
    user = user_with_role(role)
    assert p.can_view_people_directory(user, valmiera) is (role in SEES_YOUTHS)
    assert p.can_view_people_directory(user, ventspils) is False
    assert p.can_manage_memberships(user, valmiera) is (role == Role.CITY_ADMINISTRATOR)
    assert p.can_manage_memberships(user, ventspils) is False
    assert p.can_view_audit_log(user, valmiera) is (role == Role.CITY_ADMINISTRATOR)
    assert p.can_access_back_office(user) is (role in STAFF_ROLES)
    assert p.can_access_django_admin(user) is False


def test_a_second_city_membership_grants_more(user_with_role, valmiera, ventspils, people):
    user = user_with_role(Role.PROGRAMME_COORDINATOR)
    assert not p.can_view_person(user, people["other_city_adult"])
    MembershipFactory(user=user, city=ventspils, role=Role.PROGRAMME_COORDINATOR)
    p.forget_memberships(user)
    assert p.can_view_person(user, people["other_city_adult"])


def test_anonymous_and_inactive_users_may_do_nothing(people, valmiera):
    anon = AnonymousUser()
    assert not p.can_view_person(anon, people["youth"])
    assert not p.can_view_people_directory(anon, valmiera)
    assert not p.can_access_back_office(anon)
    inactive = UserFactory(is_active=False, is_superuser=True)
    assert not p.is_superuser(inactive)


def test_superuser_sees_every_city(people, valmiera, ventspils):
    root = UserFactory(is_superuser=True, is_staff=True)
    assert p.can_view_person(root, people["other_city_youth"])
    assert p.can_manage_memberships(root, ventspils)
    assert p.can_access_django_admin(root)


def test_a_person_sees_their_own_record(people):
    user = UserFactory()
    youth = people["youth"]
    youth.user = user
    youth.save()
    assert p.can_view_person(user, youth) and p.can_change_person(user, youth)
    assert not p.can_view_person(user, people["adult"])


def test_guardian_sees_a_linked_youth_only_while_consent_stands(people):
    guardian_user = UserFactory()
    guardian = PersonFactory(user=guardian_user, city=people["youth"].city)
    link = GuardianLinkFactory(guardian=guardian, youth=people["youth"])
    assert p.can_view_person(guardian_user, people["youth"])
    assert not p.can_change_person(guardian_user, people["youth"])
    assert not p.can_view_person(guardian_user, people["other_city_youth"])
    link.revoked_at = link.consent_given_at
    link.save()
    assert not p.can_view_person(guardian_user, people["youth"])


@pytest.mark.parametrize("role", ALL_ROLES)
def test_back_office_permission_codes_follow_roles(role, user_with_role):
    user = user_with_role(role)
    backend = RolePermissionBackend()
    assert backend.has_perm(user, "wagtailadmin.access_admin") is (role in STAFF_ROLES)
    assert backend.has_perm(user, "accounts.add_membership") is (role == Role.CITY_ADMINISTRATOR)
    assert backend.has_perm(user, "core.change_person") is (role in SEES_EVERYONE)
