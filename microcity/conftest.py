"""Shared pytest fixtures: demo-like cities, a user for every role, and clients signed in as them."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import CityFactory


@pytest.fixture(autouse=True)
def _isolated_settings(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.MICROCITY_REQUIRE_STAFF_MFA = False


@pytest.fixture
def valmiera(db: None) -> Any:
    return CityFactory(slug="valmiera", name_lv="Valmiera", name_en="Valmiera", brand_colour="#8a1538")


@pytest.fixture
def ventspils(db: None) -> Any:
    return CityFactory(slug="ventspils", name_lv="Ventspils", name_en="Ventspils", brand_colour="#004b87")


@pytest.fixture
def user_with_role(valmiera: Any) -> Callable[..., Any]:
    def make(role: str, city: Any = None, **kwargs: Any) -> Any:
        user = UserFactory(**kwargs)
        MembershipFactory(user=user, city=city or valmiera, role=role)
        return user

    return make


@pytest.fixture
def client_for(client: Client) -> Callable[[Any], Client]:
    def sign_in(user: Any) -> Client:
        c = Client()
        c.force_login(user)
        return c

    return sign_in


ALL_ROLES = [role.value for role in Role]


def pytest_report_header(config: Any) -> str:
    engine = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    return f"microcity: database {engine}"
