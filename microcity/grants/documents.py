"""The PDFs of grants, in the reader's language: the submitted application (exactly what was submitted,
from its snapshot), the decision letter and the grant agreement. WeasyPrint, local resources only."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils import translation

from microcity.core import pdf
from microcity.grants.models import Application


def _pdf(template: str, context: dict[str, Any], *, language: str) -> bytes:
    with translation.override(language):
        html = render_to_string(template, {**context, "language": language})
    # Letters and agreements are kept: archival PDF/A (core/pdf.py).
    return pdf.html_to_pdf(html, archival=True)


def _base(application: Application) -> dict[str, Any]:
    call = application.call
    return {
        "a": application,
        "call": call,
        "city": call.city,
        "brand": call.city.brand_colour,
        "snapshot": application.submitted_snapshot or {},
    }


def application_pdf(application: Application, *, language: str) -> bytes:
    return _pdf("grants/pdf/application.html", _base(application), language=language)


def decision_pdf(application: Application, *, language: str) -> bytes:
    return _pdf("grants/pdf/decision.html", _base(application), language=language)


def agreement_pdf(application: Application, *, language: str) -> bytes:
    context = _base(application)
    context["agreement"] = application.agreement
    return _pdf("grants/pdf/agreement.html", context, language=language)
