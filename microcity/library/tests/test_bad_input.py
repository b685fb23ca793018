"""Malformed requests to the library answer a form error or 400, never 500: hostile values in the search,
the material form, class use and collections, and non-numeric ids."""

from __future__ import annotations

import pytest

from microcity.tests.fuzz import client_for_fuzz, fuzz_page

pytestmark = pytest.mark.django_db


def test_library_pages_never_answer_500(publish, teacher):
    material = publish()
    client = client_for_fuzz(teacher)
    problems = fuzz_page(client, "/en/materials/")
    problems += fuzz_page(client, "/en/materials/new/")
    problems += fuzz_page(client, f"/en/materials/{material.pk}/")
    problems += fuzz_page(client, "/en/materials/collections/")
    assert problems == []


@pytest.mark.parametrize("value", ["abc", "", "-1", "99999999999999999999999"])
def test_malformed_ids_in_a_collection_change_are_a_bad_request(publish, teacher, value):
    material = publish()
    client = client_for_fuzz(teacher)
    response = client.post(
        "/en/materials/collections/change/", {"collection": value, "material": material.pk}
    )
    assert response.status_code == 400
    response = client.post("/en/materials/collections/change/", {"collection": "1", "material": value})
    assert response.status_code in {400, 404}
