"""Money as people read it: "1 234,50 EUR" in Latvian (the code after the amount, a decimal comma, a
thin grouping space; GLOSSARY-lv.md), "€1,234.50" in English. Every page, e-mail and PDF goes through
`format_money`, the template filter `money` included."""

from __future__ import annotations

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import get_language


def format_money(
    value: Decimal | int | float | str | None, currency: str = "EUR", decimal_pos: int = 2
) -> str:
    if value is None or value == "":
        return ""
    amount = number_format(Decimal(value), decimal_pos=decimal_pos, use_l10n=True, force_grouping=True)
    if (get_language() or "lv").startswith("lv"):
        return f"{amount}\xa0{currency}"
    symbol = "€" if currency == "EUR" else f"{currency}\xa0"
    return f"{symbol}{amount}"


def money_range(low: Decimal | int | float, high: Decimal | int | float, decimal_pos: int = 0) -> str:
    """ "1 200–1 800 EUR" / "€1,200–1,800": the currency once."""
    if (get_language() or "lv").startswith("lv"):
        low_text = format_money(low, decimal_pos=decimal_pos).rsplit("\xa0", 1)[0]
        return f"{low_text}–{format_money(high, decimal_pos=decimal_pos)}"
    return f"{format_money(low, decimal_pos=decimal_pos)}–{format_money(high, decimal_pos=decimal_pos)[1:]}"


# For choices and other labels built at import time: formatted in the language of the request.
format_money_lazy = lazy(format_money, str)
