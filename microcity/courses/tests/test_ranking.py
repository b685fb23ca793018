"""The pure ranking and lottery: recomputable from what is published, and fair among equals."""

from __future__ import annotations

import hashlib
from collections import Counter
from decimal import Decimal

import pytest

from microcity.courses import ranking
from microcity.courses.ranking import Candidate


def test_commitment_and_seed_are_sha256_of_the_published_parts():
    secret = "ab" * 32
    assert ranking.commitment_of(secret) == hashlib.sha256(secret.encode()).hexdigest()
    assert (
        ranking.derive_seed(secret=secret, application_ids=[3, 1, 2])
        == hashlib.sha256((secret + "1\n2\n3\n").encode()).hexdigest()
    )


@pytest.mark.parametrize("bad", [[0], [1, 1], [-3]])
def test_the_list_refuses_bad_numbers(bad):
    with pytest.raises(ValueError):
        ranking.canonical_list(bad)


def test_rank_orders_by_group_then_score_then_lottery():
    lottery = {1: 4, 2: 3, 3: 2, 4: 1, 5: 5}
    candidates = [
        Candidate(1, None),
        Candidate(2, 2),
        Candidate(3, None, Decimal("50")),
        Candidate(4, None),
        Candidate(5, 1),
    ]
    assert ranking.rank(candidates, lottery) == [5, 2, 3, 4, 1]


def test_priority_group_is_the_first_rule_met():
    assert ranking.priority_group([False, True, True]) == 2
    assert ranking.priority_group([False, False]) is None


def test_lottery_is_fair_among_equals():
    """Over many seeds, each of four equal applicants is drawn first about a quarter of the time."""
    firsts: Counter[int] = Counter()
    for n in range(2000):
        seed = hashlib.sha256(str(n).encode()).hexdigest()
        numbers = ranking.lottery_numbers(seed=seed, course_id=1, application_ids=[1, 2, 3, 4])
        firsts[min(numbers, key=numbers.__getitem__)] += 1
    assert all(400 <= count <= 600 for count in firsts.values()), firsts
