"""Every page of grants through the HTTP client in Latvian and English, per role; leak tests for every
page and POST; query counts on lists; hostile input on forms and exports."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from django.urls import reverse

from microcity.accounts.models import Role
from microcity.core.models import AuditAction, AuditEvent
from microcity.grants import services
from microcity.grants.models import Application, ApplicationStatus, Review

S = ApplicationStatus
pytestmark = pytest.mark.django_db


def url(name, world, **kwargs):
    return reverse(name, kwargs={"city": world.city.slug, **kwargs})


@pytest.mark.parametrize("language", ["lv", "en"])
def test_public_pages_show_calls_totals_and_funded_projects(world, client, language):
    application = world.eligible()
    services.decision_save(application=application, award=D("7500"), reason="Daļēji.", by=world.coordinator)
    with_language = {"HTTP_ACCEPT_LANGUAGE": language}
    index = client.get(f"/{language}/{world.city.slug}/grants/", **with_language)
    assert index.status_code == 200
    assert "ZĪLE 2026" in index.content.decode()
    page = client.get(f"/{language}/{world.city.slug}/grants/calls/{world.call.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "SIA Inovācijas" in html and "Jauns produkts" in html
    assert "7" in html and "500,00" in html or "7,500.00" in html


def test_draft_calls_are_not_public(world, client):
    world.call.status = "draft"
    world.call.save()
    assert client.get(url("grants:call", world, pk=world.call.pk)).status_code == 404


def _form_data(world, application, **overrides):
    data = {
        "title": "Jauns produkts",
        "summary": "Apraksts",
        "strand": world.strand.pk,
        "company_registered_on": "",
        "sector": "C26",
        "requested": "8000",
        "linked_undertakings": "",
        "deminimis_declared": "on",
        "consent": "on",
        "truthful": "on",
        f"q_{world.question.pk}": "Inovācija",
        "lines-TOTAL_FORMS": "2",
        "lines-INITIAL_FORMS": "0",
        "lines-MIN_NUM_FORMS": "0",
        "lines-MAX_NUM_FORMS": "60",
        "lines-0-description": "Iekārta",
        "lines-0-quantity": "1",
        "lines-0-unit_price": "10000",
        "lines-0-eligible": "on",
        "lines-1-description": "",
        "lines-1-quantity": "",
        "lines-1-unit_price": "",
        "aid-TOTAL_FORMS": "1",
        "aid-INITIAL_FORMS": "0",
        "aid-MIN_NUM_FORMS": "0",
        "aid-MAX_NUM_FORMS": "40",
        "aid-0-undertaking": "",
        "aid-0-granting_body": "",
        "aid-0-granted_on": "",
        "aid-0-amount": "",
        "action": "save",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", ["lv", "en"])
def test_applicant_starts_saves_breaks_the_intensity_rule_fixes_it_and_submits(world, client_for, language):
    c = client_for(world.applicant)
    call_page = c.get(f"/{language}/{world.city.slug}/grants/calls/{world.call.pk}/")
    assert call_page.status_code == 200 and "SIA Inovācijas" in call_page.content.decode()
    response = c.post(
        url("grants:apply", world, pk=world.call.pk),
        {"organisation": world.organisation.pk, "strand": world.strand.pk, "title": "Jauns produkts"},
    )
    application = Application.objects.get()
    assert response.status_code == 302 and response.url.endswith(f"/applications/{application.pk}/")
    page = c.get(f"/{language}/{world.city.slug}/grants/applications/{application.pk}/")
    assert page.status_code == 200
    # htmx autosave answers with the live summary only: 85 % breaks the 80 % rule.
    fragment = c.post(
        url("grants:application", world, pk=application.pk),
        _form_data(world, application, requested="8500"),
        HTTP_HX_REQUEST="true",
    )
    assert fragment.status_code == 200
    body = fragment.content.decode()
    assert 'id="summary"' in body and "<html" not in body and "80" in body
    refused = c.post(
        url("grants:application", world, pk=application.pk),
        _form_data(world, application, requested="8500", action="submit"),
    )
    assert refused.status_code == 200 and "error-summary" in refused.content.decode()
    application.refresh_from_db()
    assert application.status == S.DRAFT and application.requested == D("8500.00")
    done = c.post(
        url("grants:application", world, pk=application.pk), _form_data(world, application, action="submit")
    )
    assert done.status_code == 302
    application.refresh_from_db()
    assert application.status == S.SUBMITTED
    shown = c.get(f"/{language}/{world.city.slug}/grants/applications/{application.pk}/")
    assert shown.status_code == 200 and "Iekārta" in shown.content.decode()
    pdf = c.get(url("grants:application_pdf", world, pk=application.pk, kind="application"))
    assert pdf.status_code == 200 and pdf.content[:4] == b"%PDF"


def test_no_js_save_redirects(world, client_for):
    application = world.draft()
    response = client_for(world.applicant).post(
        url("grants:application", world, pk=application.pk), _form_data(world, application)
    )
    assert response.status_code == 302


def test_an_applicant_never_sees_another_companys_application(world, client_for):
    application = world.submitted()
    other = client_for(world.other_applicant)
    assert other.get(url("grants:application", world, pk=application.pk)).status_code == 404
    assert (
        other.post(url("grants:application", world, pk=application.pk), {"action": "withdraw"}).status_code
        == 404
    )
    assert (
        other.get(url("grants:application_pdf", world, pk=application.pk, kind="application")).status_code
        == 404
    )
    assert (
        other.post(
            url("grants:apply", world, pk=world.call.pk),
            {"organisation": world.organisation.pk, "strand": world.strand.pk, "title": "x"},
        ).status_code
        == 302
    )
    assert Application.objects.count() == 1
    mine = other.get(url("grants:mine", world)).content.decode()
    assert "Jauns produkts" not in mine


STAFF_PAGES = [
    ("grants:manage", {}),
    ("grants:setup", {"pk": "call"}),
    ("grants:ranked", {"pk": "call"}),
    ("grants:manage_application", {"pk": "application"}),
]


def _staff_url(world, name, kwargs, application):
    resolved = {k: (world.call.pk if v == "call" else application.pk) for k, v in kwargs.items()}
    return url(name, world, **resolved)


@pytest.mark.parametrize(("name", "kwargs"), STAFF_PAGES)
def test_staff_pages_refuse_everyone_but_the_citys_coordinator(
    world, client_for, user_with_role, ventspils, name, kwargs
):
    application = world.submitted()
    address = _staff_url(world, name, kwargs, application)
    outsider = user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils)
    for user in (world.applicant, world.evaluators[0], outsider):
        c = client_for(user)
        assert c.get(address).status_code == 403
        assert c.post(address, {"action": "publish"}).status_code == 403
    assert client_for(world.coordinator).get(address).status_code == 200


def test_exports_refuse_others_and_are_formula_safe(world, client_for):
    world.organisation.name = '=HYPERLINK("http://x")'
    world.organisation.save()
    application = world.eligible()
    services.decision_save(application=application, award=D("8000"), reason="", by=world.coordinator)
    services.agreement_sign(
        application=application, signed_on=application.call.opens_at.date(), by=world.coordinator
    )
    for what in ("payments", "deminimis", "applications"):
        for fmt in ("csv", "xlsx"):
            address = url("grants:export", world, pk=world.call.pk, what=what, fmt=fmt)
            assert client_for(world.applicant).get(address).status_code == 403
            response = client_for(world.coordinator).get(address)
            assert response.status_code == 200
            if fmt == "csv":
                text = response.content.decode("utf-8-sig")
                assert "'=HYPERLINK" in text or "=HYPERLINK" not in text
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT).count() == 6


@pytest.mark.parametrize("language", ["lv", "en"])
def test_coordinator_pages_and_the_view_is_audited(world, client_for, language):
    application = world.submitted()
    c = client_for(world.coordinator)
    for address in (
        f"/{language}/{world.city.slug}/grants/manage/",
        f"/{language}/{world.city.slug}/grants/manage/calls/{world.call.pk}/",
        f"/{language}/{world.city.slug}/grants/manage/calls/{world.call.pk}/applications/?status=submitted&q=Jauns&sort=number",
    ):
        assert c.get(address).status_code == 200
    before = AuditEvent.objects.filter(action=AuditAction.VIEW).count()
    assert (
        c.get(f"/{language}/{world.city.slug}/grants/manage/applications/{application.pk}/").status_code
        == 200
    )
    assert (
        AuditEvent.objects.filter(action=AuditAction.VIEW, object_id=str(application.pk)).count()
        == before + 1
    )


def test_coordinator_screens_assigns_decides_through_pages(world, client_for):
    application = world.submitted()
    c = client_for(world.coordinator)
    address = url("grants:manage_application", world, pk=application.pk)
    checks = dict.fromkeys(services.SCREENING_RULES, "on")
    assert c.post(address, {"action": "screen", **checks, "reason": ""}).status_code == 302
    response = c.post(url("grants:ranked", world, pk=world.call.pk), {"action": "assign"})
    assert response.status_code == 302
    assert Review.objects.filter(application=application).count() == 2
    c.post(address, {"action": "decide", "award": "8000", "reason": ""})
    application.refresh_from_db()
    assert application.status == S.FUNDED


def test_ranked_table_query_count_does_not_grow(world, client_for, django_assert_max_num_queries):
    for n in range(6):
        user = world.applicant if n % 2 == 0 else world.other_applicant
        organisation = world.organisation if n % 2 == 0 else world.other_organisation
        world.submitted(user=user, organisation=organisation)
    c = client_for(world.coordinator)
    with django_assert_max_num_queries(22):
        response = c.get(url("grants:ranked", world, pk=world.call.pk))
    assert response.status_code == 200
    assert response.content.decode().count("/grants/manage/applications/") == 6


def test_an_evaluator_with_a_conflict_never_sees_the_application(world, client_for):
    application = world.eligible()
    review = services.review_assign(
        application=application, evaluator=world.evaluators[0], by=world.coordinator
    )
    c = client_for(world.evaluators[0])
    address = url("grants:review", world, pk=review.pk)
    assert c.get(address).status_code == 200
    assert "Mākslīgais" not in c.get(address).content.decode()  # nothing before the declaration
    assert c.post(address, {"action": "declare", "conflict": "yes", "reason": "Radinieks"}).status_code == 302
    assert c.get(address).status_code == 404
    assert "Jauns produkts" not in c.get(url("grants:reviews", world)).content.decode()
    assert c.get(url("grants:manage_application", world, pk=application.pk)).status_code == 403
    assert c.get(url("grants:application", world, pk=application.pk)).status_code == 404


@pytest.mark.parametrize("language", ["lv", "en"])
def test_evaluator_scores_and_sees_others_only_after(world, client_for, language):
    application = world.eligible()
    first = services.review_assign(
        application=application, evaluator=world.evaluators[0], by=world.coordinator
    )
    second = services.review_assign(
        application=application, evaluator=world.evaluators[1], by=world.coordinator
    )
    services.review_declare(review=second, conflict=False, reason="", by=world.evaluators[1])
    services.review_submit(
        review=second, scores={c.pk: (1, "Vājš plāns") for c in world.criteria}, by=world.evaluators[1]
    )
    c = client_for(world.evaluators[0])
    address = f"/{language}/{world.city.slug}/grants/reviews/{first.pk}/"
    assert c.get(f"/{language}/{world.city.slug}/grants/reviews/").status_code == 200
    c.post(address, {"action": "declare", "conflict": "no"})
    page = c.get(address).content.decode()
    assert "Mākslīgais" in page and "Vājš plāns" not in page
    scores = {f"score_{k.pk}": "4" for k in world.criteria} | {
        f"comment_{k.pk}": "Labi" for k in world.criteria
    }
    assert c.post(address, {"action": "score", **scores}).status_code == 302
    assert "Vājš plāns" in c.get(address).content.decode()
    # Another evaluator's review is not found.
    assert client_for(world.evaluators[2]).get(address).status_code == 404


def test_hostile_input_on_the_application_form(world, client_for):
    application = world.draft()
    c = client_for(world.applicant)
    data = _form_data(
        world,
        application,
        title="x" * 100_000,
        summary="a\x00b\x1bc",
        company_registered_on="9999-12-31",
        **{"lines-0-unit_price": "=1+1", "lines-0-quantity": "1e400"},
    )
    response = c.post(url("grants:application", world, pk=application.pk), data)
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.title == "Jauns produkts"
    data = _form_data(world, application, summary="a\x00b\x1bc", company_registered_on="0001-01-01")
    assert c.post(url("grants:application", world, pk=application.pk), data).status_code == 200
    data = _form_data(world, application, summary="a\x00b\x1bc")
    assert c.post(url("grants:application", world, pk=application.pk), data).status_code == 302
    application.refresh_from_db()
    assert application.summary == "abc"


def test_submission_after_closing_is_refused_whatever_the_page_showed(world, client_for):
    application = world.draft()
    c = client_for(world.applicant)
    page = c.get(url("grants:application", world, pk=application.pk))
    assert page.status_code == 200
    world.call.closes_at = world.call.opens_at + (world.call.closes_at - world.call.opens_at) / 100
    world.call.save()
    response = c.post(
        url("grants:application", world, pk=application.pk), _form_data(world, application, action="submit")
    )
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == S.DRAFT


def test_lists_of_applicants_and_evaluators_keep_their_query_counts(
    world, client_for, django_assert_max_num_queries
):
    apps = [world.eligible() for _ in range(4)]
    for application in apps:
        services.review_assign(application=application, evaluator=world.evaluators[0], by=world.coordinator)
    applicant, evaluator, coordinator = (
        client_for(u) for u in (world.applicant, world.evaluators[0], world.coordinator)
    )
    with django_assert_max_num_queries(10):
        assert applicant.get(url("grants:mine", world)).status_code == 200
    with django_assert_max_num_queries(10):
        response = evaluator.get(url("grants:reviews", world))
    assert response.content.decode().count("/grants/reviews/") >= 4
    with django_assert_max_num_queries(10):
        assert coordinator.get(url("grants:manage", world)).status_code == 200


def test_attachments_go_through_the_safe_upload_path_and_do_not_leak(world, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    application = world.draft()
    c = client_for(world.applicant)
    address = url("grants:application", world, pk=application.pk)
    html = SimpleUploadedFile("lapa.pdf", b"<html><script>alert(1)</script>", content_type="application/pdf")
    c.post(address, {"action": "attach", "upload": html})
    assert application.attachments.count() == 0
    pdf = SimpleUploadedFile(
        "tame.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", content_type="application/pdf"
    )
    assert c.post(address, {"action": "attach", "upload": pdf}).status_code == 302
    attachment = application.attachments.get()
    download = url("grants:attachment", world, pk=application.pk, file_id=attachment.pk)
    assert c.get(download).status_code == 200
    assert client_for(world.other_applicant).get(download).status_code == 404
    assert client_for(world.evaluators[0]).get(download).status_code == 404
    assert client_for(world.coordinator).get(download).status_code == 200
    application = services.application_submit(application=application, by=world.applicant)
    assert application.submitted_snapshot["attachments"] == ["tame.pdf"]
    assert (
        c.post(address, {"action": f"detach-{attachment.pk}"}).status_code == 404
        or application.attachments.count() == 1
    )


@pytest.mark.parametrize("language", ["lv", "en"])
def test_decision_letter_and_agreement_pdfs(world, client_for, language):
    application = world.eligible()
    services.decision_save(application=application, award=D("8000"), reason="", by=world.coordinator)
    services.agreement_sign(
        application=application, signed_on=application.call.opens_at.date(), by=world.coordinator
    )
    c = client_for(world.applicant)
    for kind in ("decision", "agreement"):
        address = f"/{language}/{world.city.slug}/grants/applications/{application.pk}/{kind}.pdf"
        response = c.get(address)
        assert response.status_code == 200 and response.content[:4] == b"%PDF"
        assert client_for(world.other_applicant).get(address).status_code == 404
        assert client_for(world.evaluators[0]).get(address).status_code == 404
    assert c.get(url("grants:application_pdf", world, pk=application.pk, kind="other")).status_code == 404


def test_return_for_information_and_answer_through_pages(world, client_for):
    application = world.submitted()
    staff = client_for(world.coordinator)
    address = url("grants:manage_application", world, pk=application.pk)
    assert staff.post(address, {"action": "return", "question": "Pievienojiet tāmi."}).status_code == 302
    c = client_for(world.applicant)
    page = c.get(url("grants:application", world, pk=application.pk)).content.decode()
    assert "Pievienojiet tāmi." in page
    assert (
        client_for(world.other_applicant)
        .post(url("grants:application", world, pk=application.pk), {"action": "answer", "answer": "x"})
        .status_code
        == 404
    )
    assert (
        c.post(
            url("grants:application", world, pk=application.pk), {"action": "answer", "answer": "Pievienota."}
        ).status_code
        == 302
    )
    application.refresh_from_db()
    assert application.status == S.SUBMITTED
    assert "Pievienota." in staff.get(address).content.decode()
    assert staff.post(address, {"action": "nonsense"}).status_code == 404


def test_follow_up_a_year_after_the_final_payment_with_a_one_time_link(
    world, client, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.core import mail
    from django.utils import timezone

    from microcity.grants.models import FollowUp

    application = world.eligible()
    services.decision_save(application=application, award=D("8000"), reason="", by=world.coordinator)
    services.agreement_sign(application=application, signed_on=timezone.localdate(), by=world.coordinator)
    report = services.report_save(
        application=application, data={"done": "a", "results": "b"}, by=world.applicant, submit=True
    )
    services.report_accept(
        report=report, accepted_eligible=D("9000"), by=world.coordinator, on=timezone.localdate()
    )
    assert services.follow_ups_send() == 0
    later = timezone.localdate() + dt.timedelta(days=366)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.follow_ups_send(today=later) == 1
    assert services.follow_ups_send(today=later) == 0
    follow_up = FollowUp.objects.get()
    assert follow_up.token in mail.outbox[-1].body
    address = url("grants:follow_up", world, token=follow_up.token)
    assert client.get(address).status_code == 200
    assert client.get(url("grants:follow_up", world, token="guess")).status_code == 404
    figures = {"jobs_created": "3", "new_products": "1", "turnover": "150000", "exports": "=1+1"}
    assert client.post(address, figures).status_code == 200  # a formula is not a number
    figures["exports"] = "20000"
    assert client.post(address, figures).status_code == 302
    follow_up.refresh_from_db()
    assert follow_up.jobs_created == 3 and follow_up.exports == D("20000")
    figures["jobs_created"] = "99"
    client.post(address, figures)
    follow_up.refresh_from_db()
    assert follow_up.jobs_created == 3
