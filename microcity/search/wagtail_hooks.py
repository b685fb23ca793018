"""The editors' synonym groups in the Wagtail admin (Snippets → Synonym groups): they extend the
thesaurus file for every search without rebuilding the index (docs/decisions/0026)."""

from __future__ import annotations

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from microcity.search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    list_display = ["__str__", "note", "updated_at"]


register_snippet(SynonymGroupViewSet)
