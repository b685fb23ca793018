"""The in-memory inverted index alone: matching, filters, disjunctive counts, ranking, paging, updates."""

from __future__ import annotations

import pytest

from microcity.invertedindex import EXACT_FACTOR, Document, Group, InvertedIndex


def doc(entry_id, title="", text="", *, language="lv", city=None, published=0, popularity=0, facets=()):
    return Document(
        entry_id=entry_id,
        language=language,
        city_id=city,
        published_at=published,
        popularity=popularity,
        title_terms=title.split(),
        text_terms=text.split(),
        facets=tuple(facets),
    )


def run(
    index,
    terms=(),
    *,
    groups=None,
    filters=None,
    city=None,
    platform_wide=True,
    sort="relevance",
    offset=0,
    limit=20,
    facet_fields=(),
):
    return index.search(
        groups=groups or [Group(terms=tuple(terms), languages=("lv", "en"))],
        filters=filters or {},
        city_id=city,
        include_platform_wide=platform_wide,
        sort=sort,
        offset=offset,
        limit=limit,
        facet_fields=facet_fields,
    )


@pytest.fixture
def index():
    built = InvertedIndex()
    built.add(
        [
            doc(
                1,
                "karjer plan",
                "skol darb",
                published=10,
                popularity=5,
                city=7,
                facets=[("type", "worksheet"), ("grade", "7-9")],
            ),
            doc(
                2,
                "darb",
                "karjer",
                published=20,
                popularity=9,
                city=8,
                facets=[("type", "guide"), ("grade", "7-9"), ("grade", "10-12")],
            ),
            doc(
                3,
                "",
                "karjer darb",
                published=30,
                popularity=9,
                facets=[("type", "worksheet"), ("grade", "10-12")],
            ),
            doc(4, "career", "plan", language="en", published=40, facets=[("type", "worksheet")]),
        ]
    )
    return built


def ids(result):
    return [entry_id for entry_id, _score in result.hits]


def test_every_term_must_be_in_the_title_or_the_text(index):
    assert sorted(ids(run(index, ["karjer", "darb"]))) == [1, 2, 3]
    assert ids(run(index, ["karjer", "plan"])) == [1]
    assert run(index, ["nav"]).total == 0


def test_relevance_scores_title_above_text_then_newest(index):
    result = run(index, ["karjer"])
    # 1: title + no text (3); 2: text (1); 3: text (1) and newer than 2.
    assert result.hits == [(1, 3 * EXACT_FACTOR), (3, EXACT_FACTOR), (2, EXACT_FACTOR)]
    # In title and text: 3 + 1.
    assert run(index, ["darb"]).hits[0] == (2, 3 * EXACT_FACTOR)
    assert dict(run(index, ["karjer", "darb"]).hits) == {
        1: 4 * EXACT_FACTOR,
        2: 4 * EXACT_FACTOR,
        3: 2 * EXACT_FACTOR,
    }


def test_newest_and_popular_orders(index):
    assert ids(run(index, sort="newest")) == [4, 3, 2, 1]
    assert ids(run(index, sort="popular")) == [3, 2, 1, 4]  # 9, 9 (newer first), 5, 0


def test_language_groups_match_each_document_with_its_own_terms(index):
    groups = [Group(terms=("plan",), languages=("lv",)), Group(terms=("career",), languages=("en",))]
    assert sorted(ids(run(index, groups=groups))) == [1, 4]
    # A group without terms lets every document of its languages through, unscored.
    groups = [Group(terms=("plan",), languages=("lv",)), Group(terms=(), languages=("en",))]
    assert dict(run(index, groups=groups).hits) == {1: 3 * EXACT_FACTOR, 4: 0}


def test_filters_and_disjunctive_counts(index):
    result = run(index, filters={"type": ["worksheet"], "grade": ["10-12"]}, facet_fields=["type", "grade"])
    assert ids(result) == [3]
    # type is counted without its own filter (grade 10-12 only); grade without its own (worksheets only).
    assert result.facets == {"type": {"worksheet": 1, "guide": 1}, "grade": {"7-9": 1, "10-12": 1}}
    assert run(index, filters={"type": ["guide", "worksheet"]}).total == 4
    assert run(index, filters={"type": ["nothing"]}, facet_fields=["type"]).facets == {
        "type": {"worksheet": 3, "guide": 1}
    }


