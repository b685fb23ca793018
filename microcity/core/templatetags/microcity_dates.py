"""Template filters for dates in words, declined for the preposition before them (see core/dates.py):
`{% blocktranslate with d=due|long_date:"dative" %}by {{ d }}{% endblocktranslate %}` → "līdz 2027. gada
15. janvārim"; `day_month` is the same without the year ("no 7. decembra"); `long_datetime` adds the time,
`date_range` writes two days once, `weekday_date` names the day of the week."""

from __future__ import annotations

import datetime as dt

from django import template

from microcity.core import dates

register = template.Library()


@register.filter
def long_date(value: dt.date | dt.datetime | None, case: str = "nominative") -> str:
    return dates.long_date(value, case)


@register.filter
def day_month(value: dt.date | dt.datetime | None, case: str = "nominative") -> str:
    return dates.long_date(value, case, year=False)


@register.filter
def long_datetime(value: dt.datetime | None, case: str = "nominative") -> str:
    """ "2026. gada 5. maijā plkst. 14:00" / "5 May 2026, 14:00" """
    return dates.long_datetime(value, case)


@register.filter
def date_range(start: dt.date | dt.datetime | None, end: dt.date | dt.datetime | None) -> str:
    """`{{ period.starts_on|date_range:period.ends_on }}` → "2026. gada 1.–15. jūlijs" / "1–15 July 2026"."""
    return dates.date_range(start, end)


@register.filter
def weekday_date(value: dt.date | dt.datetime | None) -> str:
    """ "pirmdiena, 7. decembris" / "Monday 7 December" """
    return dates.weekday_date(value)


@register.filter
def month_year(value: dt.date | dt.datetime | None) -> str:
    """ "09.2026." / "Sep 2026" """
    return dates.month_year(value)
