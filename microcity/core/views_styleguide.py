"""The styleguide: every component of the design system with sample content, in the current language.

Staff only (Django's staff flag), or anyone while DEBUG is on; others get a 404, as if it were not there."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.http import require_http_methods

from microcity.core.forms import Form as CleanForm
from microcity.core.templatetags.components import TONES


class SampleForm(CleanForm):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"),
        help_text=gettext_lazy("We send the confirmation here. Nobody else sees it."),
    )
    school = forms.CharField(
        label=gettext_lazy("School"),
        required=False,
        help_text=gettext_lazy("As it is written on your pupil card."),
    )
    agree = forms.BooleanField(label=gettext_lazy("I have read the rules of the season"))


def can_see_styleguide(user: Any) -> bool:
    return bool(settings.DEBUG or (user.is_authenticated and (user.is_staff or user.is_superuser)))


@require_http_methods(["GET", "POST"])
def styleguide(request: HttpRequest) -> HttpResponse:
    if not can_see_styleguide(request.user):
        raise Http404
    if request.method == "POST":  # the confirmation sample posts here: nothing happens
        messages.info(request, _("Nothing was cancelled: this is the styleguide's sample."))
        return redirect(request.path + "#confirm")
    # A bound form with one error, so that the field component shows help and error together.
    form = SampleForm(data={"email": "anna@", "school": "Valmieras Valsts ģimnāzija", "agree": ""})
    form.is_valid()
    page = Paginator(range(1, 121), 20).get_page(2)
    statuses = [
        ("draft", _("Draft")),
        ("submitted", _("Submitted")),
        ("approved", _("Approved")),
        ("changes_requested", pgettext("application", "Changes requested")),
        ("rejected", pgettext("application", "Rejected")),
        ("cancelled", _("Cancelled")),
    ]
    rows = [
        {"name": _("Valmiera Technical School"), "places": 12, "filled": 11, "pay": "1 254,00"},
        {"name": _("Gauja bakery"), "places": 4, "filled": 4, "pay": "418,00"},
        {"name": _("City parks department"), "places": 30, "filled": 26, "pay": "2 717,00"},
    ]
    context = {
        "form": form,
        "page": page,
        "statuses": statuses,
        "tones": TONES,
        "rows": rows,
        "sections": [
            ("page-header", _("Page header"), "layout-text-window"),
            ("cards", _("Cards"), "grid"),
            ("data-table", _("Data table"), "table"),
            ("definition-list", _("Definition list"), "list-ul"),
            ("empty-state", _("Empty state"), "inbox"),
            ("status-badge", _("Status badges"), "tag"),
            ("field", _("Form field"), "input-cursor-text"),
            ("confirm", _("Confirmation step"), "exclamation-triangle"),
            ("pagination", _("Pagination"), "three-dots"),
            ("filters", _("Filters"), "funnel"),
            ("section-nav", _("Section menu"), "list"),
            ("illustrations", _("Icons and illustrations"), "image"),
        ],
        "active": "",
    }
    return render(request, "core/styleguide.html", context)
