"""Category labels, synonyms, completions and corrections end to end, answered by the in-memory replica
and by the database alone (SQLite or PostgreSQL, whichever the suite runs on): both must agree."""

from __future__ import annotations

import pytest

from microcity.search.models import SynonymGroup
from microcity.search.selectors import search
from microcity.search.tests.factories import index, make_entry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True, params=["memory", "database"])
def engine(request, settings):
    settings.MICROCITY_SEARCH_IN_MEMORY = request.param == "memory"
    return request.param


@pytest.fixture
def shelf():
    index(
        make_entry(
            "label",
            title="Ziedlapu darba lapa",
            text="Skolēni ieraksta savas intereses.",
            labels=["Sevis izzināšana", "Self-knowledge", "Darba lapa", "Worksheet"],
            days=1,
        ),
        make_entry("title", title="Pašizziņa pamatskolā", text="Nodarbība par interesēm.", days=2),
        make_entry("text", title="Klases stunda", text="Pašizziņas vingrinājumi klasē.", days=3),
        make_entry(
            "english",
            language="en",
            title="Who am I? A lesson",
            text="Pupils describe their strengths.",
            labels=["Sevis izzināšana", "Self-knowledge"],
            days=4,
        ),
        make_entry("prog", kind="job", title="Programmētājs (Python)", text="Tīmekļa lietotnes.", days=1),
        make_entry("junior", kind="job", title="Jaunākais programmētājs", text="Java.", days=2),
        make_entry(
            "support", kind="job", title="IT atbalsta speciālists", text="Lietotāju atbalsts.", days=3
        ),
        make_entry("cook", kind="job", title="Pavārs", text="Restorāns.", days=4),
        make_entry("plan", title="Karjeras plānošana 9. klasē", text="Darba lapa.", days=5),
        make_entry("plan2", title="Karjeras plānošanas spēle", text="Spēle.", days=6),
    )


def keys(result):
    return [hit.key for hit in result.hits]


def test_category_labels_are_words_weighted_between_title_and_text(shelf):
    result = search(kind="material", query="pašizziņa", complete=False, correct=False)
    # As typed: title (3), text (1); through the label "Sevis izzināšana", a synonym: label (2) / 5.
    assert {hit.key: hit.score for hit in result.hits} == {
        "title": 3.0,
        "text": 1.0,
        "label": 0.4,
        "english": 0.4,
    }
    assert keys(result)[0] == "title"
    labelled = search(kind="material", query="sevis izzināšana", complete=False)
    assert set(keys(labelled)) >= {"label", "english"}
    assert {hit.key: hit.score for hit in labelled.hits}["label"] == 2.0
    # Labels are never shown: the snippet is cut from the text.
    assert "izzin" not in labelled.hits[0].snippet.lower()


def test_labels_are_searchable_in_the_other_language(shelf):
    assert set(keys(search(kind="material", query="worksheet", complete=False))) >= {"label"}
    assert set(keys(search(kind="material", query="self-knowledge"))) >= {"label", "english", "title", "text"}


def test_a_synonym_finds_what_the_word_does_not_and_ranks_below_it(shelf):
    result = search(kind="job", query="IT")
    assert keys(result)[0] == "support"  # the word as typed, in the title
    assert set(keys(result)) == {"support", "prog", "junior"}
    assert "cook" not in keys(result)
    # A synonym in the title weighs 3 / EXACT_FACTOR (5), below a typed word anywhere (1).
    assert {hit.key: hit.score for hit in result.hits}["prog"] == 0.6


def test_editors_extend_the_thesaurus_without_reindexing(shelf):
    assert search(kind="job", query="šefpavārs virtuvē", correct=False).total == 0
    SynonymGroup.objects.create(phrases="virtuve\nrestorāns")
    assert keys(search(kind="job", query="pavārs virtuvē", correct=False)) == ["cook"]


def test_the_last_word_completes_to_indexed_words(shelf):
    assert set(keys(search(kind="job", query="programm"))) == {"prog", "junior"}
    assert set(keys(search(kind="job", query="jaunākais programm"))) == {"junior"}
    assert search(kind="job", query="programm", complete=False).total == 0


def test_a_mistyped_word_is_corrected_and_said(shelf):
    result = search(kind="material", query="karjeras planošanna")
    assert result.corrected_query == "karjeras planošana"
    assert set(keys(result)) == {"plan", "plan2"}
    plain = search(kind="material", query="karjeras planošanna", correct=False)
    assert plain.total == 0 and plain.corrected_query == ""
    assert search(kind="material", query="karjeras plānošana").corrected_query == ""


def test_english_queries_are_corrected_and_completed_too(settings):
    index(
        make_entry("e1", language="en", title="Career planning for year 9", text="A worksheet.", days=1),
        make_entry(
            "e2", language="en", title="Interview skills", text="Preparing for a job interview.", days=2
        ),
    )
    result = search(kind="material", query="carrer planning")
    assert result.corrected_query == "career planning"
    assert keys(result) == ["e1"]
    assert keys(search(kind="material", query="intervi")) == ["e2"]


def test_hostile_queries_do_not_break_expansion(shelf):
    for query in ['"', "a*", "it OR 1=1", "NEAR(", "'; DROP", "ā" * 300, "programm" * 20, "_abc", "\x00x"]:
        search(kind="material", query=query)
        search(kind="job", query=query)


def test_both_engines_give_the_same_expanded_answers(shelf, settings):
    queries = [
        "IT",
        "programm",
        "pašizziņa",
        "karjeras planošanna",
        "self-knowledge",
        "sevis izzin",
        "darba lap",
    ]
    answers = {}
    for in_memory in (True, False):
        settings.MICROCITY_SEARCH_IN_MEMORY = in_memory
        answers[in_memory] = [
            (result.total, [(hit.key, hit.score) for hit in result.hits], result.corrected_query)
            for query in queries
            for kind in ("material", "job")
            for result in [search(kind=kind, query=query, per_page=20, page=1, sort="relevance")]
        ]
        from microcity.search import cache

        cache.bump()  # no cached result crosses over
    assert answers[True] == answers[False]
