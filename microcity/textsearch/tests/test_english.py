"""English analysis: Porter2 stems and the Snowball stop list."""

from __future__ import annotations

import pytest

from microcity.textsearch import analyze
from microcity.textsearch.stopwords import ENGLISH_STOP_WORDS


@pytest.mark.parametrize(
    ("forms", "term"),
    [
        ("running runs run ran", None),
        ("career careers career's Careers", "career"),
        ("teacher teachers teacher's", "teacher"),
        ("generous generously", "generous"),
        ("apply applies applied applying", "appli"),
        ("internship internships", "internship"),
    ],
)
def test_inflected_forms_share_one_term(forms: str, term: str | None) -> None:
    words = forms.split()
    if term is None:
        # "ran" is irregular and Porter2 does not know it; the regular forms still meet.
        words = [word for word in words if word != "ran"]
        term = "run"
    assert {tuple(analyze(word, "en")) for word in words} == {(term,)}


def test_running_and_runs_stem_to_run() -> None:
    assert analyze("running", "en") == ["run"]
    assert analyze("runs", "en") == ["run"]


def test_stop_words_are_removed() -> None:
    assert analyze("the and of a to in is it", "en") == []
    assert analyze("I don't know", "en") == ["know"]
    assert len(ENGLISH_STOP_WORDS) > 150


def test_curly_apostrophes_behave_like_straight_ones() -> None:
    assert analyze("don\u2019t stop the student\u2019s career", "en") == ["stop", "student", "career"]


def test_quotes_are_not_part_of_words() -> None:
    assert analyze("'careers' students'", "en") == ["career", "student"]


def test_order_and_numbers_are_kept() -> None:
    assert analyze("Summer jobs for 9th graders in 2026", "en") == ["summer", "job", "9th", "grader", "2026"]


def test_english_is_not_stemmed_with_latvian_rules() -> None:
    assert analyze("running", "en") == ["run"]
    assert analyze("running", "lv") != ["run"]
