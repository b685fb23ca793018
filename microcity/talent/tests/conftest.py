"""Fixtures for the jobs board: an employer with its representative, an editor, and published jobs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.models import Occupation
from microcity.core.tests.factories import OrganisationFactory
from microcity.talent import services


@pytest.fixture
def employer(valmiera: Any) -> Any:
    return OrganisationFactory(city=valmiera, name="SIA Valmieras Programmatūra", is_partner=True)


@pytest.fixture
def rep(employer: Any) -> Any:
    user = UserFactory(email="hr@programmatura.example.lv")
    MembershipFactory(user=user, city=employer.city, role=Role.EMPLOYER_REPRESENTATIVE, organisation=employer)
    return user


@pytest.fixture
def job_editor(valmiera: Any) -> Any:
    user = UserFactory(email="redaktors@valmiera.example.lv")
    MembershipFactory(user=user, city=valmiera, role=Role.CONTENT_EDITOR)
    return user


def job_data(**extra: Any) -> dict[str, Any]:
    data = {
        "title": "Programmētājs (Python)",
        "occupation": Occupation.objects.get(code="2512"),
        "description": "Izstrādāsiet tīmekļa lietotnes.",
        "requirements": "Python un Django pieredze.",
        "skills": "Python, Django",
        "languages": ["lv", "en"],
        "employment_type": "full_time",
        "workplace_type": "hybrid",
        "address": "Rīgas iela 25, Valmiera",
        "salary_min": Decimal("2200"),
        "salary_max": Decimal("3400"),
        "start_date": None,
        "deadline": timezone.localdate() + dt.timedelta(days=30),
        "how_to_apply": "Sūtiet CV.",
        "apply_email": "hr@programmatura.example.lv",
        "apply_url": "",
    }
    data.update(extra)
    return data


@pytest.fixture
def post_job(employer: Any, rep: Any, job_editor: Any) -> Callable[..., Any]:
    def make(organisation: Any = None, **extra: Any) -> Any:
        job = services.job_save(by=rep, organisation=organisation or employer, data=job_data(**extra))
        services.job_submit(job=job, by=rep)
        return services.job_approve(job=job, by=job_editor)

    return make


from microcity.library.tests.conftest import editor, publish, teacher  # noqa: E402,F401
