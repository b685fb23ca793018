"""Editors extend the thesaurus in the Wagtail admin (Snippets → Synonym groups)."""

from __future__ import annotations

import pytest

from microcity.search.models import SynonymGroup
from microcity.search.selectors import search
from microcity.search.tests.factories import index, make_entry

pytestmark = pytest.mark.django_db


def test_a_group_added_in_the_admin_is_used_at_once(admin_client):
    index(make_entry("cook", kind="job", title="Pavārs", text="Restorāns."))
    assert admin_client.get("/admin/snippets/search/synonymgroup/").status_code == 200
    assert search(kind="job", query="virtuve").total == 0
    response = admin_client.post(
        "/admin/snippets/search/synonymgroup/add/", {"phrases": "virtuve\nrestorāns", "note": "ēdināšana"}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert SynonymGroup.objects.get().phrase_list() == ["virtuve", "restorāns"]
    assert [hit.key for hit in search(kind="job", query="virtuve").hits] == ["cook"]
