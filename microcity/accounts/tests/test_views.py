"""Signed-in pages through HTTP: start page per role, own data, staff pages with audit and query counts."""

from __future__ import annotations

import json

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from microcity.accounts.models import Membership, Role, User
from microcity.accounts.tests.factories import PASSWORD, GuardianLinkFactory, UserFactory
from microcity.core.models import AuditAction, AuditEvent, Person
from microcity.core.tests.factories import PersonFactory, YouthFactory

pytestmark = pytest.mark.django_db
ALL_ROLES = [r.value for r in Role]
SEES_YOUTHS = {Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR, Role.COUNSELLOR}


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_role_reaches_its_start_page(role, lang, user_with_role, client_for):
    user = user_with_role(role)
    response = client_for(user).get(f"/{lang}/account/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-role="{role}"' in html
    assert ("/staff/valmiera/people/" in html) is (role in SEES_YOUTHS)
    assert ("/staff/valmiera/roles/" in html) is (role == Role.CITY_ADMINISTRATOR)


def test_start_page_needs_sign_in(client):
    response = client.get("/lv/account/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_sign_up_sends_a_verification_email_in_latvian(client, valmiera):
    response = client.post(
        "/lv/accounts/signup/",
        {"email": "jauns@example.lv", "password1": "Ļoti-drošs-42x", "password2": "Ļoti-drošs-42x"},
    )
    assert response.status_code == 302
    assert User.objects.filter(email="jauns@example.lv", preferred_language="lv").exists()
    assert len(mail.outbox) == 1
    assert "jauns@example.lv" in mail.outbox[0].to


def test_sign_in_with_a_wrong_password_shows_a_translated_error(client, valmiera):
    UserFactory(email="a@example.lv")
    response = client.post("/en/accounts/login/", {"login": "a@example.lv", "password": "wrong"})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()


def test_sign_in_attempts_are_throttled(client, valmiera):
    UserFactory(email="t@example.lv")
    pages = [
        client.post(
            "/en/accounts/login/", {"login": "t@example.lv", "password": f"wrong{i}"}
        ).content.decode()
        for i in range(7)
    ]
    assert "Too many failed login attempts" not in pages[0]
    assert "Too many failed login attempts" in pages[-1]
    # Even the right password is refused while the account is throttled.
    from microcity.accounts.tests.factories import PASSWORD

    response = client.post("/en/accounts/login/", {"login": "t@example.lv", "password": PASSWORD})
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_profile_edit_with_bad_input_keeps_saved_data_and_shows_error_summary(client_for, valmiera):
    user = UserFactory()
    person = PersonFactory(user=user, city=valmiera, first_name="Anna", phone="+371 21111111")
    response = client_for(user).post(
        "/lv/account/profile/",
        {"first_name": "", "last_name": "Ozola", "date_of_birth": "2999-01-01", "city": valmiera.pk},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html and "nevar būt nākotnē" in html
    person.refresh_from_db()
    assert person.first_name == "Anna" and person.phone == "+371 21111111"


def test_profile_edit_saves_and_audits(client_for, valmiera):
    user = UserFactory()
    person = PersonFactory(user=user, city=valmiera)
    response = client_for(user).post(
        "/en/account/profile/",
        {
            "first_name": "Līga",
            "last_name": "Ozola",
            "date_of_birth": "2009-05-04",
            "city": valmiera.pk,
            "email": "liga@example.lv",
            "phone": "",
            "school": "",
            "grade": "8",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.first_name == "Līga" and person.grade == 8
    assert AuditEvent.objects.filter(action=AuditAction.CHANGE, person=person).exists()


def test_my_data_downloads_json(client_for, valmiera):
    user = UserFactory(email="me@example.lv")
    response = client_for(user).get("/lv/account/my-data/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert json.loads(response.content)["account"]["email"] == "me@example.lv"


def test_delete_account_needs_the_password(client_for, valmiera):
    user = UserFactory()
    PersonFactory(user=user, city=valmiera)
    c = client_for(user)
    assert c.post("/en/account/delete/", {"password": "nope"}).status_code == 200
    assert User.objects.filter(pk=user.pk).exists()
    assert c.post("/en/account/delete/", {"password": PASSWORD}).status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize("role", ALL_ROLES)
def test_people_directory_by_role(role, user_with_role, client_for, valmiera, ventspils):
    youth = YouthFactory(city=valmiera)
    adult = PersonFactory(city=valmiera)
    user = user_with_role(role)
    c = client_for(user)
    expected = 200 if role in SEES_YOUTHS else 403
    assert c.get("/lv/staff/valmiera/people/").status_code == expected
    assert c.get(f"/lv/staff/valmiera/people/{youth.pk}/").status_code == expected
    adult_code = c.get(f"/lv/staff/valmiera/people/{adult.pk}/").status_code
    if role in {Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR}:
        assert adult_code == 200
    else:
        assert adult_code in {403, 404}
    assert c.get("/lv/staff/ventspils/people/").status_code == 403
    edit = c.get(f"/lv/staff/valmiera/people/{youth.pk}/edit/").status_code
    assert (edit == 200) is (role in {Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR})


def test_a_person_of_another_city_is_not_reachable_through_my_city(user_with_role, client_for, ventspils):
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    stranger = YouthFactory(city=ventspils)
    assert client_for(coordinator).get(f"/lv/staff/valmiera/people/{stranger.pk}/").status_code == 404


def test_viewing_a_youth_writes_an_audit_event_with_the_address(user_with_role, client_for, valmiera):
    counsellor = user_with_role(Role.COUNSELLOR)
    youth = YouthFactory(city=valmiera)
    client_for(counsellor).get(f"/en/staff/valmiera/people/{youth.pk}/", REMOTE_ADDR="192.0.2.4")
    event = AuditEvent.objects.get()
    assert (event.actor, event.action, event.person, event.address) == (
        counsellor,
        AuditAction.VIEW,
        youth,
        "192.0.2.4",
    )


def test_people_list_query_count_does_not_grow_with_rows(user_with_role, client_for, valmiera):
    c = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    YouthFactory.create_batch(3, city=valmiera)
    with CaptureQueriesContext(connection) as few:
        assert c.get("/lv/staff/valmiera/people/").status_code == 200
    YouthFactory.create_batch(30, city=valmiera)
    with CaptureQueriesContext(connection) as many:
        assert c.get("/lv/staff/valmiera/people/").status_code == 200
    assert len(many) == len(few) <= 12


def test_people_search_and_htmx_fragment(user_with_role, client_for, valmiera):
    c = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    PersonFactory(city=valmiera, first_name="Zigmārs", last_name="Kalējs")
    PersonFactory(city=valmiera, first_name="Anna", last_name="Liepa")
    full = c.get("/lv/staff/valmiera/people/?q=zigm").content.decode()
    assert "Kalējs" in full and "Liepa" not in full
    fragment = c.get("/lv/staff/valmiera/people/?q=liepa", HTTP_HX_REQUEST="true").content.decode()
    assert "Liepa" in fragment and "<html" not in fragment


def test_counsellor_cannot_record_consent_but_coordinator_can(user_with_role, client_for, valmiera):
    youth = YouthFactory(city=valmiera)
    mother = PersonFactory(city=valmiera)
    data = {
        "guardian": mother.pk,
        "relationship": "mother",
        "consent_given_on": "2026-01-05",
        "confirm": "on",
    }
    counsellor = client_for(user_with_role(Role.COUNSELLOR))
    assert counsellor.post(f"/lv/staff/valmiera/people/{youth.pk}/", data).status_code == 403
    coordinator = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    response = coordinator.post(f"/lv/staff/valmiera/people/{youth.pk}/", data)
    assert response.status_code == 302
    assert youth.guardian_links.count() == 1


def test_guardian_sees_linked_youth_on_start_page_and_can_withdraw(client_for, valmiera):
    user = UserFactory()
    guardian = PersonFactory(user=user, city=valmiera)
    link = GuardianLinkFactory(guardian=guardian, youth=YouthFactory(city=valmiera, first_name="Marta"))
    c = client_for(user)
    assert "Marta" in c.get("/lv/account/").content.decode()
    assert c.post(f"/lv/account/guardian-links/{link.pk}/revoke/").status_code == 302
    link.refresh_from_db()
    assert link.revoked_at is not None
    stranger = client_for(UserFactory())
    other = GuardianLinkFactory(youth=YouthFactory(city=valmiera))
    assert stranger.post(f"/lv/account/guardian-links/{other.pk}/revoke/").status_code == 403


def test_roles_page_grants_and_removes_with_query_count(user_with_role, client_for, valmiera):
    admin = user_with_role(Role.CITY_ADMINISTRATOR)
    c = client_for(admin)
    target = UserFactory(email="jauns.konsultants@example.lv")
    response = c.post("/en/staff/valmiera/roles/", {"email": target.email, "role": Role.COUNSELLOR})
    assert response.status_code == 302
    membership = Membership.objects.get(user=target)
    bad = c.post("/en/staff/valmiera/roles/", {"email": "nobody@example.lv", "role": Role.COUNSELLOR})
    assert "No active user" in bad.content.decode()
    for _ in range(20):
        Membership.objects.create(user=UserFactory(), city=valmiera, role=Role.YOUTH)
    with CaptureQueriesContext(connection) as queries:
        assert c.get("/en/staff/valmiera/roles/").status_code == 200
    assert len(queries) <= 12
    assert c.post(f"/en/staff/valmiera/roles/{membership.pk}/remove/").status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_audit_log_page_only_for_city_admins(user_with_role, client_for, valmiera):
    youth = YouthFactory(city=valmiera)
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    client_for(coordinator).get(f"/lv/staff/valmiera/people/{youth.pk}/")
    assert client_for(coordinator).get("/lv/staff/valmiera/audit/").status_code == 403
    admin = client_for(user_with_role(Role.CITY_ADMINISTRATOR))
    html = admin.get("/lv/staff/valmiera/audit/").content.decode()
    assert coordinator.email in html and youth.full_name in html


@pytest.mark.parametrize("role", ALL_ROLES)
def test_back_office_is_for_staff_roles_only(role, user_with_role, client_for):
    from microcity.accounts.models import STAFF_ROLES

    response = client_for(user_with_role(role)).get("/admin/")
    assert (response.status_code == 200) is (role in STAFF_ROLES)
    # Django's admin is for superusers: a page that says so, not a redirect to a sign-in that sends back.
    assert client_for(user_with_role(role)).get("/django-admin/").status_code == 403


def test_person_deleted_user_keeps_person_row(client_for, valmiera):
    user = UserFactory()
    person = PersonFactory(user=user, city=valmiera)
    client_for(user).post("/lv/account/delete/", {"password": PASSWORD})
    assert Person.objects.filter(pk=person.pk, email="").exists()


def test_back_office_menu_leads_to_the_staff_pages_a_role_may_open(user_with_role, client_for):
    admin_page = client_for(user_with_role(Role.CITY_ADMINISTRATOR)).get("/admin/").content.decode()
    assert "/staff/valmiera/roles/" in admin_page and "/staff/valmiera/audit/" in admin_page
    editor_page = client_for(user_with_role(Role.CONTENT_EDITOR)).get("/admin/").content.decode()
    assert "/staff/valmiera/" not in editor_page
    counsellor_page = client_for(user_with_role(Role.COUNSELLOR)).get("/admin/").content.decode()
    assert "/staff/valmiera/people/" in counsellor_page and "/staff/valmiera/roles/" not in counsellor_page


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_signed_in_page_answers_in_both_languages(lang, user_with_role, client_for, valmiera):
    user = user_with_role(Role.CITY_ADMINISTRATOR)
    youth = YouthFactory(city=valmiera)
    c = client_for(user)
    paths = [
        "account/",
        "account/profile/",
        "account/delete/",
        "accounts/email/",
        "accounts/password/change/",
        "accounts/2fa/",
        "staff/valmiera/people/",
        f"staff/valmiera/people/{youth.pk}/",
        f"staff/valmiera/people/{youth.pk}/edit/",
        "staff/valmiera/roles/",
        "staff/valmiera/audit/",
    ]
    for path in paths:
        response = c.get(f"/{lang}/{path}", follow=True)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert f'<html lang="{lang}">' in html, path
        assert html.count("<h1") == 1, path
