"""Future professions: ISCO-08 groups from the interest profile and skills, with the city's open jobs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from microcity.careers import selectors, services
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import Skill
from microcity.core.models import Occupation
from microcity.core.tests.factories import OrganisationFactory
from microcity.talent.models import Job, JobStatus

pytestmark = pytest.mark.django_db


def job(city, code, *, status=JobStatus.PUBLISHED, days=20):
    return Job.objects.create(
        organisation=OrganisationFactory(city=city),
        city=city,
        title=f"Darbs {code}",
        occupation=Occupation.objects.get(code=code),
        description="—",
        requirements="—",
        employment_type="full_time",
        address="Rīgas iela 1",
        salary_min=Decimal("1200"),
        salary_max=Decimal("1800"),
        deadline=timezone.localdate() + dt.timedelta(days=days),
        how_to_apply="—",
        status=status,
    )


@pytest.fixture
def investigative(portfolio, owner):
    answers = {s.key: {"I": 5, "R": 2}.get(s.type, 1) for s in STATEMENTS}  # I=100, R=25
    services.assessment_submit(portfolio=portfolio, by=owner, answers=answers)
    services.skill_add(portfolio=portfolio, by=owner, skill=Skill.objects.get(code="program-in-python"))
    return portfolio


def test_suggestions_follow_interests_and_skills_with_local_open_jobs(
    investigative, youth, valmiera, ventspils
):
    job(valmiera, "2512")
    job(valmiera, "2512")
    job(valmiera, "2514")
    job(valmiera, "2142")
    job(valmiera, "2512", days=-1)  # deadline passed
    job(valmiera, "2512", status=JobStatus.DRAFT)
    job(ventspils, "2512")  # another city
    suggestions = selectors.future_professions(person=youth)
    codes = [s.occupation.code for s in suggestions]
    # ICT: I 100×3 + one skill 40 = 340; science and engineering: I 100×3 + R 25×1 = 325.
    assert codes[:2] == ["25", "21"]
    ict = suggestions[0]
    assert (ict.open_jobs, ict.skills, ict.types) == (3, 1, ("I",))
    assert [(o.code, n) for o, n in ict.examples] == [("2512", 2), ("2514", 1)]
    assert suggestions[1].open_jobs == 1 and suggestions[1].types == ("I", "R")
    assert all(s.occupation.level == 2 for s in suggestions)
    assert len(suggestions) <= 8
    in_ventspils = selectors.future_professions(person=youth, city=ventspils)
    assert in_ventspils[0].open_jobs == 1


def test_without_an_assessment_skills_alone_suggest(portfolio, owner, youth):
    services.skill_add(portfolio=portfolio, by=owner, skill=Skill.objects.get(code="weld"))
    assert [s.occupation.code for s in selectors.future_professions(person=youth)] == ["72"]


def test_nothing_to_go_on_suggests_nothing(portfolio, youth, make_youth):
    assert selectors.future_professions(person=youth) == []
    assert selectors.future_professions(person=make_youth()) == []


def test_a_fixed_number_of_queries(investigative, youth, valmiera, django_assert_max_num_queries):
    job(valmiera, "2512")
    with django_assert_max_num_queries(6):
        selectors.future_professions(person=youth)
    for code in ("2511", "2513", "2519", "2521", "2141", "2143", "2144"):
        job(valmiera, code)
    for skill in Skill.objects.exclude(isco_groups="")[:20]:
        services.skill_add(portfolio=investigative, by=youth.user, skill=skill)
    with django_assert_max_num_queries(6):
        suggestions = selectors.future_professions(person=youth)
    assert sum(s.open_jobs for s in suggestions if s.occupation.code in {"25", "21"}) == 8
