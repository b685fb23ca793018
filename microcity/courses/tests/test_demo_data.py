"""The demo's data file uses only known codes, and the seed makes the issue's numbers, once."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from microcity.courses import selectors
from microcity.courses.management.commands.seed_courses import records
from microcity.courses.models import Audience, Course, CourseFormat, Funding, PriorityRuleKind


def test_every_code_in_the_data_file_is_known():
    for record in records():
        assert record["audience"] in Audience.values
        assert record["funding"] in Funding.values
        assert record["format"] in CourseFormat.values
        assert set(record["priority_rules"]) <= set(PriorityRuleKind.values)


@pytest.mark.django_db
def test_seed_makes_the_ventspils_story_and_is_safe_to_rerun(ventspils):
    from microcity.accounts.models import Role
    from microcity.accounts.tests.factories import MembershipFactory, UserFactory
    from microcity.core.tests.factories import OrganisationFactory

    for record in records():
        for name in [
            record["provider"],
            *record["partners"],
            *record["story"].get("hired", {}),
            *record["story"].get("internships", {}),
        ]:
            if not ventspils.organisations.filter(name=name).exists():
                OrganisationFactory(city=ventspils, name=name, registration_number="")
    MembershipFactory(user=UserFactory(), city=ventspils, role=Role.PROGRAMME_COORDINATOR)
    call_command("seed_courses")
    call_command("seed_courses")
    assert Course.objects.filter(city=ventspils).count() == 3
    ict = Course.objects.get(title_en__startswith="ICT")
    f = selectors.funnel(courses=[ict])
    assert (f.applied, f.started, f.completed, f.internship_at_completion) == (30, 15, 13, 1)
    electronics = Course.objects.get(title_en__startswith="Electronics")
    f = selectors.funnel(courses=[electronics])
    assert (f.started, f.completed, f.work_at_completion) == (10, 10, 9)
    assert Course.objects.get(title_en__startswith="Data").status == "open"