def test_city_with_and_without_platform_wide_documents(index):
    assert sorted(ids(run(index, city=7))) == [1, 3, 4]
    assert ids(run(index, city=7, platform_wide=False)) == [1]
    assert run(index, city=99, platform_wide=False).total == 0


def test_pages_are_slices_of_one_order(index):
    full = ids(run(index, sort="newest"))
    pages = [ids(run(index, sort="newest", offset=offset, limit=2)) for offset in (0, 2, 4)]
    assert pages == [full[:2], full[2:], []]
    assert run(index, sort="newest", offset=10).total == 4


def test_replacing_and_removing_documents(index):
    index.add([doc(1, "cits", published=50)])
    assert 1 not in ids(run(index, ["karjer"]))
    assert ids(run(index, ["cits"])) == [1]
    assert ids(run(index, sort="newest"))[0] == 1
    assert index.remove([1, 99]) == 1
    assert run(index, ["cits"]).total == 0
    assert len(index) == 3
    assert index.dead_ratio == pytest.approx(2 / 5)
    # Counts never include dead ordinals.
    assert run(index, facet_fields=["type"]).facets == {"type": {"worksheet": 2, "guide": 1}}


def test_a_later_copy_in_one_call_wins():
    index = InvertedIndex()
    index.add([doc(1, "pirm"), doc(1, "otr")])
    assert run(index, ["pirm"]).total == 0
    assert ids(run(index, ["otr"])) == [1]


def test_unknown_sort_is_refused(index):
    with pytest.raises(ValueError, match="sort"):
        run(index, sort="random")


def test_a_field_with_many_values_is_counted_the_same_over_few_documents():
    index = InvertedIndex()
    index.add(
        doc(
            number,
            "darb" if number % 50 == 0 else "cits",
            facets=[("organisation", str(number % 70)), ("type", "a")],
        )
        for number in range(700)
    )
    few = run(index, ["darb"], facet_fields=["organisation", "type"])  # 14 documents, 70 values: walked
    assert few.total == 14
    expected: dict[str, int] = {}
    for number in range(0, 700, 50):
        expected[str(number % 70)] = expected.get(str(number % 70), 0) + 1
    assert few.facets == {"organisation": expected, "type": {"a": 14}}
    many = run(index, facet_fields=["organisation"])  # every document: bitmaps
    assert many.facets["organisation"] == {str(value): 10 for value in range(70)}


def test_clauses_labels_and_the_vocabulary():
    index = InvertedIndex()
    index.add(
        [
            Document(1, "lv", None, 1, 0, ["programmetaj"], [], (), label_terms=[]),
            Document(2, "lv", None, 2, 0, ["darb"], ["izstradataj"], (), label_terms=["programmetaj"]),
            Document(3, "lv", None, 3, 0, ["izstradataj"], [], ()),
            Document(4, "lv", None, 4, 0, ["pavar"], [], ()),
        ]
    )
    clause = ((("programmetaj",), True), (("izstradataj",), False))
    group = Group(terms=(), languages=("lv",), clauses=(clause,))
    hits = dict(run(index, groups=[group]).hits)
    # As typed: title 3, label 2 (times EXACT_FACTOR); the synonym: title 3 (times 1).
    assert hits == {1: 3 * EXACT_FACTOR, 2: 2 * EXACT_FACTOR, 3: 3}
    # An alternative of several terms needs them all and weighs as its weakest.
    both = ((("darb", "izstradataj"), False),)
    assert dict(run(index, groups=[Group(terms=(), languages=("lv",), clauses=(both,))]).hits) == {2: 1}
    assert index.document_frequency("programmetaj") == 2
    assert index.terms_with_prefix("pro", limit=5) == ["programmetaj"]
    assert index.has_prefix("izstr") and not index.has_prefix("zzz")
    index.remove([1, 2])
    assert index.document_frequency("programmetaj") == 0
    assert index.terms_with_prefix("pro", limit=5) == []
