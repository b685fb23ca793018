"""Fixtures for the library: a teacher, an editor, and materials published through the real workflow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import OrganisationFactory, SchoolFactory
from microcity.library import services


@pytest.fixture
def teacher(valmiera: Any) -> Any:
    user = UserFactory(email="skolotaja@example.lv")
    MembershipFactory(user=user, city=valmiera, role=Role.TEACHER, organisation=SchoolFactory(city=valmiera))
    return user


@pytest.fixture
def editor(valmiera: Any) -> Any:
    user = UserFactory(email="redaktore@example.lv")
    MembershipFactory(user=user, city=valmiera, role=Role.CONTENT_EDITOR)
    return user


@pytest.fixture
def publish(teacher: Any, editor: Any) -> Callable[..., Any]:
    """Create a material as the teacher and take it through review to published."""

    def make(**data: Any) -> Any:
        fields = {
            "title": "Profesiju izpēte",
            "summary": "Skolēni izpēta profesijas.",
            "body": "",
            "material_type": "worksheet",
            "grade_bands": ["7-9"],
            "skill_areas": ["exploring"],
            "subjects": "Klases stunda",
            "duration_minutes": 40,
            "language": "lv",
            "authors": "Ilze Kalniņa",
            "licence": "cc-by",
            "video_urls": [],
        }
        fields.update(data)
        material = services.material_save(by=teacher, data=fields)
        services.material_submit(material=material, by=teacher)
        return services.material_publish(material=material, by=editor)

    return make


__all__ = ["OrganisationFactory"]
