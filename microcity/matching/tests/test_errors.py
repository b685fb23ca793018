"""Bad input raises ValueError naming the list and position of the first bad value."""

from __future__ import annotations

import re
from typing import Any

import pytest

from microcity.matching import stable_match

GOOD_APPLICANTS = [[0, 1], [1], [], [2, 0, 1], [4]]
GOOD_PLACEMENTS = [[0, 3], [1, 0, 3], [3], [], [4]]
GOOD_CAPACITIES = [1, 2, 0, 1, 1]


def call(applicants: Any = None, placements: Any = None, capacities: Any = None) -> list[int]:
    return stable_match(
        GOOD_APPLICANTS if applicants is None else applicants,
        GOOD_PLACEMENTS if placements is None else placements,
        GOOD_CAPACITIES if capacities is None else capacities,
    )


def with_item(rows: list[list[Any]], row: int, position: int, value: Any) -> list[list[Any]]:
    changed = [list(r) for r in rows]
    changed[row][position] = value
    return changed


def test_good_input_is_fine() -> None:
    # 3 finds placement 2 closed (no seats) and placement 0 full with 0, who ranks higher there.
    assert call() == [0, 1, -1, 1, 4]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        # The example from the specification: 5 placements, applicant 3 lists placement 7.
        (
            {"applicants": with_item(GOOD_APPLICANTS, 3, 1, 7)},
            "applicant_prefs[3][1]: placement index 7 is out of range (0..4)",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 0, 0, -1)},
            "applicant_prefs[0][0]: placement index -1 is out of range (0..4)",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 0, 1, 5)},
            "applicant_prefs[0][1]: placement index 5 is out of range (0..4)",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 0, 1, 2**40)},
            f"applicant_prefs[0][1]: placement index {2**40} is out of range (0..4)",
        ),
        (
            {"placements": with_item(GOOD_PLACEMENTS, 1, 2, 5)},
            "placement_prefs[1][2]: applicant index 5 is out of range (0..4)",
        ),
        (
            {"placements": with_item(GOOD_PLACEMENTS, 4, 0, -3)},
            "placement_prefs[4][0]: applicant index -3 is out of range (0..4)",
        ),
        (
            {"placements": with_item(GOOD_PLACEMENTS, 0, 0, 2**33)},
            f"placement_prefs[0][0]: applicant index {2**33} is out of range (0..4)",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 3, 2, 2)},
            "applicant_prefs[3][2]: placement index 2 is listed twice (also at applicant_prefs[3][0])",
        ),
        (
            {"placements": with_item(GOOD_PLACEMENTS, 1, 2, 1)},
            "placement_prefs[1][2]: applicant index 1 is listed twice (also at placement_prefs[1][0])",
        ),
        ({"capacities": [1, 2, -1, 1, 1]}, "capacities[2]: capacity -1 is negative"),
        (
            {"capacities": [1, 2, 0, 1]},
            "placement_prefs has 5 entries but capacities has 4; there must be one capacity per placement",
        ),
        (
            {"placements": GOOD_PLACEMENTS[:4]},
            "placement_prefs has 4 entries but capacities has 5; there must be one capacity per placement",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 1, 0, 1.0)},
            "applicant_prefs[1][0]: expected an int placement index, got float 1.0",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 1, 0, "1")},
            "applicant_prefs[1][0]: expected an int placement index, got str '1'",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 1, 0, None)},
            "applicant_prefs[1][0]: expected an int placement index, got NoneType None",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 1, 0, True)},
            "applicant_prefs[1][0]: expected an int placement index, got bool True",
        ),
        (
            {"applicants": with_item(GOOD_APPLICANTS, 0, 0, False)},
            "applicant_prefs[0][0]: expected an int placement index, got bool False",
        ),
        (
            {"placements": with_item(GOOD_PLACEMENTS, 1, 1, False)},
            "placement_prefs[1][1]: expected an int applicant index, got bool False",
        ),
        (
            {"placements": with_item(GOOD_PLACEMENTS, 1, 1, 0.0)},
            "placement_prefs[1][1]: expected an int applicant index, got float 0.0",
        ),
        ({"capacities": [1, 2, True, 1, 1]}, "capacities[2]: expected an int capacity, got bool True"),
        ({"capacities": [1, 2.0, 0, 1, 1]}, "capacities[1]: expected an int capacity, got float 2.0"),
        (
            {"applicants": [[0], (1,), {2}, [], []]},
            "applicant_prefs[2]: expected a list or tuple of placement indices, got set",
        ),
        (
            {"placements": [[0], [1], [2], 3, []]},
            "placement_prefs[3]: expected a list or tuple of applicant indices, got int",
        ),
        ({"applicants": {0: [1]}}, "applicant_prefs: expected a list or tuple, got dict"),
        ({"placements": "abc"}, "placement_prefs: expected a list or tuple, got str"),
        ({"capacities": range(5)}, "capacities: expected a list or tuple, got range"),
    ],
)
def test_bad_input_is_named(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        call(**kwargs)


def test_no_placements_at_all() -> None:
    with pytest.raises(
        ValueError,
        match=re.escape("applicant_prefs[1][0]: placement index 0 is out of range (there are no placements)"),
    ):
        stable_match([[], [0]], [], [])


def test_first_problem_is_reported() -> None:
    # Checks go capacities, then applicant lists, then placement lists, each front to back.
    applicants = with_item(with_item(GOOD_APPLICANTS, 4, 0, 9), 3, 0, 8)
    placements = with_item(GOOD_PLACEMENTS, 0, 0, -1)
    with pytest.raises(ValueError, match=re.escape("applicant_prefs[3][0]:")):
        call(applicants=applicants, placements=placements)
    with pytest.raises(ValueError, match=re.escape("capacities[0]:")):
        call(applicants=applicants, placements=placements, capacities=[-1, 0, 0, 0, 0])


@pytest.mark.parametrize("value", [True, False])
def test_bools_are_found_in_big_lists(value: bool) -> None:
    # Many 0/1 values make the bulk check scan for bools by identity instead of per candidate.
    n = 300
    applicants = [[0, 1] for _ in range(n)]
    placements = [list(range(n)), list(range(n))]
    assert stable_match(applicants, placements, [n, n]) == [0] * n
    bad = [list(r) for r in applicants]
    bad[123][1] = value
    with pytest.raises(
        ValueError,
        match=re.escape(f"applicant_prefs[123][1]: expected an int placement index, got bool {value}"),
    ):
        stable_match(bad, placements, [n, n])
    placements_bad = [list(range(n)), list(range(n))]
    placements_bad[1][int(value)] = value
    with pytest.raises(
        ValueError, match=re.escape(f"placement_prefs[1][{int(value)}]: expected an int applicant index")
    ):
        stable_match(applicants, placements_bad, [n, n])


def test_bools_are_found_when_most_applicant_ids_are_0_or_1() -> None:
    # With two applicants nearly every value is 0 or 1, so the placement lists are searched for
    # bools by identity.
    placements: list[list[Any]] = [[1, 0] for _ in range(100)]
    applicants = [list(range(100)), list(range(99, -1, -1))]
    assert stable_match(applicants, placements, [1] * 100) == [0, 99]
    placements[57][1] = False
    with pytest.raises(
        ValueError, match=re.escape("placement_prefs[57][1]: expected an int applicant index, got bool False")
    ):
        stable_match(applicants, placements, [1] * 100)
