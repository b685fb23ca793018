"""factory_boy factories for library materials."""

from __future__ import annotations

import factory
from django.utils import timezone

from microcity.accounts.tests.factories import UserFactory
from microcity.library.models import Material, MaterialStatus


class MaterialFactory(factory.django.DjangoModelFactory[Material]):
    class Meta:
        model = Material

    title = factory.Sequence(lambda n: f"Nodarbība {n}: profesiju izpēte")
    summary = "Skolēni izpēta profesijas savā pilsētā."
    body = "Soļi: 1) sarunājieties; 2) aizpildiet darba lapu."
    material_type = "worksheet"
    grade_bands = factory.LazyFunction(lambda: ["7-9"])
    skill_areas = factory.LazyFunction(lambda: ["exploring"])
    language = "lv"
    authors = "Ilze Kalniņa"
    licence = "cc-by"
    submitted_by = factory.SubFactory(UserFactory)
    status = MaterialStatus.DRAFT


class PublishedMaterialFactory(MaterialFactory):
    status = MaterialStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
