"""Terms, facet tokens and snippets: pure functions, no database."""

from __future__ import annotations

from django.utils.safestring import SafeString

from microcity.search.terms import (
    MAX_QUERY_TERMS,
    MAX_TERM_LENGTH,
    SNIPPET_CHARS,
    document_terms,
    facet_token,
    filter_terms,
    make_snippet,
    query_terms,
)


def test_document_terms_are_distinct_in_order_of_first_occurrence():
    assert document_terms("Skola, skolā un skolas darbs", language="lv") == ["skol", "darb"]


def test_overlong_words_are_not_terms():
    blob = "x" * (MAX_TERM_LENGTH + 1)
    assert document_terms(f"prakse {blob}", language="lv") == ["praks"]
    assert query_terms(f"prakse {blob}")["lv"] == ("praks",)


def test_a_query_is_analysed_in_every_language():
    assert query_terms("Karjeras plānošana") == {"lv": ("karjer", "plan"), "en": ("karjera", "planosana")}


def test_a_long_query_keeps_its_first_terms():
    words = [f"vārds{number}" for number in range(40)]
    assert len(query_terms(" ".join(words))["lv"]) == MAX_QUERY_TERMS


def test_facet_tokens_cannot_be_words_and_do_not_collide():
    token = facet_token("grade", "7-9")
    assert token.startswith("_") and len(token) == 17
    assert "_" not in "".join(document_terms("a_b grade_7 _x", language="lv"))
    assert facet_token("a", "b c") != facet_token("a b", "c")
    assert filter_terms([("type", "video"), ("type", "video"), ("grade", "7-9")]) == [
        facet_token("type", "video"),
        facet_token("grade", "7-9"),
    ]


def test_snippet_escapes_and_marks():
    snippet = make_snippet('<b>"Prakse"</b> & prakses vieta', language="lv", terms=["praks"])
    assert isinstance(snippet, SafeString)
    assert snippet == "&lt;b&gt;&quot;<mark>Prakse</mark>&quot;&lt;/b&gt; &amp; <mark>prakses</mark> vieta"


def test_snippet_without_terms_is_the_opening_cut_at_a_word():
    text = "Vārds " * 100
    snippet = make_snippet(text, language="lv", terms=[])
    assert snippet.startswith("Vārds Vārds")
    assert snippet.endswith("Vārds …")
    assert len(snippet) <= SNIPPET_CHARS + 2
    assert "<mark>" not in snippet


def test_snippet_collapses_whitespace_and_keeps_english_apostrophes():
    snippet = make_snippet("The\n\nemployer’s   offer", language="en", terms=["employ"])
    assert snippet == "The <mark>employer’s</mark> offer"


def test_snippet_of_an_empty_text_is_empty():
    assert make_snippet("", language="lv", terms=["praks"]) == ""
