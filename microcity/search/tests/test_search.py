"""The search service end to end on the database the suite runs on (SQLite or PostgreSQL), answered
by the in-memory replica (the default) and by the database alone: both must give the same answers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from microcity.search.models import Entry, EntryFacet
from microcity.search.selectors import SearchError, search
from microcity.search.services import index_entries, index_remove
from microcity.search.tests.factories import index, make_entry

pytestmark = pytest.mark.django_db

VALMIERA, VENTSPILS = 1, 2


@pytest.fixture(autouse=True, params=["memory", "database"])
def engine(request, settings):
    settings.MICROCITY_SEARCH_IN_MEMORY = request.param == "memory"
    return request.param


@pytest.fixture
def catalogue():
    """Four Latvian materials, one English material and one job."""
    index(
        make_entry(
            "m1",
            title="Karjeras plānošana 9. klasē",
            text="Darba lapa skolēniem par karjeras izvēli un profesijām.",
            facets={"type": ["worksheet"], "grade": ["7-9"], "licence": ["cc-by"]},
            city_id=VALMIERA,
            days=1,
            popularity=10,
        ),
        make_entry(
            "m2",
            title="Programmētājs: profesijas apraksts",
            text="Ko dara programmētāji? Karjeras iespējas IT nozarē.",
            facets={"type": ["profile"], "grade": ["10-12"], "licence": ["cc-by"]},
            city_id=VALMIERA,
            days=2,
            popularity=50,
        ),
        make_entry(
            "m3",
            title="Intervijas prasmes",
            text="Kā sagatavoties darba intervijai. Karjeras konsultanta padomi.",
            facets={"type": ["worksheet"], "grade": ["10-12", "7-9"], "licence": ["cc-by-sa"]},
            city_id=None,
            days=3,
            popularity=30,
        ),
        make_entry(
            "m4",
            title="Profesiju karte",
            text="Plakāts ar profesijām un nozarēm.",
            facets={"type": ["poster"], "grade": ["7-9"], "licence": ["cc-by"]},
            city_id=VENTSPILS,
            days=4,
            popularity=5,
        ),
        make_entry(
            "e1",
            language="en",
            title="Career planning for year 9",
            text="A worksheet about careers and choosing a profession.",
            facets={"type": ["worksheet"], "grade": ["7-9"], "licence": ["cc-by"]},
            city_id=None,
            days=5,
            popularity=20,
        ),
        make_entry(
            "job1",
            kind="job",
            title="Programmētājs (junior)",
            text="Meklējam programmētāju Valmierā.",
            facets={"type": ["full-time"]},
            city_id=VALMIERA,
            days=6,
        ),
    )


def keys(result):
    return [hit.key for hit in result.hits]


# --- Matching ----------------------------------------------------------------------------------------


def test_inflected_and_diacritic_free_forms_find_the_document(catalogue):
    assert keys(search(kind="material", query="programmetaju")) == ["m2"]
    assert keys(search(kind="job", query="programmetaju")) == ["job1"]
    assert keys(search(kind="material", query="karjeras planosana 9 klasei")) == ["m1"]
    # The thesaurus says "karjeras plānošana" is "career planning": the English one follows.
    assert keys(search(kind="material", query="KARJERAS PLĀNOŠANA")) == ["m1", "e1"]


def test_english_documents_are_matched_with_english_analysis(catalogue):
    assert keys(search(kind="material", query="careers planned")) == ["e1"]
    assert keys(search(kind="material", query="choose professions")) == ["e1"]


def test_every_query_term_must_occur_in_title_or_text(catalogue):
    assert keys(search(kind="material", query="karjeras intervija")) == ["m3"]
    assert search(kind="material", query="karjeras plakāts").total == 0
    # One term in the title, the other only in the text.
    assert keys(search(kind="material", query="prasmes konsultants")) == ["m3"]


def test_kinds_are_searched_apart(catalogue):
    assert keys(search(kind="job", query="")) == ["job1"]
    assert search(kind="page", query="").total == 0


def test_an_empty_query_lists_every_entry_of_the_kind(catalogue):
    result = search(kind="material", sort="newest")
    assert result.total == 5
    assert keys(result) == ["e1", "m4", "m3", "m2", "m1"]
    assert keys(search(kind="material", query="  ...!  ", sort="newest")) == keys(result)


def test_stop_words_are_judged_in_each_documents_language(catalogue):
    # "un" is a Latvian stop word: every Latvian material passes; to English it is a word e1 lacks.
    assert sorted(keys(search(kind="material", query="un"))) == ["m1", "m2", "m3", "m4"]


@pytest.mark.parametrize(
    "query",
    [
        'karjeras"',
        "AND OR NOT",
        "prasmes*",
        "title_terms:karjeras",
        "'; DROP TABLE search_entry; --",
        "\\",
        "NEAR(a b)",
        "%_",
    ],
)
def test_query_syntax_of_the_engines_is_not_interpreted(catalogue, query):
    search(kind="material", query=query)
    assert Entry.objects.count() == 6


def test_terms_with_an_apostrophe_match_whole(db):
    index(make_entry("o1", language="en", title="O'Neil's workshop", text="Welding for beginners."))
    index(make_entry("o2", language="en", title="Neil and O", text="Welding."))
    assert keys(search(kind="material", query="o’neil welding")) == ["o1"]


# --- Filters and facets -----------------------------------------------------------------------------


def test_filters_or_within_a_field_and_across_fields(catalogue):
    assert search(kind="material", filters={"grade": ["7-9", "10-12"]}).total == 5
    assert sorted(keys(search(kind="material", filters={"type": ["worksheet", "poster"]}))) == [
        "e1",
        "m1",
        "m3",
        "m4",
    ]
    result = search(kind="material", filters={"type": ["worksheet"], "licence": ["cc-by"]})
    assert sorted(keys(result)) == ["e1", "m1"]
    assert search(kind="material", filters={"type": []}).total == 5  # an empty list does not filter


def test_facet_counts_ignore_their_own_fields_filter(catalogue):
    result = search(
        kind="material",
        query="karjeras",
        filters={"type": ["worksheet"]},
        facet_fields=["type", "grade", "licence"],
    )
    assert sorted(keys(result)) == ["m1", "m3"]
    assert result.facets == {
        "type": {"worksheet": 2, "profile": 1},
        "grade": {"7-9": 2, "10-12": 1},
        "licence": {"cc-by": 1, "cc-by-sa": 1},
    }
    # The most frequent value first, then alphabetical.
    assert list(result.facets["grade"]) == ["7-9", "10-12"]


def test_facet_counts_with_two_filtered_fields(catalogue):
    result = search(
        kind="material",
        query="karjeras",
        filters={"type": ["worksheet"], "grade": ["10-12"]},
        facet_fields=["type", "grade", "licence", "skill"],
    )
    assert keys(result) == ["m3"]
    assert result.total == 1
    assert result.facets == {
        "type": {"profile": 1, "worksheet": 1},  # with grade 10-12: m2 and m3
        "grade": {"7-9": 2, "10-12": 1},  # with type worksheet: m1 and m3
        "licence": {"cc-by-sa": 1},  # with both: m3
        "skill": {},
    }


def test_a_selected_value_is_listed_even_without_matches(catalogue):
    result = search(
        kind="material",
        query="plakāts",
        filters={"grade": ["10-12"], "type": ["poster"]},
        facet_fields=["type"],
    )
    assert result.total == 0
    assert result.facets == {"type": {"poster": 0}}


def test_facets_of_an_empty_query_count_the_whole_kind(catalogue):
    result = search(kind="material", facet_fields=["licence", "type"])
    assert result.facets == {
        "licence": {"cc-by": 4, "cc-by-sa": 1},
        "type": {"worksheet": 3, "poster": 1, "profile": 1},
    }


# --- Cities -----------------------------------------------------------------------------------------


def test_city_scope_includes_platform_wide_entries_unless_told_not_to(catalogue):
    assert sorted(keys(search(kind="material", city_id=VALMIERA))) == ["e1", "m1", "m2", "m3"]
    assert sorted(keys(search(kind="material", city_id=VALMIERA, include_platform_wide=False))) == [
        "m1",
        "m2",
    ]
    assert sorted(keys(search(kind="material", city_id=VENTSPILS))) == ["e1", "m3", "m4"]
    assert search(kind="material", city_id=99, include_platform_wide=False).total == 0
    assert search(kind="material", city_id=None).total == 5


def test_city_scope_applies_to_facet_counts(catalogue):
    result = search(kind="material", city_id=VENTSPILS, include_platform_wide=False, facet_fields=["type"])
    assert result.facets == {"type": {"poster": 1}}


# --- Sorting and paging -----------------------------------------------------------------------------


def test_relevance_weighs_title_matches_above_text_matches_then_newer_first(catalogue):
    result = search(kind="material", query="karjeras")
    # m1 has the term in title and text (3 + 1); m2 and m3 in the text only (1 each), m3 is newer.
    assert keys(result) == ["m1", "m3", "m2"]
    assert [hit.score for hit in result.hits] == [4.0, 1.0, 1.0]


def test_a_title_match_outranks_a_newer_text_match(db):
    index(
        make_entry("old-title", title="Intervija darba devējam", text="Padomi.", days=1),
        make_entry("new-text", title="Padomi", text="Kā iet uz interviju.", days=9),
    )
    result = search(kind="material", query="intervijas")
    assert keys(result) == ["old-title", "new-text"]
    assert [hit.score for hit in result.hits] == [3.0, 1.0]


def test_equal_score_and_date_fall_back_to_the_order_of_indexing(db):
    index(make_entry("first", title="Prakse"), make_entry("second", title="Prakse"))
    assert keys(search(kind="material", query="prakse")) == ["second", "first"]
    assert keys(search(kind="material", query="prakse", sort="newest")) == ["second", "first"]


def test_newest_and_popular_sorts(catalogue):
    assert keys(search(kind="material", sort="newest")) == ["e1", "m4", "m3", "m2", "m1"]
    assert keys(search(kind="material", sort="popular")) == ["m2", "m3", "e1", "m1", "m4"]
    assert keys(search(kind="material", query="karjeras", sort="popular")) == ["m2", "m3", "m1"]


def test_pages_share_one_total(db):
    index_entries(entries=(make_entry(f"p{number:02}", title="Prakse", days=number) for number in range(25)))
    pages = [
        search(kind="material", query="prakse", sort="newest", page=page, per_page=10)
        for page in (1, 2, 3, 4)
    ]
    assert [result.total for result in pages] == [25, 25, 25, 25]
    assert [len(result.hits) for result in pages] == [10, 10, 5, 0]
    assert keys(pages[0])[:2] == ["p24", "p23"]
    assert keys(pages[2]) == ["p04", "p03", "p02", "p01", "p00"]


@pytest.mark.parametrize(
    "arguments",
    [
        {"sort": "alphabetical"},
        {"page": 0},
        {"per_page": 0},
        {"per_page": 101},
        {"kind": ""},
        {"filters": {"type": "worksheet"}},
        {"facet_fields": "type"},
    ],
)
def test_invalid_requests_are_refused(db, arguments):
    with pytest.raises(SearchError):
        search(**{"kind": "material", **arguments})


def test_a_search_is_two_queries(catalogue, django_assert_num_queries, engine):
    # The replica's first search loads it; after that a search is "has the index changed?" and the
    # page's hits (in memory), or those two and the search statement (database: the query is expanded
    # against the replica's vocabulary, decision 0026).
    search(kind="material", query="darbs")
    with django_assert_num_queries(2 if engine == "memory" else 3):
        search(
            kind="material", query="karjeras", filters={"type": ["worksheet"]}, facet_fields=["type", "grade"]
        )


# --- Indexing ---------------------------------------------------------------------------------------


def test_reindexing_a_key_replaces_the_entry(catalogue):
    entry_id = Entry.objects.get(key="m1").pk
    count = index(
        make_entry(
            "m1",
            title="Prakse uzņēmumā",
            text="Vasaras darbs.",
            facets={"type": ["guide"]},
            city_id=VALMIERA,
        )
    )
    assert count == 1
    assert Entry.objects.filter(key="m1").count() == 1
    assert Entry.objects.get(key="m1").pk == entry_id
    assert list(EntryFacet.objects.filter(entry__key="m1").values_list("field", "value")) == [
        ("type", "guide")
    ]
    assert "m1" not in keys(search(kind="material", query="plānošana"))
    assert keys(search(kind="material", query="prakse")) == ["m1"]
    result = search(kind="material", filters={"type": ["guide"]}, facet_fields=["type"])
    assert keys(result) == ["m1"]
    assert result.facets["type"] == {"worksheet": 2, "guide": 1, "poster": 1, "profile": 1}


def test_a_key_given_twice_in_one_call_keeps_its_last_version(db):
    assert index(make_entry("k", title="Pirmais"), make_entry("k", title="Otrais")) == 1
    assert Entry.objects.get().title == "Otrais"
    assert search(kind="material", query="pirmais").total == 0


def test_indexing_a_generator_larger_than_a_chunk(db):
    count = index_entries(entries=(make_entry(f"g{number}", title="Vasaras darbs") for number in range(1203)))
    assert count == 1203
    assert search(kind="material", query="vasaras darbi").total == 1203


def test_removal(catalogue):
    assert index_remove(keys=["m1", "m2", "m1", "no-such-key"]) == 2
    assert not Entry.objects.filter(key__in=["m1", "m2"]).exists()
    assert not EntryFacet.objects.filter(entry__key__in=["m1", "m2"]).exists()
    assert keys(search(kind="material", query="karjeras")) == ["m3"]
    assert search(kind="material", facet_fields=["licence"]).facets == {
        "licence": {"cc-by": 2, "cc-by-sa": 1}
    }


@pytest.mark.parametrize(
    "overrides",
    [
        {"language": "de"},
        {"key": ""},
        {"key": "x" * 201},
        {"kind": ""},
        {"published_at": dt.datetime(2026, 1, 1)},
        {"facets": {"type": "worksheet"}},
        {"facets": {"type": [""]}},
        {"facets": {"": ["x"]}},
    ],
)
def test_invalid_entries_are_refused_and_nothing_is_written(db, overrides):
    with pytest.raises(SearchError):
        index(make_entry("good"), make_entry("bad", **overrides))
    assert not Entry.objects.exists()


def test_text_with_nul_characters_is_indexed(db):
    index(make_entry("nul", title="Fails", text="teksts no PDF\x00 faila"))
    assert keys(search(kind="material", query="pdf")) == ["nul"]


# --- Snippets ---------------------------------------------------------------------------------------


def test_snippet_marks_matches_and_escapes_the_rest(db):
    index(
        make_entry(
            "x",
            title="Drošība",
            text="Ievads <script>alert('x')</script> & vairāk: programmētāju darbs un programmētājs birojā.",
        )
    )
    (hit,) = search(kind="material", query="programmetajs").hits
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; vairāk" in hit.snippet
    assert "<mark>programmētāju</mark> darbs un <mark>programmētājs</mark> birojā." in hit.snippet
    assert hit.title == "Drošība"


def test_snippet_is_an_excerpt_around_the_first_match(db):
    text = " ".join(["Ievada teikums bez nozīmes."] * 30) + " Šeit ir prakse uzņēmumā. " + "Beigas. " * 60
    index(make_entry("long", title="Garš teksts", text=text))
    (hit,) = search(kind="material", query="prakse").hits
    assert hit.snippet.startswith("… ")
    assert hit.snippet.endswith(" …")
    assert "Šeit ir <mark>prakse</mark> uzņēmumā." in hit.snippet
    assert len(hit.snippet) < 300


def test_snippet_without_a_match_in_the_text_is_the_opening(catalogue):
    (hit,) = search(kind="material", query="intervijas prasmes konsultants", sort="newest").hits
    assert hit.snippet.startswith("Kā sagatavoties darba <mark>intervijai</mark>.")
    (hit,) = search(kind="job", query="").hits
    assert hit.snippet == "Meklējam programmētāju Valmierā."


# --- The same answers on both databases -------------------------------------------------------------

SCENARIO = [
    ("", {}, None, True, "newest", ["e1", "m4", "m3", "m2", "m1"]),
    ("", {}, None, True, "popular", ["m2", "m3", "e1", "m1", "m4"]),
    ("karjeras", {}, None, True, "relevance", ["m1", "m3", "m2"]),
    ("karjeras", {"type": ["worksheet"]}, None, True, "relevance", ["m1", "m3"]),
    ("profesija", {}, None, True, "relevance", ["m4", "m2", "m1"]),
    ("profesija", {}, VALMIERA, False, "newest", ["m2", "m1"]),
    ("darba", {"grade": ["7-9"]}, VALMIERA, True, "popular", ["m3", "m1"]),
    ("career", {"licence": ["cc-by"]}, VENTSPILS, True, "relevance", ["e1"]),
    ("", {"grade": ["10-12"], "licence": ["cc-by", "cc-by-sa"]}, None, True, "relevance", ["m3", "m2"]),
]


@pytest.mark.parametrize(("query", "filters", "city_id", "platform_wide", "sort", "expected"), SCENARIO)
def test_same_results_on_every_database(catalogue, query, filters, city_id, platform_wide, sort, expected):
    result = search(
        kind="material",
        query=query,
        filters=filters,
        city_id=city_id,
        include_platform_wide=platform_wide,
        sort=sort,
        facet_fields=["type", "grade"],
    )
    assert keys(result) == expected, connection.vendor
    assert result.total == len(expected)


def test_results_are_cached_until_the_index_changes(monkeypatch, django_capture_on_commit_callbacks):
    from microcity.search import selectors

    calls = []
    real_get_backend = selectors.get_backend

    class Counting:
        def search(self, query):
            calls.append(query)
            return real_get_backend().search(query)

    index(make_entry("c1", title="Skolotājs"))
    monkeypatch.setattr(selectors, "get_backend", Counting)
    first = search(kind="material", query="skolotaji")
    again = search(kind="material", query="Skolotāji")  # the same analysed query: served from the cache
    assert [h.key for h in first.hits] == [h.key for h in again.hits] == ["c1"]
    assert len(calls) == 1
    search(kind="material", query="skolotaji", page=2)  # another page is another result
    assert len(calls) == 2

    with django_capture_on_commit_callbacks(execute=True):
        index(make_entry("c2", title="Skolotāja palīgs"))
    assert {h.key for h in search(kind="material", query="skolotaji").hits} == {"c1", "c2"}
    assert len(calls) == 3

    with django_capture_on_commit_callbacks(execute=True):
        index_remove(keys=["c1"])
    assert [h.key for h in search(kind="material", query="skolotaji").hits] == ["c2"]
    assert len(calls) == 4
