"""The interest self-assessment's statements, its scoring and the profession-group ranking (pure Python)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from microcity.careers import riasec
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.riasec import AnswerError, GroupWeight, Statement

DATA = Path(__file__).resolve().parents[1] / "data"
CORE_DATA = Path(__file__).resolve().parents[2] / "core" / "data"


def answers(default: int = 3, **by_type: int) -> dict[str, int]:
    return {s.key: by_type.get(s.type, default) for s in STATEMENTS}


def test_thirty_statements_five_per_type_in_both_languages():
    assert len(STATEMENTS) == 30
    assert Counter(s.type for s in STATEMENTS) == dict.fromkeys(riasec.TYPES, 5)
    assert len({s.key for s in STATEMENTS}) == 30
    for s in STATEMENTS:
        assert s.text_lv.strip() and s.text_en.strip() and s.text_lv != s.text_en
        assert s.key[0] == s.type
    assert len({s.text_lv for s in STATEMENTS}) == 30
    assert len({s.text_en for s in STATEMENTS}) == 30
    # Presented mixed: no two neighbours share a type.
    assert all(a.type != b.type for a, b in zip(STATEMENTS, STATEMENTS[1:], strict=False))
    assert STATEMENTS[0].text("en").startswith("I like")
    assert STATEMENTS[0].text("lv").startswith("Man")


def test_scores_run_from_zero_to_one_hundred():
    assert riasec.score(answers(1), STATEMENTS) == dict.fromkeys(riasec.TYPES, 0)
    assert riasec.score(answers(5), STATEMENTS) == dict.fromkeys(riasec.TYPES, 100)
    mixed = riasec.score(answers(3, I=5, C=1, S=4), STATEMENTS)
    assert mixed == {"R": 50, "I": 100, "A": 50, "S": 75, "E": 50, "C": 0}


def test_one_type_scored_from_its_own_statements_only():
    given = answers(1)
    given["A1"] = given["A2"] = 5  # two of five artistic statements at the top
    scores = riasec.score(given, STATEMENTS)
    assert scores["A"] == 40  # (5+5+1+1+1 − 5) / 20 = 0.4
    assert {k: v for k, v in scores.items() if k != "A"} == dict.fromkeys("RISEC", 0)


def test_rounding_is_half_up():
    two_each = [Statement(f"{t}{n}", t, "lv", "en") for t in riasec.TYPES for n in (1, 2)]
    given = {s.key: 1 for s in two_each}
    given["R1"] = 2  # (3 − 2) / 8 = 12.5 %
    given["I1"] = given["I2"] = 2  # 25 %
    assert riasec.score(given, two_each)["R"] == 13
    assert riasec.score(given, two_each)["I"] == 25


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a.pop("R1"),
        lambda a: a.update({"X9": 3}),
        lambda a: a.update({"R1": 0}),
        lambda a: a.update({"R1": 6}),
        lambda a: a.update({"R1": True}),
        lambda a: a.update({"R1": "4"}),
        lambda a: a.update({"R1": 2.5}),
    ],
    ids=["missing", "unknown", "below", "above", "bool", "text", "fraction"],
)
def test_answers_that_do_not_fit_are_refused(change):
    given = answers()
    change(given)
    with pytest.raises(AnswerError):
        riasec.score(given, STATEMENTS)


def test_holland_code_takes_the_three_highest_with_stable_ties():
    assert riasec.holland_code(dict.fromkeys(riasec.TYPES, 50)) == "RIA"
    assert riasec.holland_code({"R": 10, "I": 20, "A": 60, "S": 80, "E": 80, "C": 0}) == "SEA"
    assert riasec.holland_code({"C": 90, "R": 90}, length=2) == "RC"


def test_rank_groups_weighs_interests_and_adds_skills():
    weights = [
        GroupWeight("I", "25", 3),
        GroupWeight("I", "21", 3),
        GroupWeight("R", "21", 1),
        GroupWeight("S", "23", 3),
    ]
    scores = {"R": 60, "I": 80, "S": 20}
    ranked = riasec.rank_groups(scores=scores, weights=weights)
    assert [(m.code, m.score) for m in ranked] == [("21", 300), ("25", 240), ("23", 60)]
    assert ranked[0].types == ("I", "R")
    # Two skills pointing to teaching lift it; a skill-only group appears too.
    ranked = riasec.rank_groups(scores=scores, weights=weights, skill_groups={"23": 2, "52": 1})
    assert [(m.code, m.score, m.skills) for m in ranked] == [
        ("21", 300, 0),
        ("25", 240, 0),
        ("23", 60 + 2 * riasec.SKILL_POINTS, 2),
        ("52", riasec.SKILL_POINTS, 1),
    ]
    # Skills count up to the cap, so a long list of skills cannot outweigh a strong interest.
    capped = riasec.rank_groups(scores={}, weights=weights, skill_groups={"41": 10})
    assert capped[0].score == riasec.SKILL_CAP * riasec.SKILL_POINTS
    assert riasec.rank_groups(scores={}, weights=weights) == []
    assert [m.code for m in riasec.rank_groups(scores={"I": 50}, weights=weights, limit=1)] == ["21"]


def _sub_major_codes() -> set[str]:
    with (CORE_DATA / "isco08_groups.csv").open(encoding="utf-8") as handle:
        return {row["code"] for row in csv.DictReader(handle) if row["level"] == "2"}


def test_interest_mapping_names_real_sub_major_groups_for_every_type():
    codes = _sub_major_codes()
    with (DATA / "riasec_isco08.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["type"] for row in rows} == set(riasec.TYPES)
    for row in rows:
        assert row["isco_code"] in codes, row
        assert row["weight"] in {"1", "2", "3"}, row
        assert row["why"].strip()
    per_type = Counter(row["type"] for row in rows)
    assert min(per_type.values()) >= 4
    assert len({(row["type"], row["isco_code"]) for row in rows}) == len(rows)


def test_skills_file_has_both_languages_and_real_groups():
    codes = _sub_major_codes()
    with (DATA / "skills.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 150
    assert len({row["code"] for row in rows}) == len(rows)
    for row in rows:
        assert row["label_lv"].strip() and row["label_en"].strip()
        assert set(row["isco_groups"].split()) <= codes, row
        assert row["esco_uri"] == "" or row["esco_uri"].startswith("http://data.europa.eu/esco/skill/")
