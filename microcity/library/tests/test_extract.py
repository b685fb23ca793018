"""Text extraction does bounded work whatever the upload: a tiny DOCX that unpacks to millions of empty
paragraphs stops at the budget instead of taking seconds and hundreds of megabytes."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

from microcity.library import extract
from microcity.library.documents import docx_bytes

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with(body: bytes) -> bytes:
    document = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' + W.encode() + b'"><w:body>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", document + body + b"</w:body></w:document>")
    return buffer.getvalue()


def paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def test_four_million_empty_paragraphs_stop_at_the_element_budget_in_little_memory():
    bomb = docx_with(paragraph("Sākums") + b"<w:p/>" * 4_000_000 + paragraph("Beigas"))
    assert len(bomb) < 60_000  # about 35 KB on disk, 24 MB unpacked
    tracemalloc.start()
    try:
        started = time.monotonic()
        text = extract.extract_text(bomb, DOCX)
        elapsed = time.monotonic() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert text == "Sākums"  # what came before the limit is kept; the rest is not read
    assert peak < 40 * 1024 * 1024  # the old extractor peaked near 400 MB on this file
    assert elapsed < 30  # generous for a loaded CI machine; the budget itself is what is tested below


def test_the_budget_counts_elements_bytes_characters_and_time():
    data = docx_with(paragraph("Viens") + b"<w:p/>" * 1000 + paragraph("Divi"))
    assert extract.extract_text(data, DOCX) == "Viens\nDivi"
    assert extract.extract_text(data, DOCX, budget=extract.Budget(max_elements=500)) == "Viens"
    assert extract.extract_text(data, DOCX, budget=extract.Budget(max_bytes=100)) == ""
    assert extract.extract_text(data, DOCX, budget=extract.Budget(max_chars=3)).startswith("Viens")

    ticks = iter(range(0, 10_000))  # every reading of the clock is one second later

    def clock() -> float:
        return float(next(ticks))

    long = docx_with(paragraph("Viens") + b"<w:p/>" * 200_000 + paragraph("Divi"))
    frozen = extract.Budget(clock=lambda: 0.0)  # a clock that never moves: only the other limits count
    assert extract.extract_text(long, DOCX, budget=frozen) == "Viens\nDivi"
    assert extract.extract_text(long, DOCX, budget=extract.Budget(seconds=2, clock=clock)) == "Viens"


def test_an_ordinary_document_is_read_whole():
    data = docx_bytes("Lapa", ["Metinātāja profesija ostā.", "Otrā rindkopa."])
    assert extract.extract_text(data, DOCX) == "Lapa\nMetinātāja profesija ostā.\nOtrā rindkopa."


def test_entity_tricks_and_broken_files_give_no_text():
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="' + W.encode() + b'"/>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", evil)
    assert extract.extract_text(buffer.getvalue(), DOCX) == ""
    assert extract.extract_text(b"not a zip", DOCX) == ""
