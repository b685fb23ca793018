"""Dates written out in words, in the active language. Latvian puts the year first ("2026. gada
26. decembris") and declines the month after a preposition: "no 7. decembra" (genitive: no, kopš, pirms,
pēc), "līdz 15. janvārim" (dative: līdz), "uz 1. jūliju" (accusative: uz), "izsniegts 5. maijā" (locative:
on a day). English writes the same date whatever the case. Templates use the `long_date` and `day_month`
filters (`{% load microcity_dates %}`, also `long_datetime`, `date_range`, `weekday_date`); e-mails and PDFs
built in code call these functions. Short numeric dates (d.m.Y) stay for dense tables only."""

from __future__ import annotations

import datetime as dt

from django.utils import formats, timezone, translation

CASES = ("nominative", "genitive", "dative", "accusative", "locative")

LATVIAN_MONTHS: dict[str, tuple[str, ...]] = {
    "nominative": (
        "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs",
        "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris",
    ),
    "genitive": (
        "janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija",
        "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra",
    ),
    "dative": (
        "janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam",
        "jūlijam", "augustam", "septembrim", "oktobrim", "novembrim", "decembrim",
    ),
    "accusative": (
        "janvāri", "februāri", "martu", "aprīli", "maiju", "jūniju",
        "jūliju", "augustu", "septembri", "oktobri", "novembri", "decembri",
    ),
    "locative": (
        "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
        "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī",
    ),
}  # fmt: skip


def _day(value: dt.date | dt.datetime) -> dt.date:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def long_date(value: dt.date | dt.datetime | None, case: str = "nominative", *, year: bool = True) -> str:
    """ "2026. gada 7. decembra" (Latvian, genitive) or "7 December 2026" (English); "" for no date."""
    if value is None or value == "":
        return ""
    if case not in CASES:
        raise ValueError(f"Unknown grammatical case {case!r}; use one of {', '.join(CASES)}")
    day = _day(value)
    if not _latvian():
        return formats.date_format(day, "DATE_FORMAT" if year else "MONTH_DAY_FORMAT")
    month = LATVIAN_MONTHS[case][day.month - 1]
    return f"{day.year}. gada {day.day}. {month}" if year else f"{day.day}. {month}"


def long_datetime(value: dt.datetime | None, case: str = "nominative") -> str:
    """ "2026. gada 5. maijā plkst. 14:00" (Latvian, locative) or "5 May 2026, 14:00" (English), in local time."""
    if value is None or value == "":
        return ""
    moment = timezone.localtime(value) if timezone.is_aware(value) else value
    time = formats.time_format(moment.time(), "TIME_FORMAT")
    if _latvian():
        return f"{long_date(moment, case)} plkst. {time}"
    return f"{long_date(moment, case)}, {time}"


def date_range(
    start: dt.date | dt.datetime | None, end: dt.date | dt.datetime | None, case: str = "nominative"
) -> str:
    """Two days written once: "2026. gada 1.–15. jūlijs", "2026. gada 29. jūnijs – 15. jūlijs" (Latvian) or
    "1–15 July 2026", "29 June – 15 July 2026" (English); one day alone when they are the same."""
    if start is None or start == "":
        return long_date(end, case) if end else ""
    if end is None or end == "":
        return long_date(start, case)
    first, last = _day(start), _day(end)
    if first == last:
        return long_date(first, case)
    if first.year != last.year:
        return f"{long_date(first, case)} – {long_date(last, case)}"
    if _latvian():
        if first.month == last.month:
            return f"{first.year}. gada {first.day}.–{last.day}. {LATVIAN_MONTHS[case][last.month - 1]}"
        return f"{long_date(first, case)} – {long_date(last, case, year=False)}"
    if first.month == last.month:
        return f"{first.day}–{long_date(last, case)}"
    return f"{long_date(first, case, year=False)} – {long_date(last, case)}"


def weekday_date(value: dt.date | dt.datetime | None) -> str:
    """A day in a list of days: "pirmdiena, 7. decembris" (Latvian) or "Monday 7 December" (English)."""
    if value is None or value == "":
        return ""
    day = _day(value)
    weekday = formats.date_format(day, "l")
    if _latvian():
        return f"{weekday}, {long_date(day, year=False)}"
    return f"{weekday} {long_date(day, year=False)}"


def _latvian() -> bool:
    return (translation.get_language() or "").split("-")[0] == "lv"


def month_year(value: dt.date | dt.datetime | None) -> str:
    """A month in a CV-like column: "09.2026." (Latvian numeric form) or "Sep 2026" (English)."""
    if value is None or value == "":
        return ""
    day = _day(value)
    if _latvian():
        return f"{day.month:02d}.{day.year}."
    return formats.date_format(day, "M Y")
