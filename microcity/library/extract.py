"""Extract plain text from PDF, DOCX, ODT and PPTX files so that their content can be searched."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from xml.etree import ElementTree as ET  # noqa: S405 - parsing our own uploads; no DTDs/entities are resolved

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000

# Where each zipped office format keeps its text, and which XML elements hold the words.
_ZIP_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (r"^word/document\.xml$",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        r"^ppt/slides/slide\d+\.xml$",
    ),
    "application/vnd.oasis.opendocument.text": (r"^content\.xml$",),
}
_PARAGRAPH_TAGS = {"p", "h", "br", "tab"}


def _xml_text(data: bytes) -> str:
    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data:
        return ""  # refuse entity tricks outright
    root = ET.fromstring(data)  # noqa: S314
    parts: list[str] = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if element.text and tag in {"t", "span", "p", "h", "a"}:
            parts.append(element.text)
        if tag in _PARAGRAPH_TAGS:
            parts.append("\n")
        if element.tail and tag in {"span", "a", "s", "tab"}:
            parts.append(element.tail)
    return "".join(parts)


def _zip_text(data: bytes, patterns: tuple[str, ...]) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(
            (n for n in archive.namelist() if any(re.match(p, n) for p in patterns)),
            key=lambda n: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", n)],
        )
        chunks = []
        for name in names:
            info = archive.getinfo(name)
            if info.file_size > 50 * 1024 * 1024:  # a zip bomb would not stop here
                continue
            chunks.append(_xml_text(archive.read(name)))
        return "\n".join(chunks)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = []
    for page in reader.pages[:200]:
        pages.append(page.extract_text() or "")
    return "\n".join(pages)


def extract_text(data: bytes, content_type: str) -> str:
    """Plain text of a file, or "" for types without text (images, audio) or unreadable files."""
    try:
        if content_type == "application/pdf":
            text = _pdf_text(data)
        elif content_type in _ZIP_PARTS:
            text = _zip_text(data, _ZIP_PARTS[content_type])
        else:
            return ""
    except Exception:  # noqa: BLE001 - a broken file must not block its upload; it is just not searchable
        logger.warning("Could not extract text from a %s file", content_type, exc_info=True)
        return ""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n", text)
    return text.strip()[:MAX_CHARS]
