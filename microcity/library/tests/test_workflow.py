"""The review workflow, versions, permissions by role, files and indexing."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from microcity.accounts.models import Role
from microcity.library import permissions, services
from microcity.library.documents import docx_bytes
from microcity.library.models import MaterialStatus, MaterialVersion, ReviewComment
from microcity.library.selectors import materials_search
from microcity.library.tests.factories import MaterialFactory

pytestmark = pytest.mark.django_db
ALL_ROLES = [r.value for r in Role]
SUBMITTERS = {Role.TEACHER, Role.COUNSELLOR, Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR}


def data(**extra):
    base = {
        "title": "Karjeras plānošana 9. klasē",
        "summary": "Nodarbību cikls par izvēli pēc pamatskolas.",
        "body": "Skolēni salīdzina vidusskolas un profesionālās izglītības iespējas.",
        "material_type": "lesson_plan",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Ilze Kalniņa",
        "licence": "cc-by",
        "video_urls": [],
    }
    base.update(extra)
    return base


def test_submit_review_publish_then_found_with_versions(teacher, editor):
    material = services.material_save(by=teacher, data=data())
    assert material.status == MaterialStatus.DRAFT
    assert materials_search(query="planosana", filters={}).total == 0, "drafts are not public"
    services.material_submit(material=material, by=teacher)
    services.material_return(material=material, by=editor, comment="Pievienojiet darba lapu.")
    assert material.status == MaterialStatus.RETURNED
    services.material_save(by=teacher, data=data(duration_minutes=80), material=material)
    services.material_submit(material=material, by=teacher)
    services.material_publish(material=material, by=editor)
    assert material.status == MaterialStatus.PUBLISHED and material.published_at
    assert list(MaterialVersion.objects.filter(material=material).values_list("reason", flat=True)) == [
        "published",
        "submitted",
        "submitted",
    ]
    assert list(material.review_comments.values_list("decision", flat=True)) == ["returned", "published"]
    result = materials_search(query="karjeras planosana 9 klasei", filters={})
    assert [hit.material.pk for hit in result.hits] == [material.pk]
    assert "<mark>" in result.hits[0].snippet or result.hits[0].snippet == ""


def test_transitions_outside_the_map_are_refused(teacher, editor):
    material = services.material_save(by=teacher, data=data())
    with pytest.raises(services.LibraryError):
        services.material_publish(material=material, by=editor)  # a draft cannot skip review
    services.material_submit(material=material, by=teacher)
    with pytest.raises(services.LibraryError):
        services.material_submit(material=material, by=teacher)
    with pytest.raises(services.LibraryError):
        services.material_return(material=material, by=editor, comment="   ")
    services.material_archive(material=material, by=editor)
    with pytest.raises(services.LibraryError):
        services.material_submit(material=material, by=teacher)


def test_only_editors_publish_and_authors_edit_only_drafts(teacher, editor, user_with_role):
    material = services.material_save(by=teacher, data=data())
    services.material_submit(material=material, by=teacher)
    with pytest.raises(services.NotAllowed):
        services.material_publish(material=material, by=teacher)
    with pytest.raises(services.NotAllowed):
        services.material_save(by=teacher, data=data(title="Cits"), material=material)
    other_teacher = user_with_role(Role.TEACHER)
    assert not permissions.can_view_material(other_teacher, material)
    assert permissions.can_view_material(editor, material)
    services.material_publish(material=material, by=editor)
    assert permissions.can_view_material(other_teacher, material)


@pytest.mark.parametrize("role", ALL_ROLES)
def test_who_may_submit_and_review(role, user_with_role):
    user = user_with_role(role)
    assert permissions.can_submit_material(user) is (role in SUBMITTERS)
    assert permissions.can_review_material(user) is (role == Role.CONTENT_EDITOR)
    draft = MaterialFactory()
    assert permissions.can_view_material(user, draft) is (role == Role.CONTENT_EDITOR)
    assert permissions.can_edit_material(user, draft) is (role == Role.CONTENT_EDITOR)


def test_files_are_checked_by_content_and_their_text_is_searchable(teacher, editor):
    material = services.material_save(by=teacher, data=data(title="Darba lapa"))
    upload = SimpleUploadedFile("lapa.docx", docx_bytes("Lapa", ["Metinātāja profesija ostā un kuģu būvē."]))
    stored = services.material_file_add(material=material, upload=upload, by=teacher)
    assert stored.content_type.endswith("wordprocessingml.document")
    assert "Metinātāja" in stored.extracted_text
    assert stored.file.name.endswith(".docx") and "lapa" in stored.file.name
    with pytest.raises(services.LibraryError):
        services.material_file_add(
            material=material,
            upload=SimpleUploadedFile("x.pdf", b"<html><script>alert(1)</script>"),
            by=teacher,
        )
    services.material_submit(material=material, by=teacher)
    services.material_publish(material=material, by=editor)
    assert materials_search(query="metinataji", filters={}).total == 1


def test_archiving_removes_from_search(publish, editor):
    material = publish(title="Robotika 5. klasei")
    assert materials_search(query="robotika", filters={}).total == 1
    services.material_archive(material=material, by=editor)
    assert materials_search(query="robotika", filters={}).total == 0


def test_facets_count_and_filter(publish):
    publish(title="A", grade_bands=["7-9"], material_type="worksheet")
    publish(title="B", grade_bands=["10-12"], material_type="worksheet")
    publish(title="C", grade_bands=["10-12"], material_type="game", language="en")
    result = materials_search(query="", filters={"grade": ["10-12"]})
    assert result.total == 2
    facets = {f["field"]: {o["value"]: o["count"] for o in f["options"]} for f in result.facets}
    assert facets["type"] == {"worksheet": 1, "game": 1}
    assert facets["grade"]["10-12"] == 2


def test_favourite_toggle_and_class_use_counts(publish, teacher):
    import datetime as dt

    material = publish()
    assert services.favourite_toggle(material=material, by=teacher) is True
    assert services.favourite_toggle(material=material, by=teacher) is False
    services.class_use_record(
        material=material, by=teacher, used_on=dt.date(2026, 10, 1), grade=9, rating=5, feedback="Labi"
    )
    material.refresh_from_db()
    assert material.use_count == 1
    with pytest.raises(services.LibraryError):
        services.class_use_record(
            material=material, by=teacher, used_on=dt.date(2999, 1, 1), grade=None, rating=None, feedback=""
        )


def test_review_comment_needs_text_and_rights(teacher, user_with_role):
    material = services.material_save(by=teacher, data=data())
    services.material_comment(material=material, by=teacher, text="Lūdzu, paskatieties.")
    assert ReviewComment.objects.count() == 1
    with pytest.raises(services.NotAllowed):
        services.material_comment(material=material, by=user_with_role(Role.YOUTH), text="x")
