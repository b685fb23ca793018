"""factory_boy factories for users, memberships and guardian links."""

from __future__ import annotations

import factory
from django.utils import timezone

from microcity.accounts.models import GuardianLink, Membership, Role, User
from microcity.core.tests.factories import CityFactory, PersonFactory, YouthFactory

PASSWORD = "Correct-horse-42"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.lv")
    first_name = factory.Faker("first_name", locale="lv_LV")
    last_name = factory.Faker("last_name", locale="lv_LV")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj: User, create: bool, extracted: object, **kwargs: object) -> None:  # noqa: N805
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory[Membership]):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    city = factory.SubFactory(CityFactory)
    role = Role.PROGRAMME_COORDINATOR


class GuardianLinkFactory(factory.django.DjangoModelFactory[GuardianLink]):
    class Meta:
        model = GuardianLink

    guardian = factory.SubFactory(PersonFactory)
    youth = factory.SubFactory(YouthFactory)
    relationship = GuardianLink.Relationship.MOTHER
    consent_given_at = factory.LazyFunction(timezone.now)
    consent_text = "consent"
    consent_version = "2026-1"
