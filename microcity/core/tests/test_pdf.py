"""Every PDF the platform makes is tagged, with its language and title; certificates and letters are PDF/A
too; text extracts in reading order; links are clickable and built from the configured address (issue 22).
Checked by reading the files back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from microcity.core import certificates, pdf
from microcity.library import documents

ROOT = Path(__file__).resolve().parents[2]


def xmp(reader: Any) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")


def assert_tagged(reader: Any, *, language: str, title: str) -> None:
    root = reader.trailer["/Root"]
    assert str(root["/MarkInfo"]["/Marked"]).lower() == "true"
    structure = root["/StructTreeRoot"].get_object()
    assert structure["/K"], "an empty structure tree tells a screen reader nothing"
    assert str(root["/Lang"]) == language
    assert title in (reader.metadata.title or "")
    assert str(root["/ViewerPreferences"]["/DisplayDocTitle"]).lower() == "true"


def fonts_are_embedded(reader: Any) -> bool:
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            if not ({"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)):
                return False
    return True


def test_a_certificate_is_tagged_archival_and_extracts_its_heading_whole():
    data = certificates.CertificateData(
        city_name="Valmiera",
        title="Darba apliecinājums",
        holder_name="Elīza Ozoliņa",
        statement="ir strādājusi jauniešu vasaras nodarbinātības programmā.",
        details=[("Darba devējs", "SIA Ūdens"), ("Stundas", "120")],
        number="VJ-2026-0001",
        issued_on=dt.date(2026, 8, 31),
        issuer="Anna Bērziņa",
        programme="Vasaras darbs",
    )
    reader = PdfReader(io.BytesIO(certificates.certificate_pdf(data, language="lv")))
    assert_tagged(reader, language="lv", title="Darba apliecinājums")
    metadata = xmp(reader)
    assert re.search(r'pdfaid:part="2"', metadata) and re.search(r'pdfaid:conformance="A"', metadata)
    assert "/OutputIntents" in reader.trailer["/Root"]
    assert fonts_are_embedded(reader)
    text = reader.pages[0].extract_text()
    # The city's name is set in capitals; it must not extract letter by letter ("V A L M I E R A").
    assert "VALMIERA" in text and "Elīza Ozoliņa" in text and "Ūdens" in text


def test_a_worksheet_is_pdf_ua():
    reader = PdfReader(io.BytesIO(documents.pdf_bytes("Mana nākotnes profesija", ["Uzraksti trīs darbus."])))
    assert_tagged(reader, language="lv", title="Mana nākotnes profesija")
    assert 'pdfuaid:part="1"' in xmp(reader)
    assert "Mana nākotnes profesija" in reader.pages[0].extract_text()


def test_no_pdf_bypasses_the_one_writer():
    """A PDF written elsewhere would be untagged: WeasyPrint's write_pdf is called in core/pdf.py only."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if "tests" not in path.parts
        and path != Path(pdf.__file__)
        and re.search(r"\.write_pdf\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
