"""Pages of investor attraction through the HTTP client, in Latvian and English: the public offer and
inquiry (spam-resistant), and the confidential pipeline, where every page, POST and export refuses
everyone but the city's investment managers and administrators, and every opening of a lead is audited."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from microcity.core.models import AuditAction, AuditEvent
from microcity.investors import forms as investor_forms
from microcity.investors import services
from microcity.investors.models import Activity, Lead, Stage
from microcity.investors.tests.factories import IncentiveFactory, LeadFactory, SiteFactory

pytestmark = pytest.mark.django_db


def url(name, city, lang="en", **kwargs):
    # Whatever language an earlier test left active, the address is in `lang`.
    with translation.override(lang):
        return reverse(f"investors:{name}", kwargs={"city": city.slug, **kwargs})


@pytest.fixture
def lead(valmiera, manager):
    lead = LeadFactory(city=valmiera, manager=manager, company="Windarc Components SIA")
    services.activity_add(lead=lead, by=manager, kind="note", text="Secret project Falcon")
    return lead


@pytest.fixture
def won(valmiera, manager):
    lead = LeadFactory(city=valmiera, manager=manager, company="Hydrogen Baltics SIA")
    for stage in (Stage.VISIT, Stage.WON):
        lead = services.lead_transition(lead=lead, to=stage, by=manager)
    return lead


def manager_pages(city, lead):
    pack = services.info_pack_make(
        lead=lead, by=lead.manager, language="en", sites=[SiteFactory(city=city)], incentives=[]
    )
    return [
        url("board", city),
        url("leads", city),
        url("lead_new", city),
        url("lead", city, pk=lead.pk),
        url("lead_edit", city, pk=lead.pk),
        url("info_pack_pdf", city, pk=lead.pk, pack_pk=pack.pk),
        url("report", city),
        url("export", city, fmt="csv"),
        url("export", city, fmt="xlsx"),
        url("site_new", city),
        url("incentive_new", city),
    ]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_public_offer_and_inquiry_in_both_languages(client, valmiera, lang):
    SiteFactory(city=valmiera, name_lv="Rūpnieciskā zona Rubene", name_en="Rubene industrial area")
    SiteFactory(city=valmiera, name_lv="Slēpts", name_en="Hidden", is_published=False)
    IncentiveFactory(city=valmiera, name_lv="Nodokļu atlaide", name_en="Tax relief")
    page = client.get(url("offer", valmiera, lang)).content.decode()
    assert ("Rūpnieciskā zona Rubene" if lang == "lv" else "Rubene industrial area") in page
    assert "Hidden" not in page and "Slēpts" not in page
    assert "openstreetmap.org" in page
    assert ("Kāpēc šeit" if lang == "lv" else "Why here") in page
    assert client.get(url("inquiry", valmiera, lang)).status_code == 200
    assert client.get(url("inquiry_thanks", valmiera, lang)).status_code == 200


def inquiry_data(**extra):
    data = {
        "company": "Seaweed Foods Oy",
        "country": "FI",
        "sector": "C",
        "size": "micro",
        "contact_name": "Elina Mäkinen",
        "contact_email": "elina@seaweed.example.com",
        "project": "A factory for seaweed snacks.",
        "planned_jobs": "15",
        "planned_capital_eur": "1200000",
        "consent": "on",
        "website": "",
        "started": investor_forms.signing.dumps(
            int(timezone.now().timestamp()) - 60, salt=investor_forms._SALT
        ),
    }
    data.update(extra)
    return data


def test_inquiry_opens_a_lead(client, valmiera, manager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("inquiry", valmiera), inquiry_data())
    assert response.status_code == 302
    lead = Lead.objects.get()
    assert (lead.company, lead.planned_capital_eur, lead.language, lead.manager) == (
        "Seaweed Foods Oy",
        Decimal("1200000"),
        "en",
        manager,
    )
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    "spam",
    [
        {"website": "http://cheap.example"},
        {"started": "forged"},
        {"started": investor_forms.signing.dumps(10**10, salt=investor_forms._SALT)},
    ],
)
def test_robots_get_thanks_and_nothing_is_kept(client, valmiera, spam):
    response = client.post(url("inquiry", valmiera), inquiry_data(**spam))
    assert response.status_code == 302 and response["Location"].endswith("/invest/inquiry/thanks/")
    assert not Lead.objects.exists() and not mail.outbox


def test_an_answer_sent_at_once_is_a_robots(client, valmiera):
    now = investor_forms.signing.dumps(int(timezone.now().timestamp()), salt=investor_forms._SALT)
    client.post(url("inquiry", valmiera), inquiry_data(started=now))
    assert not Lead.objects.exists()


def test_inquiry_is_throttled(client, valmiera):
    for _ in range(5):
        client.post(url("inquiry", valmiera), inquiry_data())
    response = client.post(url("inquiry", valmiera), inquiry_data(), follow=True)
    assert Lead.objects.count() == 5
    assert "Too many requests" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("company", "x" * 100_000),
        ("project", "y" * 100_000),
        ("contact_email", "not an e-mail"),
        ("country", "RU"),
        ("sector", "Z"),
        ("planned_jobs", "-1"),
        ("planned_capital_eur", "1e30"),
        ("consent", ""),
    ],
)
def test_inquiry_refuses_bad_input(client, valmiera, field, value):
    response = client.post(url("inquiry", valmiera), inquiry_data(**{field: value}))
    assert response.status_code == 200
    assert not Lead.objects.exists()


def test_inquiry_strips_control_characters(client, valmiera):
    client.post(url("inquiry", valmiera), inquiry_data(company='=HYPERLINK(\x00\x07"x")'))
    assert Lead.objects.get().company == '=HYPERLINK("x")'


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_manager_page_in_both_languages(client_for, valmiera, manager, lead, won, lang):
    c = client_for(manager)
    for address in manager_pages(valmiera, lead):
        response = c.get(address.replace("/en/", f"/{lang}/", 1))
        assert response.status_code == 200, address
    page = c.get(url("lead", valmiera, lang, pk=won.pk)).content.decode()
    assert "hiring" in page.lower() or "darbinieku" in page.lower()


def test_leak_every_page_post_and_export(
    client_for,
    client,
    valmiera,
    ventspils,
    manager,
    lead,
    outsider,
    ventspils_manager,
):
    pages = manager_pages(valmiera, lead)
    lead.refresh_from_db()
    before = (lead.stage, lead.activities.count())
    posts = [
        (url("lead", valmiera, pk=lead.pk), {"action": "activity", "kind": "note", "text": "hi"}),
        (url("lead", valmiera, pk=lead.pk), {"action": "stage", "stage": "info_pack"}),
        (url("lead_edit", valmiera, pk=lead.pk), {"company": "Stolen"}),
        (url("lead_new", valmiera), {"company": "Forged"}),
        (url("site_new", valmiera), {"name_lv": "Forged"}),
    ]
    for user in (outsider, ventspils_manager):
        c = client_for(user)
        for address in pages:
            assert c.get(address).status_code == 403, (user, address)
        for address, data in posts:
            assert c.post(address, data).status_code == 403, (user, address)
    for address in pages:
        assert client.get(address).status_code == 302  # to the sign-in
    lead.refresh_from_db()
    assert lead.company == "Windarc Components SIA"
    assert (lead.stage, lead.activities.count()) == before
    assert not Lead.objects.filter(company="Forged").exists()


def test_a_lead_of_another_city_is_not_found(client_for, valmiera, ventspils, ventspils_manager, lead):
    c = client_for(ventspils_manager)
    assert c.get(url("lead", ventspils, pk=lead.pk)).status_code == 404
    assert c.post(url("lead", ventspils, pk=lead.pk), {"action": "activity"}).status_code == 404


def test_every_opening_of_a_lead_is_audited(client_for, valmiera, city_admin, lead):
    c = client_for(city_admin)
    c.get(url("lead", valmiera, pk=lead.pk))
    c.get(url("lead", valmiera, pk=lead.pk))
    views = AuditEvent.objects.filter(action=AuditAction.VIEW, object_id=str(lead.pk), actor=city_admin)
    assert views.count() == 2
    c.get(url("export", valmiera, fmt="csv"))
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT, actor=city_admin).count() == 1


def test_lead_page_actions(client_for, valmiera, manager, lead):
    c = client_for(manager)
    address = url("lead", valmiera, pk=lead.pk)
    due = (timezone.localdate() + dt.timedelta(days=2)).isoformat()
    assert (
        c.post(
            address, {"action": "activity", "kind": "task", "text": "Send the NDA", "due_on": due}
        ).status_code
        == 302
    )
    task = Activity.objects.get(kind="task")
    assert c.post(address, {"action": "activity_done", "activity": task.pk}).status_code == 302
    task.refresh_from_db()
    assert task.done_at is not None
    # A task without a date is shown again with the error, and nothing is kept.
    response = c.post(address, {"action": "activity", "kind": "task", "text": "No date"})
    assert response.status_code == 200 and Activity.objects.filter(kind="task").count() == 1
    # Lost without a reason: the form says why.
    response = c.post(address, {"action": "stage", "stage": "lost"})
    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.stage == "lead"
    # A stage the map does not allow from here is not even a choice.
    response = c.post(address, {"action": "stage", "stage": "won"})
    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.stage == "lead"
    assert c.post(address, {"action": "forged"}).status_code == 403
    assert c.post(address, {"action": "activity_done", "activity": "x1"}).status_code == 400


def test_info_pack_from_the_lead_page(client_for, valmiera, manager, lead):
    c = client_for(manager)
    site = SiteFactory(city=valmiera)
    response = c.post(
        url("lead", valmiera, pk=lead.pk),
        {"action": "info_pack", "language": "lv", "sites": [site.pk], "message": ""},
    )
    assert response.status_code == 302
    pack = lead.info_packs.get()
    pdf = c.get(url("info_pack_pdf", valmiera, pk=lead.pk, pack_pk=pack.pk))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_won_to_draft_jobs_from_the_page(client_for, valmiera, manager, won):
    from microcity.core.models import Occupation
    from microcity.talent.models import Job

    c = client_for(manager)
    address = url("lead", valmiera, pk=won.pk)
    welder = Occupation.objects.get(code="7212")
    needed = (timezone.localdate() + dt.timedelta(days=60)).isoformat()
    data = {
        "action": "hiring_line",
        "occupation": welder.pk,
        "count": "8",
        "needed_by": needed,
        "salary_min": "1400",
        "salary_max": "1900",
    }
    assert c.post(address, data).status_code == 302
    assert c.post(address, {**data, "salary_max": "100"}).status_code == 200  # "to" below "from"
    assert c.post(address, {"action": "hand_over"}).status_code == 302
    assert Job.objects.filter(organisation=won.organisation, status="draft").count() == 1


def test_lists_do_not_grow_in_queries(client_for, valmiera, manager, django_assert_max_num_queries):
    c = client_for(manager)
    for _n in range(5):
        LeadFactory(city=valmiera, manager=manager)
    c.get(url("board", valmiera))
    c.get(url("leads", valmiera))
    with django_assert_max_num_queries(25) as few:
        c.get(url("board", valmiera))
    with django_assert_max_num_queries(20) as few_list:
        c.get(url("leads", valmiera) + "?sector=C&q=Investor")
    with django_assert_max_num_queries(20) as few_all:
        c.get(url("leads", valmiera))
    for _n in range(60):
        LeadFactory(city=valmiera, manager=manager, stage=Stage.VISIT)
    with django_assert_max_num_queries(len(few.captured_queries)):
        c.get(url("board", valmiera))
    with django_assert_max_num_queries(len(few_list.captured_queries)):
        c.get(url("leads", valmiera) + "?sector=C&q=Investor")
    with django_assert_max_num_queries(len(few_all.captured_queries)):
        c.get(url("leads", valmiera))


def test_filters_and_hostile_query(client_for, valmiera, manager):
    LeadFactory(city=valmiera, company="Alpha", sector="C", country="DE")
    LeadFactory(city=valmiera, company="Beta", sector="J", country="FI")
    c = client_for(manager)
    page = c.get(url("leads", valmiera) + "?sector=J").content.decode()
    assert "Beta" in page and "Alpha" not in page
    for query in (
        "?sector=ZZ",
        "?manager=abc",
        "?manager=99999999999999999999",
        "?q=" + "x" * 5000,
        "?page=-1",
    ):
        assert c.get(url("leads", valmiera) + query).status_code == 200


def test_exports_neutralise_formulas(client_for, valmiera, manager):
    from openpyxl import load_workbook

    LeadFactory(city=valmiera, company="=cmd|' /C calc'!A0", contact_name="@SUM(1+1)\x1b")
    c = client_for(manager)
    csv = c.get(url("export", valmiera, fmt="csv")).content.decode()
    assert "'=cmd" in csv and "'@SUM" in csv and "\x1b" not in csv
    sheet = load_workbook(io.BytesIO(c.get(url("export", valmiera, fmt="xlsx")).content)).active
    assert sheet is not None
    companies = [cell.value for cell in sheet["C"]]
    assert "=cmd|' /C calc'!A0" in companies
    assert all(cell.data_type == "s" for cell in sheet["C"])
    assert c.get(url("export", valmiera, fmt="pdf")).status_code == 404


def test_site_form_refuses_bad_coordinates_and_saves(client_for, valmiera, manager):
    c = client_for(manager)
    data = {
        "kind": "land",
        "name_lv": "Zeme",
        "name_en": "Land",
        "address": "Iela 1",
        "area_m2": "1000",
        "zoning": "industrial",
        "ownership": "municipal",
        "latitude": "57.5",
        "is_published": "on",
    }
    assert c.post(url("site_new", valmiera), data).status_code == 200  # latitude without longitude
    assert c.post(url("site_new", valmiera), {**data, "latitude": "91", "longitude": "25"}).status_code == 200
    assert c.post(url("site_new", valmiera), {**data, "longitude": "25.4"}).status_code == 302
    assert valmiera.sites.get().name_en == "Land"


def test_start_page_and_attention(client_for, valmiera, manager):
    lead = LeadFactory(city=valmiera, manager=manager, source="inquiry")
    Activity.objects.create(
        lead=LeadFactory(city=valmiera, manager=manager),
        kind="task",
        text="Call",
        due_on=timezone.localdate() - dt.timedelta(days=1),
    )
    page = client_for(manager).get(reverse("accounts:start").replace("/lv/", "/en/")).content.decode()
    assert "Investor pipeline" in page
    assert "Overdue task" in page and "New investor inquiry" in page
    assert "Investor attraction is coming" not in page
    assert lead.pk


def test_city_home_card_and_a_city_that_does_not_run_it(client, valmiera):
    page = client.get(f"/en/{valmiera.slug}/").content.decode()
    assert "Invest here" in page and "/en/valmiera/invest/" in page
    valmiera.programmes = ",".join(k for k in valmiera.programmes.split(",") if k != "investors")
    valmiera.save()
    assert client.get(url("offer", valmiera)).status_code == 404
    assert "Invest here" not in client.get(f"/en/{valmiera.slug}/").content.decode()


def test_report_shows_the_open_hiring_needs(client_for, valmiera, manager, won):
    from microcity.core.models import Occupation

    services.hiring_line_add(
        lead=won,
        by=manager,
        occupation=Occupation.objects.get(code="7212"),
        count=9,
        needed_by=timezone.localdate() + dt.timedelta(days=30),
        salary_min=Decimal(1300),
        salary_max=Decimal(1700),
    )
    page = client_for(manager).get(url("report", valmiera)).content.decode()
    assert "Hydrogen Baltics SIA" in page and "7212" in page


def test_hostile_dates_and_text_on_the_lead_page(client_for, valmiera, manager, lead):
    c = client_for(manager)
    address = url("lead", valmiera, pk=lead.pk)
    for day in ("0001-01-01", "9999-12-31", "2026-02-30", "x"):
        response = c.post(address, {"action": "activity", "kind": "task", "text": "Call", "due_on": day})
        assert response.status_code == 200, day
        response = c.post(
            address, {"action": "stage", "stage": "lost", "lost_reason": "costs", "decided_on": day}
        )
        assert response.status_code == 200, day
    assert not lead.activities.filter(kind="task").exists()
    lead.refresh_from_db()
    assert lead.stage == "lead"
    assert c.post(address, {"action": "activity", "kind": "note", "text": "z" * 5000}).status_code == 200
    c.post(address, {"action": "activity", "kind": "note", "text": "=1+1\x00\x1b"})
    note = lead.activities.get(kind="note", text__startswith="=1+1")
    assert "\x00" not in note.text and "\x1b" not in note.text
    response = c.post(url("lead_edit", valmiera, pk=lead.pk), {"company": "x" * 100_000})
    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.company == "Windarc Components SIA"


def test_another_citys_site_is_not_found(client_for, valmiera, ventspils, ventspils_manager):
    site = SiteFactory(city=valmiera)
    c = client_for(ventspils_manager)
    assert c.get(url("site_edit", ventspils, pk=site.pk)).status_code == 404
    assert c.post(url("site_edit", ventspils, pk=site.pk), {"name_lv": "Stolen"}).status_code == 404
