"""Form widgets shared by the summer programme's pages."""

from __future__ import annotations

from typing import Any

from django import forms


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%H:%M", **kwargs)


class CheckboxGroup(forms.CheckboxSelectMultiple):
    """Checkboxes whose group points at its first box, so that the error summary's link lands on it."""

    def id_for_label(self, id_: str, index: str | None = None) -> str:
        return super().id_for_label(id_, "0" if index is None else index)
