"""The one place where the platform turns HTML into PDF (WeasyPrint), so that every PDF it hands out is
accessible and, where it must be kept, archivable:

- every PDF is tagged (a structure tree, so screen readers read headings, paragraphs and tables in order),
  carries the document's language (`<html lang>`) and title (`<title>`, shown as the window title);
- ordinary documents (portfolio, worksheets) are PDF/UA-1;
- certificates and letters (`archival=True`) are PDF/A-2a: tagged, fonts embedded, colours defined, so an
  archive can open them in decades;
- links come from `core.links.absolute_url` in the templates (the configured site address), and local
  resources only: base_url points at the project, never at the network.

A test (core/tests/test_pdf.py) fails when code elsewhere calls WeasyPrint's `write_pdf` directly.
"""

from __future__ import annotations

from django.conf import settings

ACCESSIBLE = "pdf/ua-1"
ARCHIVAL = "pdf/a-2a"


def html_to_pdf(html: str, *, archival: bool = False) -> bytes:
    """`html` (a whole document with `<html lang>` and `<title>`) as tagged PDF bytes; PDF/A-2a if
    `archival`, PDF/UA-1 otherwise."""
    from weasyprint import HTML

    document = HTML(string=html, base_url=str(settings.BASE_DIR))
    return bytes(document.write_pdf(pdf_variant=ARCHIVAL if archival else ACCESSIBLE))
