"""Property tests: the result is stable and equals the `matching` library's resident-optimal answer."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microcity.matching import engine, stable_match

from .helpers import blocking_problems, reference_match

Instance = tuple[list[list[int]], list[list[int]], list[int]]


@st.composite
def instances(draw: Any, max_applicants: int = 8, max_placements: int = 6, max_capacity: int = 3) -> Instance:
    """Small instances with everything the engine must cope with.

    Empty preference lists, zero capacities, capacities above the list length, applicants nobody
    lists, placements nobody wants and one-sided listings all occur. Half of the instances are
    built like a lottery (a placement ranks a shuffle of the applicants who listed it, minus
    some, plus some who did not) so that they have long eviction chains; the rest are random.
    """
    n_applicants = draw(st.integers(0, max_applicants))
    n_placements = draw(st.integers(0, max_placements))
    unique_placements = (
        st.lists(st.integers(0, n_placements - 1), unique=True) if n_placements else st.just([])
    )
    unique_applicants = (
        st.lists(st.integers(0, n_applicants - 1), unique=True) if n_applicants else st.just([])
    )
    applicant_prefs = [draw(unique_placements) for _ in range(n_applicants)]
    if draw(st.booleans()):
        placement_prefs = []
        for p in range(n_placements):
            listers = [a for a, prefs in enumerate(applicant_prefs) if p in prefs]
            kept = [a for a in draw(st.permutations(listers)) if draw(st.integers(0, 4))]
            extra = [a for a in draw(unique_applicants) if a not in kept]
            placement_prefs.append(kept + extra)
    else:
        placement_prefs = [draw(unique_applicants) for _ in range(n_placements)]
    capacities = [draw(st.integers(0, max_capacity)) for _ in range(n_placements)]
    return applicant_prefs, placement_prefs, capacities


def plain(instance: Instance) -> list[int]:
    return engine._deferred_acceptance(*engine._validate(*instance))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_result_is_stable_and_equals_reference(instance: Instance) -> None:
    result = stable_match(*instance)
    assert blocking_problems(*instance, result) == []
    assert result == reference_match(*instance)
    assert result == plain(instance)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(instances(max_applicants=60, max_placements=12, max_capacity=6))
def test_medium_instances_agree_with_reference(instance: Instance) -> None:
    result = stable_match(*instance)
    assert blocking_problems(*instance, result) == []
    assert result == reference_match(*instance)


@settings(max_examples=100, deadline=None)
@given(instances())
def test_result_does_not_depend_on_container_types_or_repetition(instance: Instance) -> None:
    applicant_prefs, placement_prefs, capacities = instance
    result = stable_match(*instance)
    as_tuples = (
        tuple(tuple(prefs) for prefs in applicant_prefs),
        tuple(tuple(prefs) for prefs in placement_prefs),
        tuple(capacities),
    )
    assert stable_match(*as_tuples) == result
    assert stable_match(*instance) == result


def test_lottery_instances_agree_with_plain_implementation() -> None:
    # The benchmark's kind of instance, big enough for long eviction chains, with a fixed seed.
    rng = random.Random(20240611)
    for n_applicants, n_placements, choices, capacity in [
        (3000, 300, 5, 8),
        (2000, 100, 3, 15),
        (500, 400, 8, 1),
    ]:
        applicant_prefs = [rng.sample(range(n_placements), choices) for _ in range(n_applicants)]
        placement_prefs: list[list[int]] = [[] for _ in range(n_placements)]
        for a, prefs in enumerate(applicant_prefs):
            for p in prefs:
                placement_prefs[p].append(a)
        for prefs in placement_prefs:
            rng.shuffle(prefs)
        capacities = [rng.randint(0, capacity) for _ in range(n_placements)]
        instance = (applicant_prefs, placement_prefs, capacities)
        result = stable_match(*instance)
        assert blocking_problems(*instance, result) == []
        assert result == plain(instance)
        assert sum(p >= 0 for p in result) > n_applicants // 4
