"""Factories of grants: a call open now with its strands, criteria and questions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from django.utils import timezone

from microcity.core.tests.factories import CityFactory
from microcity.grants.models import Call, CallStatus, Criterion, Question, QuestionKind, Strand


class CallFactory(factory.django.DjangoModelFactory[Call]):
    class Meta:
        model = Call

    city = factory.SubFactory(CityFactory)
    title_lv = "ZĪLE 2026"
    title_en = "ZĪLE 2026"
    text_lv = "Konkurss uzņēmumu inovācijām."
    text_en = "A call for companies' innovation."
    budget = Decimal("40000.00")
    opens_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=10))
    closes_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=10))
    advance_share = Decimal("0.30")
    implementation_deadline = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=200))
    reviewers_per_application = 2
    status = CallStatus.PUBLISHED


class StrandFactory(factory.django.DjangoModelFactory[Strand]):
    class Meta:
        model = Strand

    call = factory.SubFactory(CallFactory)
    name_lv = "ZĪLE attīstībai"
    name_en = "ZĪLE for development"
    min_amount = Decimal("2000")
    max_amount = Decimal("10000")
    min_intensity = Decimal("0.60")
    max_intensity = Decimal("0.80")


class CriterionFactory(factory.django.DjangoModelFactory[Criterion]):
    class Meta:
        model = Criterion

    call = factory.SubFactory(CallFactory)
    name_lv = factory.Sequence(lambda n: f"Kritērijs {n}")
    name_en = factory.Sequence(lambda n: f"Criterion {n}")
    weight = Decimal("50")
    max_score = 5


class QuestionFactory(factory.django.DjangoModelFactory[Question]):
    class Meta:
        model = Question

    call = factory.SubFactory(CallFactory)
    section_lv = "Projekts"
    section_en = "Project"
    text_lv = "Kāda ir inovācija?"
    text_en = "What is the innovation?"
    kind = QuestionKind.TEXT
    word_limit = 50
