"""Career pages through the HTTP client: the owner's portfolio, sharing, exports, counselling and activities,
and who may open what (no leaks to another youth, an unlinked guardian, a counsellor of another city)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from PIL import Image
from pypdf import PdfReader

from microcity.accounts.models import Role
from microcity.careers import counselling, services
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import (
    Booking,
    BookingStatus,
    Entry,
    Evidence,
    Goal,
    InterestAssessment,
    PortfolioSkill,
    Registration,
    RegistrationStatus,
    Section,
    SectionSharing,
    ShareLink,
    ShareLinkOpening,
    Skill,
    Visibility,
)
from microcity.careers.tests.factories import ActivityFactory, BookingFactory, EntryFactory
from microcity.conftest import ALL_ROLES
from microcity.core.models import AuditAction, AuditEvent, Indicator
from microcity.core.selectors import headline_count
from microcity.core.tests.factories import OrganisationFactory
from microcity.tests.confirm import confirm_labelled

pytestmark = pytest.mark.django_db


def png_upload(name="certificate.png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def answers(value=3, **override):
    data = {s.key: str(value) for s in STATEMENTS}
    data.update({k: str(v) for k, v in override.items()})
    return data


def share(portfolio, section, visibility):
    SectionSharing.objects.update_or_create(
        portfolio=portfolio, section=section, defaults={"visibility": visibility}
    )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


# --- The owner's portfolio ------------------------------------------------------------------------


def test_youth_starts_a_portfolio(client_for, youth, owner):
    c = client_for(owner)
    response = c.get(reverse("portfolio:overview"))
    assert response.status_code == 200
    assert b"Start my portfolio" in response.content
    assert c.post(reverse("portfolio:start")).status_code == 302
    response = c.get(reverse("portfolio:overview"))
    assert response.status_code == 200
    assert b"section-education" in response.content


def test_under_13_cannot_start(client_for, make_youth):
    child = make_youth(age=12)
    c = client_for(child.user)
    response = c.get(reverse("portfolio:overview"))
    assert b"Start my portfolio" not in response.content
    c.post(reverse("portfolio:start"))
    assert not hasattr(child, "portfolio") or child.portfolio is None


def test_owner_builds_every_section(client_for, owner, portfolio):
    c = client_for(owner)
    assert c.post(reverse("portfolio:about"), {"about": "Man patīk roboti."}).status_code == 302
    for slug, section in (
        ("education", Section.EDUCATION),
        ("experience", Section.EXPERIENCE),
        ("informal-learning", Section.INFORMAL_LEARNING),
        ("achievements", Section.ACHIEVEMENTS),
        ("reflections", Section.REFLECTIONS),
    ):
        url = reverse("portfolio:entry_new", kwargs={"section": slug})
        assert c.get(url).status_code == 200
        data = {"title": f"T {slug}", "starts_on": "2025-09-01", "description": "Apraksts"}
        response = c.post(url, data)
        assert response.status_code == 302, response.content
        assert Entry.objects.get(portfolio=portfolio, title=f"T {slug}").section == section
    bad = c.post(
        reverse("portfolio:entry_new", kwargs={"section": "education"}),
        {"title": "X", "starts_on": "2025-09-01", "ends_on": "2024-01-01"},
    )
    assert bad.status_code == 200 and b"error-summary" in bad.content
    assert c.get(reverse("portfolio:entry_new", kwargs={"section": "skills"})).status_code == 404
    skill = Skill.objects.filter(is_active=True).first()
    assert c.post(reverse("portfolio:skills"), {"skill": skill.pk}).status_code == 302
    assert c.post(reverse("portfolio:skills"), {"free_text": "Arduino"}).status_code == 302
    both = c.post(reverse("portfolio:skills"), {"skill": skill.pk, "free_text": "Arduino"})
    assert both.status_code == 200
    assert PortfolioSkill.objects.filter(portfolio=portfolio).count() == 2
    response = c.post(
        reverse("portfolio:goal_new"), {"title": "Iestāties tehnikumā", "target_on": "2027-08-31"}
    )
    goal = Goal.objects.get(portfolio=portfolio)
    assert response.url == reverse("portfolio:goal", kwargs={"pk": goal.pk})
    c.post(response.url, {"action": "step", "title": "Atvērto durvju diena", "due_on": "2027-01-20"})
    step = goal.steps.get()
    c.post(response.url, {"action": "done", "step": step.pk})
    step.refresh_from_db()
    assert step.done_at is not None
    visibility = dict.fromkeys(Section.values, Visibility.PRIVATE) | {"education": Visibility.GUARDIAN}
    assert c.post(reverse("portfolio:visibility"), visibility).status_code == 302
    assert (
        SectionSharing.objects.get(portfolio=portfolio, section="education").visibility == Visibility.GUARDIAN
    )
    page = c.get(reverse("portfolio:overview"))
    for text in ("Man patīk roboti.", "T reflections", skill.label_en, "Arduino", "Atvērto durvju diena"):
        assert text in page.content.decode()
    entry = Entry.objects.get(title="T education")
    html = c.get(reverse("portfolio:entry_edit", kwargs={"pk": entry.pk})).content.decode()
    step = confirm_labelled(html, "Delete the entry and its files")
    assert step.button == "Yes, delete the entry"
    assert step.action == reverse("portfolio:entry_delete", kwargs={"pk": entry.pk})
    assert c.post(step.action, step.data).status_code == 302
    assert not Entry.objects.filter(pk=entry.pk).exists()


def test_verified_entry_keeps_what_the_programme_stated(client_for, owner, youth, portfolio):
    entry = services.portfolio_add_verified_entry(
        person=youth,
        section=Section.EXPERIENCE,
        title="Vasaras darbs",
        source_key="x:1",
        source_label="Valmiera",
    )
    c = client_for(owner)
    url = reverse("portfolio:entry_edit", kwargs={"pk": entry.pk})
    assert b"Verified by Valmiera" in c.get(url).content
    c.post(url, {"title": "Direktors", "description": "Laistīju puķes."})
    entry.refresh_from_db()
    assert entry.title == "Vasaras darbs" and entry.description == "Laistīju puķes."


def test_interest_questionnaire_and_history(client_for, owner, portfolio):
    c = client_for(owner)
    url = reverse("portfolio:interests_take")
    page = c.get(url).content.decode()
    assert page.count("<fieldset") == len(STATEMENTS) == 30
    assert page.count('type="radio"') == 150
    incomplete = answers()
    del incomplete["R1"]
    response = c.post(url, incomplete)
    assert response.status_code == 200 and 'href="#q-R1"' in response.content.decode()
    assert c.post(url, answers(2, I1="5", I2="5", I3="5", I4="5", I5="5")).status_code == 302
    assert c.post(url, answers(4)).status_code == 302
    history = list(InterestAssessment.objects.filter(portfolio=portfolio))
    assert len(history) == 2 and history[1].code.startswith("I")
    page = c.get(reverse("portfolio:interests")).content.decode()
    assert history[0].code in page and history[1].code in page


def test_professions_link_jobs_and_materials(client_for, owner, portfolio):
    services.assessment_submit(
        portfolio=portfolio,
        by=owner,
        answers={k: int(v) for k, v in answers(2, I1="5", I2="5", I3="5", I4="5", I5="5").items()},
    )
    response = client_for(owner).get(reverse("portfolio:professions"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "/en/valmiera/jobs/?group=" in page
    assert "/en/materials/?q=" in page


# --- Evidence files -------------------------------------------------------------------------------


def test_evidence_upload_and_permission_checked_download(
    client_for,
    owner,
    portfolio,
    guardian,
    other_guardian,
    make_youth,
    client,
):
    entry = EntryFactory(portfolio=portfolio, section=Section.ACHIEVEMENTS)
    c = client_for(owner)
    c.post(reverse("portfolio:evidence_add", kwargs={"pk": entry.pk}), {"file": png_upload()})
    evidence = Evidence.objects.get(entry=entry)
    url = reverse("portfolio:evidence", kwargs={"pk": evidence.pk})
    response = c.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]
    assert client_for(guardian).get(url).status_code == 404  # not shared yet
    share(portfolio, Section.ACHIEVEMENTS, Visibility.GUARDIAN)
    assert client_for(guardian).get(url).status_code == 200
    assert client_for(other_guardian).get(url).status_code == 404
    assert client_for(make_youth().user).get(url).status_code == 404
    assert client.get(url).status_code == 302  # to sign-in
    c.post(reverse("portfolio:evidence_add", kwargs={"pk": entry.pk}), {"file": io.BytesIO(b"<script>")})
    assert Evidence.objects.filter(entry=entry).count() == 1


# --- Share links ----------------------------------------------------------------------------------


def test_share_link_create_open_log_revoke(client_for, owner, portfolio, client, settings):
    EntryFactory(portfolio=portfolio, section=Section.EDUCATION, title="Valmieras ģimnāzija 9. klase")
    EntryFactory(portfolio=portfolio, section=Section.REFLECTIONS, title="Slepena pārdoma")
    c = client_for(owner)
    expires = (timezone.localdate() + dt.timedelta(days=14)).isoformat()
    too_long = (timezone.localdate() + dt.timedelta(days=200)).isoformat()
    bad = c.post(
        reverse("portfolio:share_links"),
        {"label": "SIA X", "sections": ["education"], "expires_on": too_long},
    )
    assert bad.status_code == 200 and not ShareLink.objects.exists()
    response = c.post(
        reverse("portfolio:share_links"),
        {"label": "SIA Darba devējs", "sections": ["about", "education"], "expires_on": expires},
    )
    page = response.content.decode()
    assert response.status_code == 200 and 'id="new-link-url"' in page
    url = page.split('id="new-link-url" type="text" readonly value="')[1].split('"')[0]
    assert url.startswith(settings.SITE_URL + "/")
    path = url.removeprefix(settings.SITE_URL)
    shared = client.get(path, HTTP_USER_AGENT="EmployerBrowser/1.0", REMOTE_ADDR="192.0.2.7")
    assert shared.status_code == 200
    text = shared.content.decode()
    assert "Valmieras ģimnāzija 9. klase" in text and "Slepena pārdoma" not in text
    assert shared["X-Robots-Tag"].startswith("noindex")
    opening = ShareLinkOpening.objects.get()
    assert opening.address == "192.0.2.7" and opening.user_agent == "EmployerBrowser/1.0"
    listing = c.get(reverse("portfolio:share_links")).content.decode()
    assert 'data-openings="1"' in listing
    assert (
        "EmployerBrowser"
        in c.get(reverse("portfolio:share_link_openings", kwargs={"pk": opening.link_id})).content.decode()
    )
    c.post(reverse("portfolio:share_link_revoke", kwargs={"pk": opening.link_id}))
    assert client.get(path).status_code == 404
    assert client.get(reverse("portfolio:shared", kwargs={"token": "nonsense"})).status_code == 404
    assert ShareLinkOpening.objects.count() == 1


def test_share_link_evidence_only_for_shown_sections(client_for, owner, portfolio, client):
    shown = EntryFactory(portfolio=portfolio, section=Section.ACHIEVEMENTS)
    hidden = EntryFactory(portfolio=portfolio, section=Section.REFLECTIONS)
    a = services.evidence_add(entry=shown, by=owner, upload=png_upload())
    b = services.evidence_add(entry=hidden, by=owner, upload=png_upload())
    _link, token = services.share_link_create(
        portfolio=portfolio,
        by=owner,
        label="X",
        sections=["achievements"],
        expires_at=timezone.now() + dt.timedelta(days=3),
    )
    assert (
        client.get(reverse("portfolio:shared_evidence", kwargs={"token": token, "pk": a.pk})).status_code
        == 200
    )
    assert (
        client.get(reverse("portfolio:shared_evidence", kwargs={"token": token, "pk": b.pk})).status_code
        == 404
    )


# --- Exports --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["lv", "en"])
def test_pdf_export_in_the_chosen_language(client_for, owner, portfolio, language):
    EntryFactory(
        portfolio=portfolio,
        section=Section.EXPERIENCE,
        title="Palīgs kafejnīcā",
        organisation_name="Kafejnīca Rozā",
    )
    services.skill_add(portfolio=portfolio, by=owner, free_text="Kafijas gatavošana")
    response = client_for(owner).get(
        reverse("portfolio:export"),
        {"format": "pdf", "language": language, "sections": ["about", "experience", "skills"]},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response.content.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Palīgs kafejnīcā" in text and "Kafijas gatavošana" in text
    with translation.override(language):
        skills_heading = gettext("Skills")
    assert skills_heading.upper() in text.upper()


def test_json_resume_export_has_the_schema_shape(client_for, owner, portfolio):
    EntryFactory(
        portfolio=portfolio, section=Section.EXPERIENCE, title="Palīgs", starts_on=dt.date(2025, 6, 1)
    )
    EntryFactory(portfolio=portfolio, section=Section.EDUCATION, title="9. klase")
    EntryFactory(
        portfolio=portfolio, section=Section.ACHIEVEMENTS, title="Olimpiāde", starts_on=dt.date(2025, 3, 1)
    )
    EntryFactory(portfolio=portfolio, section=Section.REFLECTIONS, title="Privāti")
    services.skill_add(portfolio=portfolio, by=owner, free_text="Lodēšana")
    services.assessment_submit(portfolio=portfolio, by=owner, answers={s.key: 3 for s in STATEMENTS})
    response = client_for(owner).get(
        reverse("portfolio:export"),
        {
            "format": "json",
            "language": "en",
            "sections": ["about", "experience", "education", "achievements", "skills", "interests"],
        },
    )
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert isinstance(data["basics"]["name"], str) and data["basics"]["name"]
    assert data["basics"]["location"]["countryCode"] == "LV"
    assert data["work"][0] == {
        "name": "Valmieras Valsts ģimnāzija",
        "position": "Palīgs",
        "startDate": "2025-06-01",
    }
    assert data["education"][0]["area"] == "9. klase"
    assert data["awards"][0]["title"] == "Olimpiāde" and data["awards"][0]["date"] == "2025-03-01"
    assert data["skills"] == [{"name": "Lodēšana"}]
    assert len(data["interests"]) == 3 and all(isinstance(i["keywords"], list) for i in data["interests"])
    for key in ("work", "education", "awards", "skills", "interests"):
        assert isinstance(data[key], list)
        for item in data[key]:
            assert all(v not in (None, "") for v in item.values())
    assert "Privāti" not in response.content.decode()
    assert "x-microcity" not in data


# --- Who sees what --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ALL_ROLES)
def test_no_role_sees_an_unshared_portfolio(client_for, user_with_role, portfolio, role):
    EntryFactory(portfolio=portfolio, section=Section.EDUCATION, title="Slepens ieraksts")
    user = user_with_role(role)
    c = client_for(user)
    assert c.get(reverse("portfolio:youth", kwargs={"pk": portfolio.pk})).status_code == 404
    own = c.get(reverse("portfolio:overview"))
    assert own.status_code == 200 and b"Slepens ieraksts" not in own.content
    assert c.get(reverse("portfolio:skills")).status_code == 404


@pytest.mark.parametrize("role", ALL_ROLES)
def test_role_access_to_counselling_pages(client_for, user_with_role, valmiera, role):
    c = client_for(user_with_role(role))
    city = {"city": valmiera.slug}
    expected = {
        "careers:overview": 200 if role in {Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR} else 403,
        "careers:sessions": 200 if role == Role.COUNSELLOR else 403,
        # A coordinator keeps the city's counsellors' hours for them.
        "careers:availability": 200 if role in {Role.COUNSELLOR, Role.PROGRAMME_COORDINATOR} else 403,
        "careers:portfolios": 200 if role == Role.COUNSELLOR else 403,
        "careers:counselling": 200,
        "careers:activities": 200,
        "careers:activity_new": 200 if role in {Role.COUNSELLOR, Role.PROGRAMME_COORDINATOR} else 403,
    }
    for name, status in expected.items():
        assert c.get(reverse(name, kwargs=city)).status_code == status, name


def test_guardian_and_counsellor_see_only_shared_sections_and_are_audited(
    client_for,
    portfolio,
    guardian,
    other_guardian,
    counsellor,
    ventspils_counsellor,
):
    EntryFactory(portfolio=portfolio, section=Section.EDUCATION, title="Skolas ieraksts")
    EntryFactory(portfolio=portfolio, section=Section.REFLECTIONS, title="Pārdoma tikai man")
    share(portfolio, Section.EDUCATION, Visibility.BOTH)
    url = reverse("portfolio:youth", kwargs={"pk": portfolio.pk})
    for viewer in (guardian, counsellor):
        response = client_for(viewer).get(url)
        assert response.status_code == 200
        assert "Skolas ieraksts" in response.content.decode()
        assert "Pārdoma tikai man" not in response.content.decode()
        assert AuditEvent.objects.filter(actor=viewer, action=AuditAction.VIEW).count() == 1
    assert client_for(other_guardian).get(url).status_code == 404
    assert client_for(ventspils_counsellor).get(url).status_code == 404
    listing = client_for(guardian).get(reverse("portfolio:youths")).content.decode()
    assert url in listing
    shared = (
        client_for(counsellor)
        .get(reverse("careers:portfolios", kwargs={"city": "valmiera"}))
        .content.decode()
    )
    assert url in shared


def test_another_youth_cannot_touch_my_entries(client_for, portfolio, make_youth):
    entry = EntryFactory(portfolio=portfolio)
    intruder = make_youth()
    services.portfolio_create(person=intruder, by=intruder.user)
    c = client_for(intruder.user)
    assert c.get(reverse("portfolio:entry_edit", kwargs={"pk": entry.pk})).status_code == 404
    assert c.post(reverse("portfolio:entry_delete", kwargs={"pk": entry.pk})).status_code == 404
    assert Entry.objects.filter(pk=entry.pk).exists()


# --- Counselling ----------------------------------------------------------------------------------


def test_youth_books_moves_and_cancels(client_for, owner, youth, counsellor, hours, next_monday):
    c = client_for(owner)
    page = c.get(
        reverse("careers:counselling", kwargs={"city": "valmiera"}), {"week": next_monday.isoformat()}
    ).content.decode()
    first = dt.datetime.combine(next_monday, dt.time(9, 0), tzinfo=timezone.get_current_timezone())
    assert first.isoformat() in page
    response = c.post(
        reverse("careers:book", kwargs={"city": "valmiera"}),
        {"counsellor": counsellor.pk, "starts_at": first.isoformat()},
    )
    booking = Booking.objects.get(youth=youth)
    assert response.url == reverse("careers:booking", kwargs={"city": "valmiera", "pk": booking.pk})
    later = first + dt.timedelta(minutes=90)
    c.post(
        reverse("careers:booking_move", kwargs={"city": "valmiera", "pk": booking.pk}),
        {"starts_at": later.isoformat()},
    )
    booking.refresh_from_db()
    assert booking.starts_at == later
    # Cancelling asks once more: the booking page's confirmation step holds the reason and the final button.
    html = c.get(reverse("careers:booking", kwargs={"city": "valmiera", "pk": booking.pk})).content.decode()
    step = confirm_labelled(html, "Cancel the session")
    assert step.question == "Cancel this session?" and step.button == "Yes, cancel the session"
    assert step.action == reverse("careers:booking_cancel", kwargs={"city": "valmiera", "pk": booking.pk})
    c.post(step.action, {**step.data, "reason": "Slims"})
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED and booking.cancel_reason == "Slims"


def test_session_record_private_notes_for_the_counsellor_only(
    client_for, owner, youth, counsellor, colleague, coordinator, guardian
):
    booking = BookingFactory(
        youth=youth, counsellor=counsellor, starts_at=timezone.now() - dt.timedelta(hours=2)
    )
    url = reverse("careers:booking", kwargs={"city": "valmiera", "pk": booking.pk})
    c = client_for(counsellor)
    response = c.post(
        reverse("careers:booking_mark", kwargs={"city": "valmiera", "pk": booking.pk}), {"action": "attended"}
    )
    assert response.url == reverse("careers:session_record", kwargs={"city": "valmiera", "pk": booking.pk})
    c.post(
        response.url,
        {
            "topics": "Tehnikuma programmas",
            "private_notes": "Ģimenē grūtības",
            "step_1": "Apmeklēt atvērtās durvis",
            "due_1": "2030-01-10",
        },
    )
    assert "Ģimenē grūtības" in c.get(url).content.decode()
    youth_page = client_for(owner).get(url).content.decode()
    assert "Tehnikuma programmas" in youth_page and "Apmeklēt atvērtās durvis" in youth_page
    assert "Ģimenē grūtības" not in youth_page
    assert (
        "Apmeklēt atvērtās durvis"
        in client_for(owner).get(reverse("careers:counselling", kwargs={"city": "valmiera"})).content.decode()
    )
    assert client_for(colleague).get(url).status_code == 404
    for viewer in (coordinator, guardian):
        response = client_for(viewer).get(url)
        assert response.status_code == 200
        assert "Ģimenē grūtības" not in response.content.decode()
    assert (
        client_for(coordinator)
        .get(reverse("careers:session_record", kwargs={"city": "valmiera", "pk": booking.pk}))
        .status_code
        == 403
    )
    step = booking.record.next_steps.get()
    client_for(owner).post(
        reverse("careers:next_step_done", kwargs={"city": "valmiera", "pk": step.pk}), {"done": "1"}
    )
    step.refresh_from_db()
    assert step.done_at is not None


def test_no_show_and_booking_of_another_city(client_for, youth, counsellor, ventspils_counsellor):
    booking = BookingFactory(
        youth=youth, counsellor=counsellor, starts_at=timezone.now() - dt.timedelta(hours=2)
    )
    client_for(counsellor).post(
        reverse("careers:booking_mark", kwargs={"city": "valmiera", "pk": booking.pk}), {"action": "no_show"}
    )
    booking.refresh_from_db()
    assert booking.status == BookingStatus.NO_SHOW
    assert (
        client_for(ventspils_counsellor)
        .get(reverse("careers:booking", kwargs={"city": "valmiera", "pk": booking.pk}))
        .status_code
        == 404
    )
    assert (
        client_for(counsellor)
        .get(reverse("careers:booking", kwargs={"city": "ventspils", "pk": booking.pk}))
        .status_code
        == 404
    )


def test_counsellor_manages_availability(client_for, counsellor, owner, next_monday):
    c = client_for(counsellor)
    url = reverse("careers:availability", kwargs={"city": "valmiera"})
    response = c.post(
        url,
        {
            "action": "pattern",
            "weekday": "0",
            "starts_at": "09:00",
            "ends_at": "11:00",
            "slot_minutes": "60",
            "valid_from": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 302
    c.post(url, {"action": "exception", "date": next_monday.isoformat(), "reason": "Atvaļinājums"})
    page = c.get(url).content.decode()
    assert "Atvaļinājums" in page
    assert counselling.slots_for(counsellor=counsellor, start=next_monday, end=next_monday) == []
    assert client_for(owner).get(url).status_code == 403


def test_coordinator_overview_counts_per_school(client_for, coordinator, youth, counsellor):
    booking = BookingFactory(
        youth=youth,
        counsellor=counsellor,
        school=youth.school,
        starts_at=timezone.now() - dt.timedelta(days=2),
    )
    counselling.booking_mark_attended(booking=booking, by=counsellor)
    page = (
        client_for(coordinator).get(reverse("careers:overview", kwargs={"city": "valmiera"})).content.decode()
    )
    assert youth.school.name in page
    assert youth.full_name not in page


# --- Activities and the ledger --------------------------------------------------------------------


def test_activity_register_waitlist_cancel_attend_counts_once(
    client_for, owner, youth, make_youth, counsellor, valmiera
):
    activity = ActivityFactory(city=valmiera, capacity=1)
    url = reverse("careers:activity", kwargs={"city": "valmiera", "pk": activity.pk})
    other = make_youth()
    client_for(other.user).post(url, {"action": "register"})
    client_for(owner).post(url, {"action": "register"})
    mine = Registration.objects.get(youth=youth)
    assert mine.status == RegistrationStatus.WAITLISTED
    assert "number 1" in client_for(owner).get(url).content.decode()
    listing = (
        client_for(owner).get(reverse("careers:activities", kwargs={"city": "valmiera"})).content.decode()
    )
    assert 'data-places-left="0"' in listing
    html = client_for(other.user).get(url).content.decode()
    step = confirm_labelled(html, "Cancel my registration")
    assert step.button == "Yes, cancel my registration" and step.data == {"action": "cancel"}
    client_for(other.user).post(step.action, step.data)
    mine.refresh_from_db()
    assert mine.status == RegistrationStatus.REGISTERED
    assert (
        client_for(owner)
        .get(reverse("careers:attendance", kwargs={"city": "valmiera", "pk": activity.pk}))
        .status_code
        == 403
    )
    type(activity).objects.filter(pk=activity.pk).update(
        starts_at=timezone.now() - dt.timedelta(hours=1),
        ends_at=timezone.now() + dt.timedelta(hours=3),
        registration_deadline=timezone.now() - dt.timedelta(days=1),
    )
    client_for(counsellor).post(
        reverse("careers:attendance", kwargs={"city": "valmiera", "pk": activity.pk}),
        {"registration": mine.pk},
    )
    mine.refresh_from_db()
    assert mine.status == RegistrationStatus.ATTENDED
    assert Entry.objects.filter(
        portfolio__person=youth, source_key=f"careers.activity:{activity.pk}"
    ).exists()
    booking = BookingFactory(
        youth=youth, counsellor=counsellor, starts_at=timezone.now() - dt.timedelta(hours=3)
    )
    client_for(counsellor).post(
        reverse("careers:booking_mark", kwargs={"city": "valmiera", "pk": booking.pk}), {"action": "attended"}
    )
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=valmiera) == 1


def test_staff_announce_an_activity_and_change_its_places(
    client_for, coordinator, owner, make_youth, valmiera
):
    from microcity.careers.models import Activity

    host = OrganisationFactory(city=valmiera, name="SIA Gaujas Piens")
    url = reverse("careers:activity_new", kwargs={"city": "valmiera"})
    start = timezone.localtime() + dt.timedelta(days=10)
    data = {
        "kind": "job_shadow",
        "title": "Ēnu diena pienotavā",
        "description": "",
        "host": "",
        "location": "Valmiera",
        "starts_at": start.strftime("%Y-%m-%dT09:00"),
        "ends_at": start.strftime("%Y-%m-%dT08:00"),
        "registration_deadline": (start + dt.timedelta(days=1)).strftime("%Y-%m-%dT09:00"),
        "capacity": "1",
        "min_age": "13",
        "max_age": "19",
    }
    refused = client_for(coordinator).post(f"/en{url[3:]}", data)
    text = refused.content.decode()
    assert refused.status_code == 200 and not Activity.objects.exists()
    assert "needs its host employer" in text and "end after it starts" in text and "close before" in text
    data.update(
        host=host.pk,
        ends_at=start.strftime("%Y-%m-%dT15:00"),
        registration_deadline=(start - dt.timedelta(days=2)).strftime("%Y-%m-%dT09:00"),
    )
    response = client_for(coordinator).post(url, data)
    activity = Activity.objects.get()
    assert response.status_code == 302 and activity.host == host and activity.capacity == 1
    assert client_for(owner).post(url, data).status_code == 403

    page = reverse("careers:activity", kwargs={"city": "valmiera", "pk": activity.pk})
    client_for(make_youth().user).post(page, {"action": "register"})
    client_for(owner).post(page, {"action": "register"})
    assert Registration.objects.get(youth__user=owner).status == RegistrationStatus.WAITLISTED
    places = reverse("careers:activity_capacity", kwargs={"city": "valmiera", "pk": activity.pk})
    assert client_for(owner).post(places, {"capacity": "2"}).status_code == 403
    client_for(coordinator).post(places, {"capacity": "0"})
    client_for(coordinator).post(places, {"capacity": "2"})
    assert Registration.objects.get(youth__user=owner).status == RegistrationStatus.REGISTERED
    activity.refresh_from_db()
    assert activity.capacity == 2
    # Fewer places than are taken: refused with the reason, nothing changes.
    response = client_for(coordinator).post(f"/en{places[3:]}", {"capacity": "1"}, follow=True)
    assert "cannot be fewer places" in response.content.decode()
    activity.refresh_from_db()
    assert activity.capacity == 2


def test_job_shadow_shows_host(client_for, owner, valmiera):
    host = OrganisationFactory(city=valmiera, name="SIA Gaujas Piens")
    ActivityFactory(city=valmiera, kind="job_shadow", host=host, title="Ēnu diena")
    page = client_for(owner).get(reverse("careers:activities", kwargs={"city": "valmiera"})).content.decode()
    assert "Ēnu diena" in page and "SIA Gaujas Piens" in page


# --- Query counts ---------------------------------------------------------------------------------


def test_list_pages_have_fixed_query_counts(
    client_for,
    owner,
    portfolio,
    counsellor,
    coordinator,
    youth,
    make_youth,
    valmiera,
):
    c = client_for(owner)
    staff = client_for(counsellor)
    urls = {
        "portfolio": (c, reverse("portfolio:overview")),
        "share": (c, reverse("portfolio:share_links")),
        "activities": (c, reverse("careers:activities", kwargs={"city": "valmiera"})),
        "sessions": (staff, reverse("careers:sessions", kwargs={"city": "valmiera"})),
        "overview": (client_for(coordinator), reverse("careers:overview", kwargs={"city": "valmiera"})),
    }

    def grow(n):
        for i in range(n):
            entry = EntryFactory(portfolio=portfolio, section=Section.EXPERIENCE)
            services.evidence_add(entry=entry, by=owner, upload=png_upload())
            services.share_link_create(
                portfolio=portfolio,
                by=owner,
                label=f"L{i}",
                sections=["about"],
                expires_at=timezone.now() + dt.timedelta(days=3),
            )
            ActivityFactory(city=valmiera)
            BookingFactory(
                youth=make_youth(),
                counsellor=counsellor,
                starts_at=timezone.now() + dt.timedelta(days=1, hours=i),
            )

    grow(2)
    before = {name: count_queries(client, url) for name, (client, url) in urls.items()}
    grow(6)
    after = {name: count_queries(client, url) for name, (client, url) in urls.items()}
    assert before == after


def test_ids_in_forms_are_not_localised(settings):
    """A counsellor number 1282 must be posted as "1282", not "1 282" (Latvian thousands separator)."""
    from types import SimpleNamespace

    from django.template.loader import render_to_string

    settings.USE_THOUSAND_SEPARATOR = True
    slot = SimpleNamespace(starts_at=timezone.now())
    counsellor = SimpleNamespace(pk=1282, get_full_name="Māris Ozols")
    with translation.override("lv"):
        html = render_to_string(
            "careers/_slots.html",
            {
                "days": [{"day": timezone.localdate(), "slots": [slot]}],
                "counsellor": counsellor,
                "action": "/x/",
            },
        )
    assert 'name="counsellor" value="1282"' in html
