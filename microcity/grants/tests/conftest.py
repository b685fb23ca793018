"""Fixtures of grants: a call open now in Valmiera, its coordinator, three evaluators and an applicant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import OrganisationFactory
from microcity.grants import services
from microcity.grants.tests.factories import CallFactory, CriterionFactory, QuestionFactory, StrandFactory


@dataclass
class World:
    city: Any
    call: Any
    strand: Any
    young: Any
    criteria: list[Any]
    question: Any
    coordinator: Any
    evaluators: list[Any]
    applicant: Any
    organisation: Any
    other_applicant: Any
    other_organisation: Any

    def draft(
        self,
        *,
        user: Any = None,
        organisation: Any = None,
        requested: str = "8000",
        eligible: str = "10000",
        ineligible: str = "500",
        complete: bool = True,
    ) -> Any:
        user = user or self.applicant
        application = services.application_start(
            call=self.call,
            organisation=organisation or self.organisation,
            strand=self.strand,
            title="Jauns produkts",
            by=user,
        )
        data: dict[str, Any] = {"requested": Decimal(requested), "summary": "Īss apraksts."}
        if complete:
            data.update(
                answers={str(self.question.pk): "Mākslīgais intelekts ražošanā"},
                deminimis_declared=True,
                consent=True,
                truthful=True,
            )
        return services.application_save(
            application=application,
            data=data,
            by=user,
            lines=[
                {
                    "description": "Iekārta",
                    "quantity": Decimal("1"),
                    "unit_price": Decimal(eligible),
                    "eligible": True,
                },
                {
                    "description": "PVN",
                    "quantity": Decimal("1"),
                    "unit_price": Decimal(ineligible),
                    "eligible": False,
                },
            ],
        )

    def submitted(self, **kwargs: Any) -> Any:
        return services.application_submit(
            application=self.draft(**kwargs), by=kwargs.get("user") or self.applicant
        )

    def eligible(self, **kwargs: Any) -> Any:
        application = self.submitted(**kwargs)
        return services.application_screen(
            application=application,
            checklist=dict.fromkeys(services.SCREENING_RULES, True),
            reason="",
            by=self.coordinator,
        )


@pytest.fixture
def world(valmiera: Any, user_with_role: Any) -> World:
    call = CallFactory(city=valmiera)
    strand = StrandFactory(call=call)
    young = StrandFactory(
        call=call,
        name_lv="ZĪLE jaunuzņēmumiem",
        name_en="ZĪLE for start-ups",
        min_amount=Decimal("0"),
        max_amount=Decimal("2000"),
        min_intensity=Decimal("0"),
        max_intensity=Decimal("0.80"),
        max_company_age_years=3,
        order=1,
    )
    criteria = [
        CriterionFactory(call=call, weight=Decimal("60"), max_score=5),
        CriterionFactory(call=call, weight=Decimal("40"), max_score=10),
    ]
    question = QuestionFactory(call=call)
    organisation = OrganisationFactory(city=valmiera, name="SIA Inovācijas")
    other_organisation = OrganisationFactory(city=valmiera, name="SIA Citi")
    applicant = UserFactory(email="applicant@example.lv")
    MembershipFactory(
        user=applicant, city=valmiera, role=Role.EMPLOYER_REPRESENTATIVE, organisation=organisation
    )
    other = UserFactory(email="other@example.lv")
    MembershipFactory(
        user=other, city=valmiera, role=Role.EMPLOYER_REPRESENTATIVE, organisation=other_organisation
    )
    return World(
        city=valmiera,
        call=call,
        strand=strand,
        young=young,
        criteria=criteria,
        question=question,
        coordinator=user_with_role(Role.PROGRAMME_COORDINATOR),
        evaluators=[user_with_role(Role.GRANT_EVALUATOR) for _ in range(3)],
        applicant=applicant,
        organisation=organisation,
        other_applicant=other,
        other_organisation=other_organisation,
    )


def one_week_ago() -> dt.date:
    return dt.date.today() - dt.timedelta(days=7)


@pytest.fixture(autouse=True)
def _english() -> Any:
    """Services' messages are asserted in English (the pages are tested in both languages)."""
    from django.utils import translation

    with translation.override("en"):
        yield
