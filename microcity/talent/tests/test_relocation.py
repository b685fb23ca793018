"""Relocation contact point: inquiry → case → offer → moved, the ledger, privacy by role, exports."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.models import AuditAction, AuditEvent, Indicator, OutcomeRecord, Person
from microcity.core.selectors import headline_count
from microcity.talent import relocation
from microcity.talent.models import CaseEvent, CaseStage, RelocationCase

pytestmark = pytest.mark.django_db
ALL_ROLES = [r.value for r in Role]
INQUIRY = {
    "first_name": "Anna",
    "last_name": "Bērziņa",
    "email": "anna@example.com",
    "phone": "",
    "profession": "Medicīnas māsa",
    "moving_from": "Dublina",
    "partner_profession": "Programmētājs",
    "children": "5 (bērnudārzs)",
    "housing_needs": "Divistabu dzīvoklis",
    "planned_move": None,
    "languages": "latviešu, angļu",
    "message": "",
}


@pytest.fixture
def consultants(valmiera):
    users = []
    for n in range(2):
        user = UserFactory(email=f"consultant{n}@valmiera.example.lv")
        MembershipFactory(user=user, city=valmiera, role=Role.RELOCATION_CONSULTANT)
        users.append(user)
    return users


def submit(city, **extra):
    with_data = {**INQUIRY, **extra}
    return relocation.inquiry_submit(city=city, data=with_data, language=extra.pop("language", "en"))


def test_inquiries_are_assigned_in_turn_and_confirmed_by_email(
    valmiera, consultants, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = submit(valmiera)
        second = submit(valmiera, email="b@example.com")
    assert {first.consultant, second.consultant} == set(consultants)
    assert first.stage == CaseStage.NEW and first.consent_given_at
    assert any("anna@example.com" in m.to for m in mail.outbox)
    assert any(m.to == [first.consultant.email] for m in mail.outbox)


def test_public_form_validates_and_keeps_nothing_on_error(client, valmiera, consultants):
    response = client.post("/en/valmiera/relocate/", {"first_name": "A", "email": "nope"})
    assert response.status_code == 200 and "error-summary" in response.content.decode()
    assert "2 years after it is closed" in response.content.decode()
    assert not RelocationCase.objects.exists()
    data = {k: v for k, v in INQUIRY.items() if v is not None}
    response = client.post("/lv/valmiera/relocate/", {**data, "consent": "on"})
    assert response.status_code == 302
    case = RelocationCase.objects.get()
    assert case.language == "lv" and case.person.email == "anna@example.com"


def test_pipeline_offer_moved_and_ledger_counts_once_however_often_reopened(
    valmiera, consultants, post_job, employer, django_capture_on_commit_callbacks
):
    case = submit(valmiera, language="en")
    consultant = case.consultant
    job = post_job()
    with django_capture_on_commit_callbacks(execute=True):
        relocation.offer_send(
            case=case,
            by=consultant,
            jobs=[job],
            partner_jobs=[],
            housing="Speciālistu dzīvoklis",
            schools="Bērnudārzs „Sprīdītis”",
            message="Welcome!",
        )
    case.refresh_from_db()
    assert case.stage == CaseStage.OFFER_SENT
    offer_mail = mail.outbox[-1]
    assert offer_mail.to == ["anna@example.com"] and "personal offer" in offer_mail.subject
    name, content, mimetype = offer_mail.attachments[0]
    assert mimetype == "application/pdf" and content.startswith(b"%PDF")
    relocation.case_transition(case=case, to=CaseStage.DECIDED, by=consultant)
    relocation.case_transition(
        case=case, to=CaseStage.MOVED, by=consultant, employer=employer, moved_on=dt.date(2026, 9, 1)
    )
    assert headline_count(indicator=Indicator.SPECIALIST_ATTRACTED, city=valmiera) == 1
    record = OutcomeRecord.objects.get()
    assert record.details["employer"] == employer.name and record.occurred_on == dt.date(2026, 9, 1)
    relocation.case_transition(case=case, to=CaseStage.CLOSED, by=consultant, close_reason="family")
    relocation.case_transition(case=case, to=CaseStage.IN_CONSULTATION, by=consultant)
    relocation.case_transition(case=case, to=CaseStage.DECIDED, by=consultant)
    relocation.case_transition(case=case, to=CaseStage.MOVED, by=consultant, employer=employer)
    second = submit(valmiera, language="en")
    second.person = case.person
    second.save()
    relocation.case_transition(case=second, to=CaseStage.IN_CONSULTATION, by=second.consultant or consultant)
    assert headline_count(indicator=Indicator.SPECIALIST_ATTRACTED, city=valmiera) == 1


def test_transitions_outside_the_pipeline_and_closing_without_reason_are_refused(valmiera, consultants):
    case = submit(valmiera)
    with pytest.raises(relocation.CaseError):
        relocation.case_transition(case=case, to=CaseStage.MOVED, by=case.consultant)
    with pytest.raises(relocation.CaseError):
        relocation.case_transition(case=case, to=CaseStage.CLOSED, by=case.consultant)


@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_role_against_every_case_view(role, valmiera, consultants, client_for, user_with_role):
    case = submit(valmiera)
    case.consultant = consultants[0]
    case.save()
    user = user_with_role(role)
    c = client_for(user)
    manager = role in {Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR}
    worker = manager or role == Role.RELOCATION_CONSULTANT
    assert (c.get("/lv/valmiera/relocation/cases/").status_code == 200) is worker
    stage_list = c.get("/lv/valmiera/relocation/cases/?stage=new")
    assert (stage_list.status_code == 200) is worker
    # The stage list names the case only for those who may open it.
    assert (f"/relocation/cases/{case.pk}/" in stage_list.content.decode()) is manager
    detail = c.get(f"/lv/valmiera/relocation/cases/{case.pk}/").status_code
    # A consultant who is not this case's consultant must not see it either.
    assert (detail == 200) is manager
    assert (c.get("/lv/valmiera/relocation/funnel/").status_code == 200) is manager
    assert (c.get("/lv/valmiera/relocation/export.csv").status_code == 200) is manager
    assert (c.get("/lv/valmiera/relocation/export.xlsx").status_code == 200) is manager


def test_the_cases_consultant_sees_it_and_each_view_is_audited(valmiera, consultants, client_for):
    case = submit(valmiera)
    c = client_for(case.consultant)
    assert c.get(f"/en/valmiera/relocation/cases/{case.pk}/", REMOTE_ADDR="198.51.100.9").status_code == 200
    event = AuditEvent.objects.get(action=AuditAction.VIEW)
    assert event.person == case.person and event.address == "198.51.100.9" and event.actor == case.consultant
    other = [u for u in consultants if u != case.consultant][0]
    assert client_for(other).get(f"/en/valmiera/relocation/cases/{case.pk}/").status_code == 404


def test_staff_of_another_city_see_nothing(valmiera, ventspils, consultants, client_for, user_with_role):
    case = submit(valmiera)
    foreign = client_for(user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils))
    assert foreign.get(f"/lv/valmiera/relocation/cases/{case.pk}/").status_code == 403
    assert foreign.get(f"/lv/ventspils/relocation/cases/{case.pk}/").status_code == 404


def test_board_query_count_is_fixed(valmiera, consultants, client_for, user_with_role):
    c = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    submit(valmiera)
    with CaptureQueriesContext(connection) as few:
        c.get("/lv/valmiera/relocation/cases/")
    for n in range(15):
        case = submit(valmiera, email=f"p{n}@example.com")
        relocation.case_event_add(
            case=case, by=case.consultant, kind="task", text="Zvanīt", due_on=timezone.localdate()
        )
    with CaptureQueriesContext(connection) as many:
        c.get("/lv/valmiera/relocation/cases/")
    assert len(many) == len(few)


def test_timeline_tasks_and_reminders(valmiera, consultants):
    case = submit(valmiera)
    with pytest.raises(relocation.CaseError):
        relocation.case_event_add(case=case, by=case.consultant, kind="task", text="Zvanīt")
    task = relocation.case_event_add(
        case=case, by=case.consultant, kind="task", text="Zvanīt Annai", due_on=timezone.localdate()
    )
    mail.outbox.clear()
    assert relocation.tasks_remind() == 1
    assert mail.outbox[0].to == [case.consultant.email] and "Zvanīt Annai" in mail.outbox[0].body
    assert relocation.tasks_remind() == 0, "one reminder per task"
    relocation.task_done(event=task, by=case.consultant)
    assert CaseEvent.objects.get(pk=task.pk).done_at is not None


def test_coordinator_reassigns_and_exports(valmiera, consultants, client_for, user_with_role):
    case = submit(valmiera)
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    other = [u for u in consultants if u != case.consultant][0]
    relocation.case_assign(case=case, consultant=other, by=coordinator)
    case.refresh_from_db()
    assert case.consultant == other
    with pytest.raises(relocation.NotAllowed):
        relocation.case_assign(case=case, consultant=consultants[0], by=other)
    c = client_for(coordinator)
    csv_body = c.get("/lv/valmiera/relocation/export.csv").content.decode("utf-8-sig")
    assert "anna@example.com" in csv_body and "Medicīnas māsa" in csv_body
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(c.get("/lv/valmiera/relocation/export.xlsx").content))
    assert book.active.max_row == 2
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT).count() == 2


def test_funnel_shows_stages_and_specialists_attracted(
    valmiera, consultants, client_for, user_with_role, employer
):
    case = submit(valmiera)
    for stage in (CaseStage.IN_CONSULTATION, CaseStage.DECIDED):
        relocation.case_transition(case=case, to=stage, by=case.consultant)
    relocation.case_transition(case=case, to=CaseStage.MOVED, by=case.consultant, employer=employer)
    submit(valmiera, email="x@example.com")
    html = (
        client_for(user_with_role(Role.PROGRAMME_COORDINATOR)).get("/en/valmiera/relocation/funnel/").content
    )
    text = html.decode()
    assert "Specialists attracted (moved) in the period: 1" in text
    assert 'data-stage="new">2<' in text and 'data-stage="moved">1<' in text


def test_person_sees_their_stage_and_offer(valmiera, consultants, post_job, client_for):
    from allauth.account.models import EmailAddress

    case = submit(valmiera)
    job = post_job()
    relocation.offer_send(
        case=case,
        by=case.consultant,
        jobs=[job],
        partner_jobs=[],
        housing="",
        schools="",
        message="Sveicināti!",
    )
    user = UserFactory(email="anna@example.com")
    EmailAddress.objects.create(user=user, email="anna@example.com", verified=True, primary=True)
    html = client_for(user).get("/en/account/relocation/").content.decode()
    assert 'data-stage="offer_sent"' in html and job.title in html
    stranger = UserFactory(email="anna@example.com.evil")
    assert job.title not in client_for(stranger).get("/en/account/relocation/").content.decode()


def test_closed_cases_are_anonymised_after_retention_and_the_count_stays(valmiera, consultants, employer):
    case = submit(valmiera)
    for stage in (CaseStage.IN_CONSULTATION, CaseStage.DECIDED):
        relocation.case_transition(case=case, to=stage, by=case.consultant)
    relocation.case_transition(case=case, to=CaseStage.MOVED, by=case.consultant, employer=employer)
    relocation.case_transition(case=case, to=CaseStage.CLOSED, by=case.consultant, close_reason="other")
    assert relocation.cases_anonymise() == 0, "not before the retention period"
    later = timezone.now() + dt.timedelta(days=relocation.RETENTION_DAYS + 1)
    assert relocation.cases_anonymise(now=later) == 1
    case.refresh_from_db()
    assert case.profession == "" and case.anonymised_at is not None
    assert Person.objects.get(pk=case.person_id).email == ""
    assert headline_count(indicator=Indicator.SPECIALIST_ATTRACTED, city=valmiera) == 1


def test_case_detail_forms_work_through_http(valmiera, consultants, client_for, post_job):
    case = submit(valmiera)
    c = client_for(case.consultant)
    url = f"/en/valmiera/relocation/cases/{case.pk}/"
    assert (
        c.post(url, {"action": "event", "kind": "task", "text": "x"}).status_code == 200
    )  # due date missing
    assert c.post(url, {"action": "event", "kind": "note", "text": "Runājām pa tālruni."}).status_code == 302
    assert c.post(url, {"action": "stage", "stage": "in_consultation"}).status_code == 302
    job = post_job()
    assert c.post(url, {"action": "offer", "jobs": [job.pk], "housing": "Dzīvoklis"}).status_code == 302
    case.refresh_from_db()
    assert case.stage == CaseStage.OFFER_SENT
    offer = case.offers.get()
    pdf = c.get(f"/en/valmiera/relocation/cases/{case.pk}/offers/{offer.pk}.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    html = c.get(url).content.decode()
    assert "Runājām pa tālruni." in html


def test_relocate_page_in_both_languages(valmiera):
    for lang in ("lv", "en"):
        html = Client().get(f"/{lang}/valmiera/relocate/").content.decode()
        assert html.count("<h1") == 1 and 'name="consent"' in html


def test_person_downloads_their_case_and_deletion_erases_it(valmiera, consultants, client_for):
    import json

    from allauth.account.models import EmailAddress

    case = submit(valmiera)
    user = UserFactory(email="anna@example.com")
    EmailAddress.objects.create(user=user, email="anna@example.com", verified=True, primary=True)
    case.person.user = user
    case.person.save()
    c = client_for(user)
    data = json.loads(c.get("/en/account/my-data/").content)
    assert data["relocation_cases"][0]["profession"] == "Medicīnas māsa"
    from microcity.accounts.tests.factories import PASSWORD

    assert c.post("/en/account/delete/", {"password": PASSWORD}).status_code == 302
    case.refresh_from_db()
    assert case.profession == "" and case.stage == CaseStage.CLOSED and case.anonymised_at


def test_board_columns_show_the_newest_cases_and_link_to_every_case_in_a_stage(
    valmiera, consultants, client_for, user_with_role
):
    coordinator = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    cases = [submit(valmiera, email=f"p{n}@example.com") for n in range(13)]
    board = coordinator.get("/en/valmiera/relocation/cases/").content.decode()
    assert "The newest 10 of 13." in board and "?stage=new" in board
    assert f"/relocation/cases/{cases[-1].pk}/" in board  # newest shown
    assert f"/relocation/cases/{cases[0].pk}/" not in board  # oldest only in the full list
    first = coordinator.get("/en/valmiera/relocation/cases/?stage=new").content.decode()
    assert all(f"/relocation/cases/{case.pk}/" in first for case in cases)
    assert coordinator.get("/en/valmiera/relocation/cases/?stage=nonsense").status_code == 404
    assert "Page 1 of" not in first  # 13 cases fit on one page of 50
    with CaptureQueriesContext(connection) as few:
        coordinator.get("/en/valmiera/relocation/cases/?stage=new")
    for n in range(20):
        submit(valmiera, email=f"q{n}@example.com")
    with CaptureQueriesContext(connection) as many:
        coordinator.get("/en/valmiera/relocation/cases/?stage=new")
    assert len(many) == len(few)


def test_a_consultant_lists_only_their_own_cases_in_a_stage(valmiera, consultants, client_for):
    own = submit(valmiera, email="own@example.com")
    other = submit(valmiera, email="other@example.com")
    assert own.consultant != other.consultant
    html = client_for(own.consultant).get("/en/valmiera/relocation/cases/?stage=new").content.decode()
    assert f"/relocation/cases/{own.pk}/" in html and f"/relocation/cases/{other.pk}/" not in html


def test_board_links_carry_plain_case_numbers(rf, valmiera):
    """Latvian number formatting writes 12345 as "12 345": a link must never be formatted."""
    from django.template.loader import render_to_string
    from django.utils import translation

    card = {"pk": 12345, "person": "Anna Bērziņa", "profession": "ārste", "consultant": ""}
    task = {"case_id": 23456, "person": "Anna Bērziņa", "text": "Zvanīt", "due_on": timezone.localdate()}
    request = rf.get("/lv/valmiera/relocation/cases/")
    request.user = UserFactory()
    with translation.override("lv"):
        html = render_to_string(
            "talent/case_board.html",
            {
                "city": valmiera,
                "case_prefix": "/lv/valmiera/relocation/cases/",
                "columns": [(CaseStage.NEW, [card], 1)],
                "tasks": [task],
            },
            request=request,
        )
    assert 'href="/lv/valmiera/relocation/cases/12345/"' in html
    assert 'href="/lv/valmiera/relocation/cases/23456/"' in html


def test_a_case_without_a_consultant_opens_for_the_coordinator(valmiera, client_for, user_with_role):
    """A city with no relocation consultant yet still takes inquiries; their case page must open."""
    case = submit(valmiera)
    assert case.consultant is None
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    response = client_for(coordinator).get(f"/lv/valmiera/relocation/cases/{case.pk}/")
    assert response.status_code == 200
    assert "—" in response.content.decode()
