"""Template helpers: money and numbers per language, localized fields, form widgets."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template

from microcity.core.models import localized as _localized
from microcity.core.money import format_money

register = template.Library()


@register.filter
def money(value: Decimal | int | float | None, currency: str = "EUR") -> str:
    """1 234,50 EUR in Latvian, €1,234.50 in English (core/money.py)."""
    return format_money(value, currency)


@register.filter
def localized(obj: Any, field: str) -> str:
    return _localized(obj, field)


@register.filter
def bootstrap_widget(field: Any) -> str:
    """Render a bound field's widget with Bootstrap's classes and the error state for screen readers."""
    widget = field.field.widget
    input_type = getattr(widget, "input_type", None)
    if input_type == "select" or widget.__class__.__name__ in {"Select", "SelectMultiple"}:
        css = "form-select"
    elif input_type in {"checkbox", "radio"}:
        css = "form-check-input"
    else:
        css = "form-control"
    if field.errors:
        css += " is-invalid"
    attrs = {"class": f"{widget.attrs.get('class', '')} {css}".strip()}
    described = []
    if field.help_text:
        described.append(f"{field.id_for_label}-help")
    if field.errors:
        described.append(f"{field.id_for_label}-error")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)
