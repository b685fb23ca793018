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


@register.filter
def is_choice_group(field: Any) -> bool:
    """Radios, or several checkboxes: a group asked as one question (a fieldset with a legend)."""
    widget = field.field.widget
    input_type = getattr(widget, "input_type", None)
    return input_type == "radio" or (
        input_type == "checkbox" and getattr(widget, "allow_multiple_selected", False)
    )


@register.filter
def choice_input(choice: Any, field: Any) -> str:
    """One radio or checkbox of a group, with Bootstrap's class and, when the group has an error, `aria-invalid`
    and `aria-describedby` pointing at the group's help and error (components/field.html)."""
    attrs = dict(choice.data["attrs"])
    attrs["class"] = (
        f"{attrs.get('class', '')} form-check-input{' is-invalid' if field.errors else ''}".strip()
    )
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-help")
    if field.errors:
        described.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    else:
        attrs.pop("aria-invalid", None)
    if described:
        attrs["aria-describedby"] = " ".join(described)
    else:
        attrs.pop("aria-describedby", None)
    data = {**choice.data, "attrs": attrs, "wrap_label": False}
    return choice.parent_widget._render(choice.template_name, {"widget": data}, choice.renderer)
