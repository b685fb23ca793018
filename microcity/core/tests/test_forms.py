"""The base of every form: control characters stripped, a length limit on every text, a range on every date;
and the check that every form of the project is built on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from django import forms
from django.utils import timezone, translation

from microcity.core import forms as core_forms
from microcity.core.forms import (
    RANGED_FIELDS,
    TEXT_MAX_LENGTH,
    BirthDateField,
    CleanInputMixin,
    PlanDateField,
    PlanDateTimeField,
)


def project_forms() -> list[type[forms.BaseForm]]:
    import microcity.urls  # noqa: F401 - imports every app's views and so their forms
    from microcity.accounts import staff_views  # noqa: F401

    def subclasses(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    found = {
        cls
        for cls in subclasses(forms.BaseForm)
        if cls.__module__.startswith("microcity.") and ".tests." not in cls.__module__
    }
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def test_every_form_of_the_project_is_built_on_the_clean_input_base():
    found = project_forms()
    assert len(found) > 50
    offenders = [
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in found
        if not issubclass(cls, CleanInputMixin) and cls not in (core_forms.Form, core_forms.ModelForm)
    ]
    assert offenders == [], "inherit microcity.core.forms.Form or ModelForm"


def test_every_date_field_states_its_range():
    offenders = [
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in project_forms()
        for name, field in cls.base_fields.items()
        if isinstance(field, forms.DateField | forms.DateTimeField) and not isinstance(field, RANGED_FIELDS)
    ]
    assert offenders == [], "use PlanDateField, BirthDateField, HistoryDateField or PlanDateTimeField"


class Sample(core_forms.Form):
    name = forms.CharField(max_length=100)
    text = forms.CharField(widget=forms.Textarea)
    day = PlanDateField(required=False, widget=core_forms.DateInput())
    born = BirthDateField(required=False)
    moment = PlanDateTimeField(required=False)
    loose = forms.DateField(required=False)  # states no range: gets the default one


def test_control_characters_are_stripped_line_breaks_kept_in_text_areas():
    form = Sample({"name": "An\x00na\tBērziņa\x1b\r\n", "text": "Rinda\x00 1\r\nRinda\x07 2\r\tbeigas\x7f"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "Anna Bērziņa"
    assert form.cleaned_data["text"] == "Rinda 1\nRinda 2\n\tbeigas"


def test_free_text_without_a_limit_gets_the_project_default():
    form = Sample({"name": "Anna", "text": "x" * (TEXT_MAX_LENGTH + 1)})
    assert not form.is_valid() and "text" in form.errors
    assert form.fields["text"].max_length == TEXT_MAX_LENGTH
    assert f'maxlength="{TEXT_MAX_LENGTH}"' in str(form["text"])


@pytest.mark.parametrize(
    "field, value",
    [
        ("day", "0001-01-01"),
        ("day", "9999-12-27"),
        ("born", "1899-12-31"),
        ("born", (timezone.localdate() + dt.timedelta(days=1)).isoformat()),
        ("moment", "0001-01-01T00:10"),
        ("moment", "0001-01-01T00:10+02:00"),
        ("moment", "9999-12-31T23:59"),
        ("loose", "0001-01-01"),
        ("loose", "9999-12-31"),
    ],
)
def test_dates_far_in_the_past_or_future_are_form_errors(field, value):
    form = Sample({"name": "Anna", "text": "x", field: value})
    assert not form.is_valid() and field in form.errors


def test_dates_in_range_pass_and_the_widget_knows_the_range():
    today = timezone.localdate()
    form = Sample({"name": "Anna", "text": "x", "day": today.isoformat(), "born": "2008-05-05"})
    assert form.is_valid(), form.errors
    earliest, latest = core_forms.PLAN_WINDOW.bounds(today)
    assert f'min="{earliest.isoformat()}"' in str(form["day"]) and f'max="{latest.isoformat()}"' in str(
        form["day"]
    )
    assert sum(isinstance(v, core_forms.DateRangeValidator) for v in form.fields["loose"].validators) == 1
    form.full_clean()  # the rules are applied again, not twice
    assert sum(isinstance(v, core_forms.DateRangeValidator) for v in form.fields["loose"].validators) == 1


def test_the_birth_date_in_the_future_says_so():
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    form = Sample({"name": "Anna", "text": "x", "born": tomorrow.isoformat()})
    with translation.override("en"):
        assert not form.is_valid()
        assert form.errors["born"] == ["The date cannot be in the future."]


class Numbers(core_forms.Form):
    count = forms.IntegerField(required=False)
    city: forms.ModelChoiceField = forms.ModelChoiceField(queryset=None, required=False)
    cities: forms.ModelMultipleChoiceField = forms.ModelMultipleChoiceField(queryset=None, required=False)

    def __init__(self, *args, **kwargs):
        from microcity.core.models import City

        super().__init__(*args, **kwargs)
        self.fields["city"].queryset = City.objects.all()  # type: ignore[attr-defined]
        self.fields["cities"].queryset = City.objects.all()  # type: ignore[attr-defined]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"count": "99999999999999999999999999"},
        {"count": "-99999999999999999999999999"},
        {"city": "99999999999999999999999999"},
        {"city": "abc"},
        {"cities": ["1", "99999999999999999999999999"]},
        {"cities": ["abc"]},
    ],
)
def test_numbers_and_ids_beyond_what_the_database_holds_are_form_errors(data):
    form = Numbers(data)
    assert not form.is_valid() and set(form.errors) == set(data)


def test_no_view_looks_up_a_record_by_an_unchecked_posted_or_queried_id():
    """`get_object_or_404(…, pk=request.POST.get(…))` answers 500 to "abc": read ids with core.http.id_param."""
    import re
    from pathlib import Path

    root = Path(core_forms.__file__).resolve().parents[1]
    pattern = re.compile(r"get_object_or_404\([^\n]*=request\.(GET|POST)")
    offenders = [
        f"{path.relative_to(root)}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in root.rglob("*.py")
        if "tests" not in path.parts
        for text in [path.read_text(encoding="utf-8")]
        for match in pattern.finditer(text)
    ]
    assert offenders == []
    assert pattern.search('x = get_object_or_404(Step, pk=request.POST.get("step"))')
