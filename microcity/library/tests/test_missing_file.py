"""A material's file that is missing from the storage (lost, or on another copy's disk) is a 404 page."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from microcity.library import services
from microcity.library.documents import docx_bytes

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("lang", "text"), [("lv", "Fails nav atrasts"), ("en", "File not found")])
def test_a_missing_file_answers_404_with_a_page_that_says_so(client, teacher, editor, lang, text):
    material = services.material_save(
        by=teacher,
        data={
            "title": "Darba lapa",
            "summary": "S",
            "body": "",
            "material_type": "worksheet",
            "grade_bands": ["7-9"],
            "skill_areas": ["exploring"],
            "subjects": "",
            "duration_minutes": None,
            "language": "lv",
            "authors": "A",
            "licence": "cc-by",
            "video_urls": [],
        },
    )
    stored = services.material_file_add(
        material=material, upload=SimpleUploadedFile("lapa.docx", docx_bytes("T", ["x"])), by=teacher
    )
    services.material_submit(material=material, by=teacher)
    services.material_publish(material=material, by=editor)
    assert client.get(f"/{lang}/materials/files/{stored.pk}/").status_code == 200
    stored.file.storage.delete(stored.file.name)
    response = client.get(f"/{lang}/materials/files/{stored.pk}/")
    assert response.status_code == 404
    assert text in response.content.decode()
