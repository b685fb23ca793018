"""The relocation offer is a letter: tagged and archival, with clickable links from the configured site
address, never from a default port (issue 22)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from microcity.core.tests.test_pdf import assert_tagged, xmp
from microcity.talent import relocation
from microcity.talent.tests.test_relocation import consultants, submit  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_offer_is_archival_and_its_links_use_the_configured_address(
    settings,
    valmiera,
    consultants,  # noqa: F811 - the fixture imported above
    post_job,
):
    settings.SITE_URL = "https://livin.valmiera.example"
    case = submit(valmiera, language="lv")
    job = post_job()
    offer = relocation.offer_send(
        case=case, by=case.consultant, jobs=[job], partner_jobs=[], housing="", schools="", message="Sveiki!"
    )
    reader = PdfReader(io.BytesIO(relocation.offer_pdf(offer=offer)))
    assert_tagged(reader, language=offer.language, title=valmiera.name_lv)
    assert 'pdfaid:part="2"' in xmp(reader)
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    assert links and all(link.startswith("https://livin.valmiera.example/") for link in links)
    assert any(f"/jobs/{job.pk}-" in link for link in links)
