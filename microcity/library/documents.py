"""Builds small, valid DOCX and PDF worksheets for the demo library (and for tests of text extraction)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from microcity.core import pdf

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def docx_bytes(title: str, paragraphs: list[str]) -> bytes:
    """A minimal Word document with a heading and paragraphs."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for text in [title, *paragraphs]
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def pdf_bytes(title: str, paragraphs: list[str], *, language: str = "lv") -> bytes:
    """A one-page worksheet as tagged PDF (PDF/UA-1), with its title and language."""
    items = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{escape(title)}</title><style>'
        "@page{size:A4;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;line-height:1.5}"
        "h1{font-size:18pt;color:#8a1538} p{margin:0 0 .6em} .line{border-bottom:1px solid #999;height:1.6em}"
        f"</style></head><body><h1>{escape(title)}</h1>{items}"
        + '<div class="line"></div>' * 8
        + "</body></html>"
    )
    return pdf.html_to_pdf(html)
