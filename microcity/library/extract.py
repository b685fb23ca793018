"""Extract plain text from PDF, DOCX, ODT and PPTX files so that their content can be searched.

Uploads are hostile until read: a 35 KB DOCX can unpack to millions of empty paragraphs. So the work of one
extraction is bounded: the XML is read as a stream in small chunks (never unpacked whole), and reading stops
at a budget of uncompressed bytes, XML elements, parts and time, and once enough text has been collected.
What was read before a limit is kept; the file itself is stored either way.
"""

from __future__ import annotations

import io
import logging
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, cast
from xml.etree import ElementTree as ET  # noqa: S405 - parsing our own uploads; no DTDs/entities are resolved

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000
# The budget of one extraction (all parts of a file together).
MAX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024
MAX_ELEMENTS = 300_000
MAX_PARTS = 500
MAX_PDF_PAGES = 200
MAX_SECONDS = 3.0
_CHUNK = 64 * 1024

# Where each zipped office format keeps its text, and which XML elements hold the words.
_ZIP_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (r"^word/document\.xml$",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        r"^ppt/slides/slide\d+\.xml$",
    ),
    "application/vnd.oasis.opendocument.text": (r"^content\.xml$",),
}
_PARAGRAPH_TAGS = {"p", "h", "br", "tab"}
_TEXT_TAGS = {"t", "span", "p", "h", "a"}
_TAIL_TAGS = {"span", "a", "s", "tab"}


class LimitReached(Exception):
    """The extraction used up its budget; the text read so far is kept."""


@dataclass
class Budget:
    """What one extraction may still spend; `spend_*` raise LimitReached when it is used up."""

    max_bytes: int = MAX_UNCOMPRESSED_BYTES
    max_elements: int = MAX_ELEMENTS
    max_chars: int = MAX_CHARS
    seconds: float = MAX_SECONDS
    clock: Callable[[], float] = time.monotonic
    bytes_read: int = 0
    elements: int = 0
    chars: int = 0
    started: float = field(default=0.0)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def check_time(self) -> None:
        if self.clock() - self.started > self.seconds:
            raise LimitReached("time")

    def spend_bytes(self, count: int) -> None:
        self.bytes_read += count
        if self.bytes_read > self.max_bytes:
            raise LimitReached("uncompressed size")
        self.check_time()

    def spend_element(self) -> None:
        self.elements += 1
        if self.elements > self.max_elements:
            raise LimitReached("elements")
        if not self.elements % 10_000:
            self.check_time()

    def spend_chars(self, count: int) -> None:
        self.chars += count
        if self.chars >= self.max_chars:
            raise LimitReached("characters")


def _xml_text(stream: IO[bytes], budget: Budget, parts: list[str]) -> None:
    """Append the words of one XML part to `parts`, reading it as a stream within `budget`."""
    parser = ET.XMLPullParser(events=("start", "end"))
    first = True
    depth = 0
    while chunk := stream.read(_CHUNK):
        budget.spend_bytes(len(chunk))
        if first and (b"<!DOCTYPE" in chunk[:2048]):
            return  # refuse entity tricks outright
        first = False
        if b"<!ENTITY" in chunk:
            return
        parser.feed(chunk)
        for item in parser.read_events():
            # Only "start" and "end" events were asked for: each carries an element.
            event, element = cast(tuple[str, ET.Element], item)
            if event == "start":
                depth += 1
                continue
            depth -= 1
            budget.spend_element()
            tag = element.tag.rsplit("}", 1)[-1]
            if element.text and tag in _TEXT_TAGS:
                parts.append(element.text)
                budget.spend_chars(len(element.text))
            if tag in _PARAGRAPH_TAGS and parts and parts[-1] != "\n":
                parts.append("\n")  # empty paragraphs in a row make one line break, not many
                budget.spend_chars(1)
            if element.tail and tag in _TAIL_TAGS:
                parts.append(element.tail)
                budget.spend_chars(len(element.tail))
            if depth > 0:
                # Finished elements are not needed again: keep memory flat however long the part is.
                element.clear()
    parser.close()


def _zip_text(data: bytes, patterns: tuple[str, ...], budget: Budget) -> str:
    parts: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(
            (n for n in archive.namelist() if any(re.match(p, n) for p in patterns)),
            key=lambda n: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", n)],
        )
        try:
            for name in names[:MAX_PARTS]:
                with archive.open(name) as stream:
                    _xml_text(stream, budget, parts)
                parts.append("\n")
        except LimitReached as limit:
            logger.warning("Text extraction stopped early (%s)", limit)
    return "".join(parts)


def _pdf_text(data: bytes, budget: Budget) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = []
    try:
        for page in reader.pages[:MAX_PDF_PAGES]:
            text = page.extract_text() or ""
            pages.append(text)
            budget.spend_chars(len(text))
            budget.check_time()
    except LimitReached as limit:
        logger.warning("Text extraction stopped early (%s)", limit)
    return "\n".join(pages)


def extract_text(data: bytes, content_type: str, *, budget: Budget | None = None) -> str:
    """Plain text of a file, or "" for types without text (images, audio) or unreadable files."""
    budget = budget or Budget()
    try:
        if content_type == "application/pdf":
            text = _pdf_text(data, budget)
        elif content_type in _ZIP_PARTS:
            text = _zip_text(data, _ZIP_PARTS[content_type], budget)
        else:
            return ""
    except Exception:  # noqa: BLE001 - a broken file must not block its upload; it is just not searchable
        logger.warning("Could not extract text from a %s file", content_type, exc_info=True)
        return ""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n", text)
    return text.strip()[:MAX_CHARS]
