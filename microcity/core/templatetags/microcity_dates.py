"""Template filters for dates in words, declined for the preposition before them (see core/dates.py):
`{% blocktranslate with d=due|long_date:"dative" %}by {{ d }}{% endblocktranslate %}` → "līdz 2027. gada
15. janvārim"; `day_month` is the same without the year ("no 7. decembra")."""

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
