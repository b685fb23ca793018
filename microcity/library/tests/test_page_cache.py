"""The materials search is shared with visitors without a session (core/pagecache.py) until the index
changes: a material published or archived is seen on the next request; signed-in people get their own."""

from __future__ import annotations

import pytest
from django.test import Client

from microcity.library import services

pytestmark = pytest.mark.django_db

SEARCH = "/lv/materials/?q=profesijas"


def cached(response) -> bool:
    return response.get("X-Page-Cache") == "hit"


def test_search_is_shared_and_a_published_material_is_found_next_time(publish, editor):
    publish(title="Profesiju izpēte")
    first = Client().get(SEARCH)
    assert not cached(first) and "Profesiju izpēte" in first.content.decode()
    assert cached(Client().get(SEARCH))
    # The htmx fragment is its own entry and never answers a full-page request.
    fragment = Client().get(SEARCH, headers={"HX-Request": "true"})
    assert not cached(fragment) and b"<html" not in fragment.content
    assert b"<html" in Client().get(SEARCH).content

    second = publish(title="Profesijas nākotnē", summary="Kādas profesijas būs vajadzīgas.")
    found = Client().get(SEARCH)
    assert not cached(found) and "Profesijas nākotnē" in found.content.decode()

    services.material_archive(material=second, by=editor)
    gone = Client().get(SEARCH)
    assert not cached(gone) and "Profesijas nākotnē" not in gone.content.decode()


def test_a_teacher_gets_her_own_page_with_her_buttons(publish, teacher):
    publish(title="Profesiju izpēte")
    Client().get(SEARCH)
    anonymous = Client().get(SEARCH)
    assert cached(anonymous)
    as_teacher = Client()
    as_teacher.force_login(teacher)
    hers = as_teacher.get(SEARCH)
    assert not cached(hers) and hers["Cache-Control"] == "private, no-store"
    assert "/lv/materials/new/" in hers.content.decode()
    assert "/lv/materials/new/" not in anonymous.content.decode()
