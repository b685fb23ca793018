"""The account pages never answer 500 to hostile values; a date of birth of year 1 or 9999 is a form error."""

from __future__ import annotations

import pytest

from microcity.accounts.tests.factories import UserFactory
from microcity.core.models import Person
from microcity.core.tests.factories import PersonFactory
from microcity.tests.fuzz import client_for_fuzz, fuzz_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("born", ["0001-01-01", "9999-12-27", "1899-12-31"])
def test_a_date_of_birth_far_away_is_a_form_error(valmiera, born):
    user = UserFactory()
    PersonFactory(user=user, city=valmiera, first_name="Anna")
    response = client_for_fuzz(user).post(
        "/en/account/profile/", {"first_name": "Anna", "last_name": "Ozola", "date_of_birth": born}
    )
    assert response.status_code == 200 and "error-summary" in response.content.decode()


def test_control_characters_never_reach_a_saved_name(valmiera):
    user = UserFactory()
    person = PersonFactory(user=user, city=valmiera)
    response = client_for_fuzz(user).post(
        "/en/account/profile/",
        {
            "first_name": "An\x00na\x1b",
            "last_name": "Ozo\tla",
            "city": valmiera.pk,
            "date_of_birth": "2008-05-05",
        },
    )
    assert response.status_code == 302
    person = Person.objects.get(pk=person.pk)
    assert (person.first_name, person.last_name) == ("Anna", "Ozo la")


def test_the_account_pages_never_answer_500(valmiera):
    user = UserFactory()
    PersonFactory(user=user, city=valmiera)
    assert fuzz_page(client_for_fuzz(user), "/en/account/profile/") == []


def test_my_data_download_survives_control_characters(valmiera):
    import json

    user = UserFactory()
    PersonFactory(user=user, city=valmiera, first_name="=An\x02na\x1b", last_name="x" * 100)
    response = client_for_fuzz(user).get("/lv/account/my-data/")
    assert response.status_code == 200
    assert json.loads(response.content)  # JSON escapes control characters: the file stays valid
