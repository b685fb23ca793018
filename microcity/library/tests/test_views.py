"""Library pages through HTTP: search with facets, detail, download, favourites, submit and review."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from microcity.accounts.models import Role
from microcity.library import services
from microcity.library.documents import docx_bytes
from microcity.library.models import Favourite, Material, MaterialStatus
from microcity.library.tests.factories import MaterialFactory
from microcity.search.backends.memory import warm as warm_search_replicas

pytestmark = pytest.mark.django_db
ALL_ROLES = [r.value for r in Role]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_search_page_with_query_facets_and_snippets(client, publish, lang):
    publish(title="Karjeras plānošana 9. klasē", summary="Izvēle pēc pamatskolas: vidusskola vai tehnikums.")
    publish(title="Profesiju spēle", material_type="game", grade_bands=["4-6"])
    response = client.get(f"/{lang}/materials/", {"q": "karjeras planosana 9 klasei"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Karjeras plānošana 9. klasē" in html and "Profesiju spēle" not in html
    assert html.count("<h1") == 1
    filtered = client.get(f"/{lang}/materials/", {"type": "game"}).content.decode()
    assert "Profesiju spēle" in filtered and "Karjeras plānošana" not in filtered
    assert 'name="type" value="game"' in filtered and "checked" in filtered


def test_search_htmx_returns_the_results_fragment(client, publish):
    publish(title="Robotikas pulciņš")
    html = client.get("/lv/materials/", {"q": "robotika"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Robotikas pulciņš" in html and "<html" not in html


def test_search_page_query_count_does_not_grow(client, publish):
    publish(title="Pirmā")
    # The search replica catches up with each write once (a few queries per write, not per row); the
    # page itself is measured in the steady state.
    warm_search_replicas()
    with CaptureQueriesContext(connection) as few:
        client.get("/lv/materials/")
    for n in range(15):
        publish(title=f"Materiāls {n}")
    warm_search_replicas()
    with CaptureQueriesContext(connection) as many:
        client.get("/lv/materials/")
    assert len(many) == len(few)


def test_empty_search_explains_what_to_do(client):
    html = client.get("/en/materials/", {"q": "nekasneatrodas"}).content.decode()
    assert "Nothing found" in html


def test_detail_counts_views_and_download_is_an_attachment_with_safe_headers(
    client, publish, teacher, editor
):
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
    assert client.get(f"/lv/materials/{material.pk}-darba-lapa/").status_code == 404, (
        "not public before review"
    )
    assert client.get(f"/lv/materials/files/{stored.pk}/").status_code == 404
    services.material_submit(material=material, by=teacher)
    services.material_publish(material=material, by=editor)
    assert client.get(f"/lv/materials/{material.pk}-darba-lapa/").status_code == 200
    response = client.get(f"/lv/materials/files/{stored.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "sandbox" in response["Content-Security-Policy"]
    material.refresh_from_db()
    assert material.view_count == 1 and material.download_count == 1


def test_favourite_with_htmx_and_without_javascript(client_for, publish, teacher):
    material = publish()
    c = client_for(teacher)
    fragment = c.post(f"/lv/materials/{material.pk}/favourite/", HTTP_HX_REQUEST="true").content.decode()
    assert 'aria-pressed="true"' in fragment and "<html" not in fragment
    assert c.post(f"/lv/materials/{material.pk}/favourite/").status_code == 302
    assert not Favourite.objects.exists()
    assert c.get("/lv/materials/favourites/").status_code == 200


def test_anonymous_cannot_favourite(client, publish):
    material = publish()
    response = client.post(f"/lv/materials/{material.pk}/favourite/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_class_use_form_errors_keep_the_page(client_for, publish, teacher):
    material = publish()
    c = client_for(teacher)
    bad = c.post(f"/en/materials/{material.pk}/", {"used_on": "2999-01-01", "grade": "15"})
    assert bad.status_code == 200 and "error-summary" in bad.content.decode()
    ok = c.post(
        f"/en/materials/{material.pk}/",
        {"used_on": "2026-09-01", "grade": "9", "rating": "4", "feedback": "Skolēniem patika."},
    )
    assert ok.status_code == 302
    assert "Skolēniem patika." in c.get(f"/en/materials/{material.pk}/").content.decode()


def test_teacher_submits_through_the_pages_and_editor_publishes(client_for, teacher, editor, valmiera):
    c = client_for(teacher)
    form = {
        "title": "Intervija ar ostas darbinieku",
        "summary": "Skolēni sagatavo jautājumus.",
        "body": "",
        "material_type": "method",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Sociālās zinības",
        "duration_minutes": "40",
        "language": "lv",
        "authors": "Ilze Kalniņa",
        "licence": "cc-by",
        "video_urls": "https://video.example.lv/osta",
    }
    response = c.post("/lv/materials/new/", form)
    assert response.status_code == 302
    material = Material.objects.get(title="Intervija ar ostas darbinieku")
    assert material.video_urls == ["https://video.example.lv/osta"]
    upload = SimpleUploadedFile("jautajumi.docx", docx_bytes("J", ["Kas ir krasta celtņa operators?"]))
    assert (
        c.post(f"/lv/materials/{material.pk}/manage/", {"action": "upload", "upload": upload}).status_code
        == 302
    )
    assert c.post(f"/lv/materials/{material.pk}/manage/", {"action": "submit"}).status_code == 302
    e = client_for(editor)
    assert "Intervija ar ostas darbinieku" in e.get("/lv/materials/review/").content.decode()
    returned = e.post(f"/lv/materials/{material.pk}/manage/", {"action": "review", "decision": "return"})
    assert returned.status_code == 200 and "error-summary" in returned.content.decode()
    e.post(f"/lv/materials/{material.pk}/manage/", {"action": "review", "decision": "publish", "comment": ""})
    material.refresh_from_db()
    assert material.status == MaterialStatus.PUBLISHED
    assert "Intervija ar ostas" in c.get("/lv/materials/", {"q": "krasta celtna operators"}).content.decode()


def test_bad_submission_shows_translated_errors(client_for, teacher):
    response = client_for(teacher).post(
        "/lv/materials/new/", {"title": "", "video_urls": "javascript:alert(1)"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html and "https://" in html
    assert not Material.objects.exists()


@pytest.mark.parametrize("role", ALL_ROLES)
def test_pages_by_role(role, user_with_role, client_for):
    c = client_for(user_with_role(role))
    submitter = role in {Role.TEACHER, Role.COUNSELLOR, Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR}
    assert (c.get("/lv/materials/new/").status_code == 200) is submitter
    assert (c.get("/lv/materials/mine/").status_code == 200) is submitter
    assert (c.get("/lv/materials/review/").status_code == 200) is (role == Role.CONTENT_EDITOR)
    draft = MaterialFactory()
    expected = 200 if role == Role.CONTENT_EDITOR else 404
    assert c.get(f"/lv/materials/{draft.pk}/manage/").status_code == expected


def test_upload_of_a_script_is_refused_with_a_message(client_for, teacher):
    material = MaterialFactory(submitted_by=teacher)
    evil = SimpleUploadedFile("cv.pdf", b"<svg onload=alert(1)>", content_type="application/pdf")
    response = client_for(teacher).post(
        f"/en/materials/{material.pk}/manage/", {"action": "upload", "upload": evil}
    )
    assert response.status_code == 200
    assert "not an allowed type" in response.content.decode()
    assert not material.files.exists()


def test_collections_create_add_and_privacy(client_for, client, publish, teacher, user_with_role):
    material = publish(title="Vērtību spēle")
    c = client_for(teacher)
    response = c.post("/lv/materials/collections/", {"title": "9. klases cikls", "description": ""})
    assert response.status_code == 302
    collection_url = response["Location"]
    c.post(
        "/lv/materials/collections/change/",
        {"collection": collection_url.rstrip("/").split("/")[-1], "material": material.pk},
    )
    assert "Vērtību spēle" in c.get(collection_url).content.decode()
    assert client.get(collection_url).status_code == 404, "private collection"
    other = client_for(user_with_role(Role.TEACHER))
    assert (
        other.post(
            "/lv/materials/collections/change/",
            {"collection": collection_url.rstrip("/").split("/")[-1], "material": material.pk},
        ).status_code
        == 404
    )


def test_city_home_links_to_the_library(client, valmiera):
    assert "/lv/materials/" in client.get("/lv/valmiera/").content.decode()
    assert 'href="/lv/materials/"' in client.get("/lv/").content.decode()  # the platform's home page too
