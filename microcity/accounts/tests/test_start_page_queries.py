"""The signed-in youth's start page: a bounded number of queries (the guardian links of both sides in one,
each "first of N" attention item in one), and nothing of one person's on another's start page."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from microcity.accounts.models import GuardianLink, Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.careers.tests.factories import ActivityFactory
from microcity.core.tests.factories import PersonFactory, YouthFactory
from microcity.summerjobs.tests.factories import SeasonFactory

pytestmark = pytest.mark.django_db


def youth_with_family(city, first_name):
    user = UserFactory()
    youth = YouthFactory(city=city, user=user, first_name=first_name, last_name="Bērziņa")
    MembershipFactory(user=user, city=city, role=Role.YOUTH)
    parent = PersonFactory(city=city, first_name=f"{first_name}s-vecāks", last_name="Bērziņš")
    GuardianLink.objects.create(guardian=parent, youth=youth, consent_given_at=timezone.now())
    return user, youth


def test_the_youth_start_page_reads_few_queries(valmiera, django_assert_max_num_queries):
    user, _youth = youth_with_family(valmiera, "Anna")
    for n in range(5):
        ActivityFactory(city=valmiera, title=f"Karjeras diena {n}")
    SeasonFactory(city=valmiera)
    client = Client()
    client.force_login(user)
    client.get("/en/account/")
    # Session, user, memberships, person, guardian links (both sides), 2 counselling items, 2 summer-job
    # items, the open activities (count and first in one), the course places offered to them.
    with django_assert_max_num_queries(11):
        response = client.get("/en/account/")
    html = response.content.decode()
    assert "Annas-vecāks Bērziņš" in html  # the youth's guardian
    assert "Karjeras diena 0" in html and "5" in html  # the first open activity, of five


def test_a_guardian_sees_their_youths_and_a_youth_their_guardians_on_their_own_page_only(valmiera):
    anna, _ = youth_with_family(valmiera, "Anna")
    _other, other_youth = youth_with_family(valmiera, "Līga")
    guardian_user = UserFactory()
    guardian = PersonFactory(city=valmiera, user=guardian_user, first_name="Ieva", last_name="Ozola")
    MembershipFactory(user=guardian_user, city=valmiera, role=Role.GUARDIAN)
    GuardianLink.objects.create(guardian=guardian, youth=other_youth, consent_given_at=timezone.now())
    pages = {}
    for name, user in (("anna", anna), ("guardian", guardian_user)):
        client = Client()
        client.force_login(user)
        response = client.get("/en/account/")
        assert "no-store" in response["Cache-Control"] and "X-Page-Cache" not in response
        pages[name] = response.content.decode()
    assert "Annas-vecāks" in pages["anna"] and "Līga Bērziņa" not in pages["anna"]
    assert "Līga Bērziņa" in pages["guardian"] and "Annas-vecāks" not in pages["guardian"]
    assert "Youths in your care" in pages["guardian"] and "Youths in your care" not in pages["anna"]


def test_the_career_items_count_and_name_the_first_one(valmiera):
    import datetime as dt

    from microcity.careers.tests.factories import RegistrationFactory

    user, youth = youth_with_family(valmiera, "Anna")
    soon = timezone.now() + dt.timedelta(days=3)
    ActivityFactory(city=valmiera, title="Vēlāka diena", starts_at=soon + dt.timedelta(days=1))
    ActivityFactory(city=valmiera, title="Ēnu diena", starts_at=soon)
    ActivityFactory(city=valmiera, title="Trešā diena", starts_at=soon + dt.timedelta(days=2))
    mine = ActivityFactory(city=valmiera, title="Mana diena", starts_at=soon - dt.timedelta(days=1))
    RegistrationFactory(activity=mine, youth=youth)
    client = Client()
    client.force_login(user)
    html = client.get("/en/account/").content.decode()
    assert "Career activities open for registration" in html
    assert "The next: Ēnu diena" in html  # the first by time of the three not registered for
    assert "Your activity this week" in html and "Mana diena" in html
