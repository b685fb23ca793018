"""Fixtures for investor attraction: each city's investment manager, and people who must not see leads."""

from __future__ import annotations

from typing import Any

import pytest

from microcity.accounts.models import Role


@pytest.fixture
def manager(user_with_role: Any, valmiera: Any) -> Any:
    return user_with_role(Role.INVESTMENT_MANAGER, valmiera, email="investors@valmiera.example.lv")


@pytest.fixture
def ventspils_manager(user_with_role: Any, ventspils: Any) -> Any:
    return user_with_role(Role.INVESTMENT_MANAGER, ventspils, email="investors@ventspils.example.lv")


@pytest.fixture
def city_admin(user_with_role: Any, valmiera: Any) -> Any:
    return user_with_role(Role.CITY_ADMINISTRATOR, valmiera, email="admin@valmiera.example.lv")


# Roles of the same city that must never see a lead.
OUTSIDERS = [
    Role.PROGRAMME_COORDINATOR,
    Role.RELOCATION_CONSULTANT,
    Role.COUNSELLOR,
    Role.CONTENT_EDITOR,
    Role.EMPLOYER_REPRESENTATIVE,
    Role.YOUTH,
    Role.GRANT_EVALUATOR,
]


@pytest.fixture(params=OUTSIDERS)
def outsider(request: Any, user_with_role: Any, valmiera: Any) -> Any:
    if request.param == Role.EMPLOYER_REPRESENTATIVE:
        from microcity.accounts.tests.factories import MembershipFactory, UserFactory
        from microcity.core.tests.factories import OrganisationFactory

        user = UserFactory()
        MembershipFactory(
            user=user, city=valmiera, role=request.param, organisation=OrganisationFactory(city=valmiera)
        )
        return user
    return user_with_role(request.param, valmiera)
