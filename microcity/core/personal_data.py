"""What each programme keeps about a person, for the person's data download and for erasure.

Apps register an exporter and an eraser in their AppConfig.ready(); accounts calls them, so the lower
layers never import the programmes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Exporter = Callable[[Any], list[dict[str, Any]]]
Eraser = Callable[[Any], None]
_EXPORTERS: dict[str, Exporter] = {}
_ERASERS: list[Eraser] = []


def register(section: str, *, exporter: Exporter, eraser: Eraser | None = None) -> None:
    _EXPORTERS[section] = exporter
    if eraser is not None and eraser not in _ERASERS:
        _ERASERS.append(eraser)


def export_sections(person: Any) -> dict[str, list[dict[str, Any]]]:
    return {section: exporter(person) for section, exporter in sorted(_EXPORTERS.items())}


def erase(person: Any) -> None:
    for eraser in _ERASERS:
        eraser(person)
