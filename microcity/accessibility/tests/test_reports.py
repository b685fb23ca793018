"""Barrier reports: anyone reports, the city's content editors get a task with a reply deadline and answer
by e-mail; nobody else sees a report; hostile input is kept as text."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from microcity.accessibility import services
from microcity.accessibility.errors import AccessibilityError
from microcity.accessibility.models import BarrierReport, ReportStatus
from microcity.accessibility.statement import reply_within_days
from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.models import AuditEvent
from microcity.core.registry import attention

pytestmark = pytest.mark.django_db

REPORT = {
    "page_url": "/lv/valmiera/jobs/",
    "description": "The job filters cannot be reached with the keyboard.",
    "assistive_technology": "NVDA 2024, Firefox",
    "name": "Anna",
    "email": "anna@example.com",
}


@pytest.fixture
def editor(valmiera):
    user = UserFactory(email="editor@valmiera.example.lv")
    MembershipFactory(user=user, city=valmiera, role=Role.CONTENT_EDITOR)
    return user


def post_report(client, city, lang="lv", **extra):
    return client.post(f"/{lang}/accessibility/report/", {**REPORT, "city": city.pk, **extra})


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_the_form_is_prefilled_from_the_page_where_the_barrier_was(client, valmiera, lang):
    response = client.get(f"/{lang}/accessibility/report/?city=valmiera&from=/{lang}/valmiera/jobs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'value="/{lang}/valmiera/jobs/"' in html
    assert f'<option value="{valmiera.pk}" selected>' in html
    assert "data-barrier-form" in html


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_a_report_reaches_the_city_editors_as_a_task_with_a_deadline(
    client, valmiera, ventspils, editor, lang, django_capture_on_commit_callbacks
):
    other = UserFactory(email="editor@ventspils.example.lv")
    MembershipFactory(user=other, city=ventspils, role=Role.CONTENT_EDITOR)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_report(client, valmiera, lang)
    assert response.status_code == 302 and response["Location"] == f"/{lang}/accessibility/"
    report = BarrierReport.objects.get()
    assert report.city == valmiera and report.status == ReportStatus.NEW and report.language == lang
    assert report.reply_by == timezone.localdate() + dt.timedelta(days=reply_within_days())
    recipients = [m.to for m in mail.outbox]
    assert ["anna@example.com"] in recipients and [editor.email] in recipients
    assert [other.email] not in recipients  # another city's editors are not told
    editor_mail = next(m for m in mail.outbox if m.to == [editor.email])
    assert f"/valmiera/accessibility/reports/{report.pk}/" in editor_mail.body
    # The editor's start page puts it first; past its date it is urgent.
    items = attention.for_city(user=editor, city=valmiera, roles={Role.CONTENT_EDITOR})
    item = next(i for i in items if i.key == "accessibility.reports.valmiera")
    assert item.count == 1 and not item.is_urgent
    BarrierReport.objects.update(reply_by=timezone.localdate() - dt.timedelta(days=1))
    items = attention.for_city(user=editor, city=valmiera, roles={Role.CONTENT_EDITOR})
    assert next(i for i in items if i.key == "accessibility.reports.valmiera").is_urgent
    assert not attention.for_city(user=editor, city=valmiera, roles={Role.YOUTH}) or all(
        not i.key.startswith("accessibility")
        for i in attention.for_city(user=editor, city=valmiera, roles={Role.YOUTH})
    )


def test_a_city_without_editors_gets_the_report_at_its_contact_address(
    client, valmiera, django_capture_on_commit_callbacks
):
    valmiera.contact_email = "info@valmiera.example.lv"
    valmiera.save()
    with django_capture_on_commit_callbacks(execute=True):
        post_report(client, valmiera)
    assert ["info@valmiera.example.lv"] in [m.to for m in mail.outbox]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_a_refused_report_keeps_nothing_and_shows_the_error_summary(client, valmiera, lang):
    response = post_report(client, valmiera, lang, description="", email="not-an-address")
    html = response.content.decode()
    assert response.status_code == 200 and 'id="error-summary"' in html and "data-error-summary" in html
    assert 'href="#id_description"' in html and 'href="#id_email"' in html
    assert html.count('aria-invalid="true"') == 2
    assert 'aria-describedby="id_description-help id_description-error"' in html
    assert not BarrierReport.objects.exists()


def test_hostile_input_is_kept_as_text(client, valmiera, editor):
    hostile = '=HYPERLINK("http://evil")<script>alert(1)</script>\x00\x07' + "x" * 100
    response = post_report(client, valmiera, description=hostile, page_url="javascript:alert(1)")
    assert response.status_code == 302
    report = BarrierReport.objects.get()
    assert "\x00" not in report.description and "\x07" not in report.description
    client.force_login(editor)
    html = client.get(f"/lv/valmiera/accessibility/reports/{report.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    too_long = post_report(client, valmiera, description="x" * 100_000)
    assert too_long.status_code == 200 and BarrierReport.objects.count() == 1


def test_reports_are_throttled_per_address(client, valmiera):
    for _ in range(10):
        assert post_report(client, valmiera).status_code == 302
    refused = post_report(client, valmiera)
    assert refused.status_code == 200 and BarrierReport.objects.count() == 10


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_the_editor_takes_and_answers_a_report(
    client, valmiera, editor, lang, django_capture_on_commit_callbacks
):
    report = services.report_submit(city=valmiera, data=REPORT, language="en")
    client.force_login(editor)
    listing = client.get(f"/{lang}/valmiera/accessibility/reports/")
    assert listing.status_code == 200 and f'data-report="{report.pk}"' in listing.content.decode()
    page = client.get(f"/{lang}/valmiera/accessibility/reports/{report.pk}/")
    assert page.status_code == 200 and REPORT["description"] in page.content.decode()
    client.post(f"/{lang}/valmiera/accessibility/reports/{report.pk}/", {"action": "take"})
    report.refresh_from_db()
    assert report.status == ReportStatus.IN_PROGRESS and report.handler == editor
    empty = client.post(
        f"/{lang}/valmiera/accessibility/reports/{report.pk}/", {"action": "answer", "reply": ""}
    )
    assert empty.status_code == 200 and 'id="error-summary"' in empty.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            f"/{lang}/valmiera/accessibility/reports/{report.pk}/",
            {"action": "answer", "reply": "The filters now open with Enter. Thank you!"},
        )
    assert done.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.ANSWERED and report.answered_at is not None
    answer = mail.outbox[-1]
    assert answer.to == ["anna@example.com"] and "The filters now open with Enter" in answer.body
    assert "/en/accessibility/" in answer.body  # where to turn if not satisfied
    assert AuditEvent.objects.filter(
        object_id=str(report.pk), details__status=["in_progress", "answered"]
    ).exists()
    with pytest.raises(AccessibilityError):
        services.report_answer(report=report, reply="again", by=editor)


@pytest.mark.parametrize("role", [r for r in Role if r not in (Role.CONTENT_EDITOR, Role.CITY_ADMINISTRATOR)])
def test_only_the_city_editors_and_administrators_see_reports(client, valmiera, ventspils, role):
    report = services.report_submit(city=valmiera, data=REPORT, language="lv")
    outsider = UserFactory()
    MembershipFactory(user=outsider, city=valmiera, role=role)
    client.force_login(outsider)
    assert client.get("/lv/valmiera/accessibility/reports/").status_code == 403
    assert client.get(f"/lv/valmiera/accessibility/reports/{report.pk}/").status_code == 403
    assert (
        client.post(f"/lv/valmiera/accessibility/reports/{report.pk}/", {"action": "take"}).status_code == 403
    )


def test_another_city_editor_sees_nothing(client, valmiera, ventspils):
    report = services.report_submit(city=valmiera, data=REPORT, language="lv")
    other = UserFactory()
    MembershipFactory(user=other, city=ventspils, role=Role.CONTENT_EDITOR)
    client.force_login(other)
    assert client.get(f"/lv/valmiera/accessibility/reports/{report.pk}/").status_code == 403
    assert client.get(f"/lv/ventspils/accessibility/reports/{report.pk}/").status_code == 404
    assert client.get("/lv/valmiera/accessibility/reports/").status_code == 403
    anonymous = client.__class__()
    assert anonymous.get("/lv/valmiera/accessibility/reports/").status_code == 302


def test_the_list_query_count_does_not_grow(client, valmiera, editor, django_assert_max_num_queries):
    for _ in range(30):
        services.report_submit(city=valmiera, data=REPORT, language="lv")
    client.force_login(editor)
    with django_assert_max_num_queries(14):
        response = client.get("/en/valmiera/accessibility/reports/")
    assert response.status_code == 200 and response.content.decode().count("data-report=") == 25


def test_the_demo_reports_go_through_the_service_and_a_second_run_adds_nothing(valmiera, ventspils):
    from django.core.management import call_command

    call_command("seed_accessibility")
    assert BarrierReport.objects.filter(city=valmiera).count() == 1
    assert BarrierReport.objects.filter(city=ventspils, language="en").count() == 1
    call_command("seed_accessibility")
    assert BarrierReport.objects.count() == 2


def test_a_person_downloads_and_erases_their_reports(valmiera):
    from microcity.core.registry import personal_data
    from microcity.core.tests.factories import PersonFactory

    person = PersonFactory(email="Anna@Example.com")
    services.report_submit(city=valmiera, data=REPORT, language="lv")
    services.report_submit(city=valmiera, data={**REPORT, "email": "someone@example.com"}, language="lv")
    exported = personal_data.export_sections(person)["accessibility_reports"]
    assert len(exported) == 1 and exported[0]["description"] == REPORT["description"]
    personal_data.erase(person)
    assert list(BarrierReport.objects.values_list("email", flat=True)) == ["someone@example.com"]
