"""Dates written out in words, in the active language. Latvian puts the year first ("2026. gada
26. decembris") and declines the month after a preposition: "no 7. decembra" (genitive: no, kopš, pirms,
pēc), "līdz 15. janvārim" (dative: līdz), "uz 1. jūliju" (accusative: uz), "izsniegts 5. maijā" (locative:
on a day). English writes the same date whatever the case. Templates use the `long_date` and `day_month`
filters (`{% load microcity_dates %}`); e-mails and PDFs built in code call these functions."""

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
    if (translation.get_language() or "").split("-")[0] != "lv":
        return formats.date_format(day, "DATE_FORMAT" if year else "MONTH_DAY_FORMAT")
    month = LATVIAN_MONTHS[case][day.month - 1]
    return f"{day.year}. gada {day.day}. {month}" if year else f"{day.day}. {month}"
