"""Forms for submitting, reviewing, searching and using materials."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from microcity.core.forms import Form, HistoryDateField, ModelForm
from microcity.core.models import Occupation
from microcity.library.models import ContentLanguage, GradeBand, Licence, Material, MaterialType, SkillArea

SORTS = [("relevance", _("Relevance")), ("newest", _("Newest")), ("popular", _("Most used"))]


class MaterialForm(ModelForm):
    grade_bands = forms.MultipleChoiceField(
        label=_("Grade bands"), choices=GradeBand.choices, widget=forms.CheckboxSelectMultiple
    )
    skill_areas = forms.MultipleChoiceField(
        label=_("Career-skill areas"), choices=SkillArea.choices, widget=forms.CheckboxSelectMultiple
    )
    occupations = forms.ModelMultipleChoiceField(
        label=_("Linked professions (ISCO-08)"),
        queryset=Occupation.objects.filter(level=4),
        required=False,
        help_text=_("Hold Ctrl (⌘ on a Mac) to choose several."),
    )
    video_urls = forms.CharField(
        label=_("Video links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One address per line (https://…)."),
    )

    class Meta:
        model = Material
        fields = [
            "title",
            "summary",
            "body",
            "material_type",
            "grade_bands",
            "skill_areas",
            "subjects",
            "duration_minutes",
            "language",
            "authors",
            "licence",
            "occupations",
            "video_urls",
        ]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3}), "body": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["video_urls"] = "\n".join(self.instance.video_urls)

    def clean_video_urls(self) -> list[str]:
        lines = [
            line.strip() for line in (self.cleaned_data.get("video_urls") or "").splitlines() if line.strip()
        ]
        validate = URLValidator(schemes=["https"])
        for line in lines:
            try:
                validate(line)
            except forms.ValidationError as exc:
                raise forms.ValidationError(
                    _("“%(url)s” is not a valid https:// address.") % {"url": line[:80]}
                ) from exc
        return lines[:10]

    def material_data(self) -> dict[str, Any]:
        return {field: self.cleaned_data[field] for field in self.Meta.fields if field != "occupations"}


class MaterialFileForm(Form):
    upload = forms.FileField(
        label=_("Add a file"),
        help_text=_("PDF, DOCX, ODT, PPTX, images (JPG, PNG, WebP) or audio (MP3, OGG, WAV); at most 20 MB."),
    )


class ReviewForm(Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("publish", _("Publish")), ("return", _("Return to the author for changes"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment to the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when you return the material."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == "return" and not (data.get("comment") or "").strip():
            self.add_error("comment", _("Say what the author should change."))
        return data


class CommentForm(Form):
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class ClassUseForm(Form):
    used_on = HistoryDateField(
        label=_("Date used"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    grade = forms.IntegerField(label=_("Grade"), min_value=1, max_value=12, required=False)
    rating = forms.TypedChoiceField(
        label=_("How useful was it?"),
        choices=[("", "—")] + [(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    feedback = forms.CharField(
        label=_("Feedback for other teachers"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_used_on(self) -> Any:
        day = self.cleaned_data["used_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return day


class SearchForm(Form):
    q = forms.CharField(label=_("Search materials"), required=False, max_length=200)
    type = forms.MultipleChoiceField(label=_("Type"), choices=MaterialType.choices, required=False)
    grade = forms.MultipleChoiceField(label=_("Grade band"), choices=GradeBand.choices, required=False)
    skill = forms.MultipleChoiceField(label=_("Career-skill area"), choices=SkillArea.choices, required=False)
    language = forms.MultipleChoiceField(label=_("Language"), choices=ContentLanguage.choices, required=False)
    licence = forms.MultipleChoiceField(label=_("Licence"), choices=Licence.choices, required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)

    FACETS = ("type", "grade", "skill", "language", "licence")

    def filters(self) -> dict[str, list[str]]:
        if not self.is_valid():
            return {}
        return {name: self.cleaned_data[name] for name in self.FACETS if self.cleaned_data.get(name)}


class CollectionForm(Form):
    title = forms.CharField(label=_("Collection name"), max_length=200)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    is_public = forms.BooleanField(label=_("Anyone may see this collection"), required=False)
