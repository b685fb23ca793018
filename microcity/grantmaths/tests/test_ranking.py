"""Weighted totals, spread, the funding line and the balanced assignment of evaluators."""

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from microcity.grantmaths import ranking
from microcity.grantmaths.ranking import Candidate, Criterion

CRITERIA = [Criterion(1, D("40"), 5), Criterion(2, D("60"), 10)]


def test_weighted_total_out_of_100():
    assert ranking.weighted_total({1: 5, 2: 10}, CRITERIA) == D("100.00")
    assert ranking.weighted_total({1: 0, 2: 0}, CRITERIA) == D("0.00")
    assert ranking.weighted_total({1: 3, 2: 5}, CRITERIA) == D("54.00")  # 0.6·40 + 0.5·60
    assert ranking.weighted_total({2: 10}, CRITERIA) == D("60.00")


def test_summary_spread_and_disagreement():
    s = ranking.summarise([D("80"), D("55.5"), D("70")])
    assert s.average == D("68.50")
    assert s.spread == D("24.5")
    assert s.disagrees(D("20"))
    assert not s.disagrees(D("30"))
    assert ranking.summarise([]).average is None


def test_funding_line_with_a_partial_award_and_caps():
    candidates = [
        Candidate(1, D("90"), D("10000")),
        Candidate(2, D("85"), D("8000"), cap=D("5000")),  # de minimis headroom
        Candidate(3, D("80"), D("9000")),
        Candidate(4, D("70"), D("1000")),
    ]
    awards = ranking.funding_line(candidates, budget=D("20000"), minimum=D("2000"))
    assert awards == {1: D("10000.00"), 2: D("5000.00"), 3: D("5000.00")}
    assert sum(awards.values()) <= D("20000")


def test_funding_line_stops_when_the_rest_is_below_the_minimum():
    awards = ranking.funding_line(
        [Candidate(1, D("90"), D("9000")), Candidate(2, D("80"), D("5000"))],
        budget=D("10000"),
        minimum=D("2000"),
    )
    assert awards == {1: D("9000.00")}


def test_ties_go_to_the_earlier_application():
    awards = ranking.funding_line(
        [Candidate(2, D("50"), D("10")), Candidate(1, D("50"), D("10"))], budget=D("10")
    )
    assert awards == {1: D("10.00")}


@settings(deadline=None, max_examples=80)  # a busy machine must not fail it on time
@given(
    apps=st.integers(min_value=0, max_value=40),
    evaluators=st.integers(min_value=2, max_value=8),
    per=st.integers(min_value=1, max_value=3),
)
def test_balanced_assignment_is_balanced_and_complete(apps, evaluators, per):
    per = min(per, evaluators)
    result = ranking.balanced_assignment(
        list(range(apps)), list(range(100, 100 + evaluators)), per_application=per
    )
    loads = dict.fromkeys(range(100, 100 + evaluators), 0)
    for app in range(apps):
        chosen = result.get(app, [])
        assert len(chosen) == per
        assert len(set(chosen)) == per
        for e in chosen:
            loads[e] += 1
    assert max(loads.values()) - min(loads.values()) <= 1


def test_assignment_respects_conflicts_and_existing():
    result = ranking.balanced_assignment(
        [1, 2], [10, 11, 12], per_application=2, existing={1: [10]}, excluded={1: [11], 2: [10, 11]}
    )
    assert result == {1: [12], 2: [12]}
