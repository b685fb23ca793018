"""The ``analyze`` entry point: tokenising, languages, and invariants that hold for any text."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcity.textsearch import SUPPORTED_LANGUAGES, analyze
from microcity.textsearch.folding import fold
from microcity.textsearch.stopwords import LATVIAN_STOP_WORDS


@pytest.mark.parametrize("language", ["lv", "en"])
@pytest.mark.parametrize("text", ["", "   ", "\n\t", "—, . ! ? « » - _ / ''"])
def test_text_without_words_gives_no_terms(text: str, language: str) -> None:
    assert analyze(text, language) == []


def test_default_language_is_latvian() -> None:
    assert analyze("skolās") == analyze("skolās", "lv") == analyze("skola", "lv")


@pytest.mark.parametrize("language", ["de", "LV", "lv-LV", "", "english"])
def test_unknown_language_is_rejected_with_a_clear_message(language: str) -> None:
    with pytest.raises(ValueError, match=r"Unsupported language .*expected one of: en, lv"):
        analyze("skola", language)
    assert SUPPORTED_LANGUAGES == ("en", "lv")


def test_hyphenated_words_and_underscores_split() -> None:
    assert analyze("e-pasts sociālo_tīklu") == [*analyze("e"), *analyze("pasts"), *analyze("sociālo tīklu")]


def test_letters_of_other_scripts_are_words() -> None:
    assert analyze("Привет мир") == ["привет", "мир"]


def test_decomposed_input_matches_composed() -> None:
    text = "Programmētāju skolās Ķekavā"
    assert analyze(unicodedata.normalize("NFD", text)) == analyze(text)


def test_package_does_not_import_django() -> None:
    code = "import sys, microcity.textsearch as t; t.analyze('skola'); t.analyze('run', 'en'); " + (
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


_LATVIAN_LETTERS = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"
_latvian_text = st.lists(
    st.text(alphabet=_LATVIAN_LETTERS + _LATVIAN_LETTERS.upper(), min_size=1, max_size=12),
    max_size=20,
).map(" ".join)


@given(_latvian_text)
def test_typing_without_diacritics_never_changes_terms(text: str) -> None:
    assert analyze(fold(text)) == analyze(text)


@given(_latvian_text)
def test_case_never_changes_terms(text: str) -> None:
    assert analyze(text.upper()) == analyze(text.lower()) == analyze(text)


@given(_latvian_text)
def test_one_term_per_kept_word_in_order(text: str) -> None:
    kept = [word for word in text.split() if fold(word) not in LATVIAN_STOP_WORDS]
    terms = analyze(text)
    assert len(terms) == len(kept)
    assert terms == [analyze(word)[0] for word in kept]
    assert all(term and term.isascii() and term == term.lower() for term in terms)


@given(st.text(max_size=200), st.sampled_from(["lv", "en"]))
def test_any_text_is_analysed_without_error(text: str, language: str) -> None:
    terms = analyze(text, language)
    assert all(isinstance(term, str) and term for term in terms)
