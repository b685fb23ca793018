"""Hand-worked instances with known answers, for both the fast path and the plain implementation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from microcity.matching import engine, stable_match

Solver = Callable[[Sequence[Sequence[int]], Sequence[Sequence[int]], Sequence[int]], list[int]]


def plain(
    applicant_prefs: Sequence[Sequence[int]],
    placement_prefs: Sequence[Sequence[int]],
    capacities: Sequence[int],
) -> list[int]:
    return engine._deferred_acceptance(*engine._validate(applicant_prefs, placement_prefs, capacities))


SOLVERS = [pytest.param(stable_match, id="stable_match"), pytest.param(plain, id="plain")]


@pytest.mark.parametrize("solve", SOLVERS)
def test_empty_instances(solve: Solver) -> None:
    assert solve([], [], []) == []
    assert solve([[], []], [], []) == [-1, -1]
    assert solve([], [[], []], [1, 0]) == []


@pytest.mark.parametrize("solve", SOLVERS)
def test_applicants_get_their_optimal_stable_partner_not_the_placements(solve: Solver) -> None:
    # Two stable matchings exist: {0-0, 1-1} (each applicant's first choice) and {0-1, 1-0}
    # (each placement's first choice). Deferred acceptance by applicants must pick the former.
    assert solve([[0, 1], [1, 0]], [[1, 0], [0, 1]], [1, 1]) == [0, 1]


@pytest.mark.parametrize("solve", SOLVERS)
def test_eviction_chain(solve: Solver) -> None:
    # 0 takes placement 1 and 1 takes placement 0; then 2 evicts 1 from placement 0, 1 evicts 0
    # from placement 1, and 0 ends at placement 2. 3 is ranked last everywhere it applies.
    applicant_prefs = [[1, 2], [0, 1], [0], [0, 1]]
    placement_prefs = [[2, 1, 3], [1, 0, 3], [0]]
    assert solve(applicant_prefs, placement_prefs, [1, 1, 1]) == [2, 1, 0, -1]


@pytest.mark.parametrize("solve", SOLVERS)
def test_capacity_is_respected_in_placement_order(solve: Solver) -> None:
    applicant_prefs = [[0], [0], [0], [0], [0]]
    placement_prefs = [[3, 1, 4, 0, 2]]
    assert solve(applicant_prefs, placement_prefs, [3]) == [-1, 0, -1, 0, 0]
    assert solve(applicant_prefs, placement_prefs, [0]) == [-1] * 5
    assert solve(applicant_prefs, placement_prefs, [10**12]) == [0] * 5


@pytest.mark.parametrize("solve", SOLVERS)
def test_only_mutually_acceptable_pairs_match(solve: Solver) -> None:
    # Placement 0 does not list applicant 0; placement 1 is not listed by applicant 1.
    applicant_prefs = [[0, 1], [0]]
    placement_prefs = [[1], [0, 1]]
    assert solve(applicant_prefs, placement_prefs, [2, 2]) == [1, 0]
    assert solve([[0]], [[]], [1]) == [-1]
    assert solve([[]], [[0]], [1]) == [-1]


@pytest.mark.parametrize("solve", SOLVERS)
def test_zero_capacity_placement_is_skipped(solve: Solver) -> None:
    applicant_prefs = [[0, 1, 2], [0, 2], [1]]
    placement_prefs = [[0, 1], [2, 0], [1, 0]]
    assert solve(applicant_prefs, placement_prefs, [0, 1, 1]) == [-1, 2, 1]


@pytest.mark.parametrize("solve", SOLVERS)
def test_textbook_hospital_resident_instance(solve: Solver) -> None:
    # Worked by hand: A and S fill C; D outranks S at C, so S moves to M, where L joins it;
    # J is ranked below A and D at C and ends at its second choice G.
    residents = {
        "A": ["C"],
        "S": ["C", "M"],
        "D": ["C", "M", "G"],
        "L": ["M", "C", "G"],
        "J": ["C", "G", "M"],
    }
    hospitals = {"M": ["D", "L", "S", "J"], "C": ["D", "A", "S", "L", "J"], "G": ["D", "J", "L"]}
    capacity = {"M": 2, "C": 2, "G": 2}
    r_names, h_names = list(residents), list(hospitals)
    applicant_prefs = [[h_names.index(h) for h in residents[r]] for r in r_names]
    placement_prefs = [[r_names.index(r) for r in hospitals[h]] for h in h_names]
    result = solve(applicant_prefs, placement_prefs, [capacity[h] for h in h_names])
    assert {r: (h_names[p] if p >= 0 else None) for r, p in zip(r_names, result, strict=True)} == {
        "A": "C",
        "S": "M",
        "D": "C",
        "L": "M",
        "J": "G",
    }


def test_tuples_and_integer_like_values_are_accepted() -> None:
    class Index:
        def __init__(self, value: int) -> None:
            self.value = value

        def __index__(self) -> int:
            return self.value

    expected = [0, 1]
    assert stable_match(((0, 1), (1, 0)), ((1, 0), (0, 1)), (1, 1)) == expected
    # Like NumPy integers: not ints, but usable as list indices.
    odd: Any = [[Index(0), Index(1)], [Index(1), Index(0)]]
    one: Any = Index(1)
    assert stable_match(odd, [[1, 0], [0, 1]], [1, 1]) == expected
    assert stable_match([[0, 1], [1, 0]], odd, [one, one]) == expected


def test_result_is_deterministic_and_inputs_are_not_modified() -> None:
    applicant_prefs = [[2, 0, 1], [0, 2], [1, 2, 0], [0], [2, 1]]
    placement_prefs = [[3, 1, 0, 2], [4, 2, 0], [1, 0, 2, 4]]
    capacities = [1, 1, 2]
    snapshot = repr((applicant_prefs, placement_prefs, capacities))
    # By hand: 3 evicts 1 from placement 0, 1 then fills placement 2 (with 0); 4 evicts 2 from
    # placement 1 and 2 is ranked too low at its other choices.
    expected = [2, 2, -1, 0, 1]
    assert [stable_match(applicant_prefs, placement_prefs, capacities) for _ in range(3)] == [expected] * 3
    assert plain(applicant_prefs, placement_prefs, capacities) == expected
    assert repr((applicant_prefs, placement_prefs, capacities)) == snapshot


def test_fast_path_is_used_for_ordinary_input(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> list[int]:
        raise AssertionError("the plain implementation should not run")

    monkeypatch.setattr(engine, "_deferred_acceptance", fail)
    assert stable_match([[0, 1], [1, 0]], [[1, 0], [0, 1]], [1, 1]) == [0, 1]
    assert stable_match(((0, 1), [1, 0]), ([1, 0], (0, 1)), (1, 1)) == [0, 1]
    assert stable_match([[], []], [], []) == [-1, -1]


def test_plain_path_takes_over_beyond_the_fast_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend code points run out at 3, so these instances must take the plain implementation.
    monkeypatch.setattr(engine, "_MAX_FAST_SIZE", 3)
    monkeypatch.setattr(engine, "_run", None)
    assert stable_match([[0, 1], [1, 0], [0], [1]], [[3, 1, 0, 2], [0, 2, 3, 1]], [1, 2]) == [0, 1, -1, 1]
