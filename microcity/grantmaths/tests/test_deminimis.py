"""The rolling three years and the EUR 300,000 ceiling of Regulation (EU) 2023/2831."""

import datetime as dt
from decimal import Decimal as D

from microcity.grantmaths import deminimis
from microcity.grantmaths.deminimis import PriorAid


def test_window_is_three_years_back_to_the_next_day():
    assert deminimis.window_start(dt.date(2026, 5, 2)) == dt.date(2023, 5, 3)
    assert deminimis.window_start(dt.date(2028, 2, 29)) == dt.date(2025, 3, 1)


def test_aid_leaves_the_window_three_years_later():
    prior = [PriorAid(dt.date(2023, 5, 2), D("100000"))]
    assert deminimis.used(prior, on=dt.date(2026, 5, 1)) == D("100000.00")
    assert deminimis.used(prior, on=dt.date(2026, 5, 2)) == D("0.00")


def test_future_aid_does_not_count_yet():
    prior = [PriorAid(dt.date(2026, 6, 1), D("5000"))]
    assert deminimis.used(prior, on=dt.date(2026, 5, 1)) == D("0.00")


def test_headroom_and_fit():
    prior = [PriorAid(dt.date(2025, 1, 1), D("295000.00")), PriorAid(dt.date(2024, 1, 1), D("1000.50"))]
    on = dt.date(2026, 5, 1)
    assert deminimis.headroom(prior, on=on) == D("3999.50")
    assert deminimis.fits(D("3999.50"), prior, on=on)
    assert not deminimis.fits(D("3999.51"), prior, on=on)


def test_headroom_is_never_negative():
    prior = [PriorAid(dt.date(2025, 1, 1), D("400000"))]
    assert deminimis.headroom(prior, on=dt.date(2026, 1, 1)) == D("0")
