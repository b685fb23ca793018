"""Printable certificates (of work, of participation) as A4 PDF: any programme fills a small dataclass in
the reader's language and gets the same professional-looking document, drawn by WeasyPrint from
core/certificate_pdf.html with local fonts only (no remote resources)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils import translation

from microcity.core import pdf

DEFAULT_BRAND = "#1d4f91"


@dataclass(frozen=True)
class CertificateData:
    """What a certificate says. Labels and values are already in the certificate's language."""

    city_name: str
    title: str  # "Certificate of work"
    holder_name: str
    statement: str  # one sentence: "has worked in the city's youth summer employment programme."
    details: list[tuple[str, str]] = field(default_factory=list)  # (label, value), in order
    number: str = ""
    issued_on: dt.date | None = None
    issuer: str = ""  # the person or body that issued it
    issuer_role: str = ""  # e.g. the organisation the issuer acts for
    programme: str = ""  # small line above the title, e.g. "Youth summer employment programme"
    brand_colour: str = DEFAULT_BRAND


def certificate_html(data: CertificateData, *, language: str) -> str:
    with translation.override(language):
        return render_to_string(
            "core/certificate_pdf.html", {"c": data, "language": language, "brand": data.brand_colour}
        )


def certificate_pdf(data: CertificateData, *, language: str) -> bytes:
    """The certificate as PDF bytes (A4 portrait): tagged and archival (PDF/A-2a)."""
    return pdf.html_to_pdf(certificate_html(data, language=language), archival=True)
