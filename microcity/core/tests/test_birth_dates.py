"""A date of birth that programmes rely on is locked: the youth cannot change it on the profile page or by a
forged POST, nor can the person service be asked to; a programme coordinator of the person's city corrects
it with a reason in the audit log, and nobody else (another city's coordinator, an administrator, a
counsellor, the youth) can."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.services import person_birth_date_correct
from microcity.accounts.tests.factories import GuardianLinkFactory, UserFactory
from microcity.careers.tests.factories import EntryFactory, PortfolioFactory
from microcity.core import birth_dates
from microcity.core.models import AuditAction, AuditEvent
from microcity.core.services import PersonError, PersonNotAllowed, person_update
from microcity.core.tests.factories import PersonFactory, YouthFactory
from microcity.summerjobs.tests.factories import ApplicationFactory, SeasonFactory

pytestmark = pytest.mark.django_db

BORN = dt.date(2013, 5, 4)


@pytest.fixture
def youth(valmiera):
    return YouthFactory(city=valmiera, user=UserFactory(), date_of_birth=BORN)


def lock(kind, person):
    if kind == "summer_application":
        ApplicationFactory(youth=person, season=SeasonFactory(city=person.city))
    elif kind == "guardian_link":
        GuardianLinkFactory(youth=person, guardian=PersonFactory(city=person.city))
    elif kind == "portfolio_verification":
        EntryFactory(
            portfolio=PortfolioFactory(person=person),
            source_key="summerjobs.placement:1",
            source_label="Vasaras darbi",
            verified_at=timezone.now(),
        )


def profile_post(person, **changes):
    data = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "date_of_birth": person.date_of_birth.isoformat(),
        "email": person.email,
        "phone": "",
        "city": person.city_id,
        "school": "",
        "grade": "8",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("kind", ["summer_application", "guardian_link", "portfolio_verification"])
def test_the_date_is_locked_once_a_programme_relies_on_it(kind, youth):
    assert not birth_dates.birth_date_locked(youth)
    lock(kind, youth)
    assert birth_dates.birth_date_locked(youth)
    assert kind in birth_dates.lock_reasons(youth)


def test_an_unlocked_date_is_the_persons_to_change(youth, client_for):
    response = client_for(youth.user).post(
        "/en/account/profile/", profile_post(youth, date_of_birth="2012-05-04")
    )
    assert response.status_code == 302
    youth.refresh_from_db()
    assert youth.date_of_birth == dt.date(2012, 5, 4)


def test_the_profile_shows_a_locked_date_read_only_with_the_reason(youth, client_for):
    lock("summer_application", youth)
    html = client_for(youth.user).get("/en/account/profile/").content.decode()
    field = html[html.index('name="date_of_birth"') - 200 : html.index('name="date_of_birth"') + 200]
    assert "disabled" in field
    assert "A programme relies on this date" in html


def test_a_forged_post_does_not_change_a_locked_date(youth, client_for):
    """The defect: refused a 4-hour day, the youth made themselves born in 1990."""
    lock("summer_application", youth)
    response = client_for(youth.user).post(
        "/en/account/profile/", profile_post(youth, date_of_birth="1990-01-01", phone="+371 20000000")
    )
    assert response.status_code == 302
    youth.refresh_from_db()
    assert youth.date_of_birth == BORN
    assert youth.phone == "+371 20000000"  # the rest of the form is saved


def test_the_person_service_refuses_a_change_of_a_locked_date(youth):
    lock("guardian_link", youth)
    with pytest.raises(PersonError, match="programme coordinator"):
        person_update(person=youth, by=youth.user, data={"date_of_birth": dt.date(1990, 1, 1)})
    youth.refresh_from_db()
    assert youth.date_of_birth == BORN


def test_the_staff_edit_form_cannot_change_a_locked_date_either(youth, user_with_role, client_for):
    lock("summer_application", youth)
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    response = client_for(coordinator).post(
        f"/en/staff/valmiera/people/{youth.pk}/edit/", profile_post(youth, date_of_birth="1990-01-01")
    )
    assert response.status_code == 302
    youth.refresh_from_db()
    assert youth.date_of_birth == BORN


def test_a_coordinator_of_the_city_corrects_the_date_with_a_reason(youth, user_with_role, client_for):
    lock("summer_application", youth)
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    client = client_for(coordinator)
    detail = client.get(f"/en/staff/valmiera/people/{youth.pk}/").content.decode()
    assert f"/en/staff/valmiera/people/{youth.pk}/birth-date/" in detail
    url = f"/en/staff/valmiera/people/{youth.pk}/birth-date/"
    assert client.get(url).status_code == 200
    # No reason: refused with an error, nothing changed.
    response = client.post(url, {"date_of_birth": "2012-05-04", "reason": "  "})
    assert response.status_code == 200 and "Give the reason for the correction." in response.content.decode()
    youth.refresh_from_db()
    assert youth.date_of_birth == BORN
    response = client.post(url, {"date_of_birth": "2012-05-04", "reason": "Dzimšanas apliecība Nr. 123"})
    assert response.status_code == 302
    youth.refresh_from_db()
    assert youth.date_of_birth == dt.date(2012, 5, 4)
    event = AuditEvent.objects.filter(actor=coordinator, action=AuditAction.CHANGE, person=youth).get()
    assert event.details["fields"] == ["date_of_birth"]
    assert event.details["reason"] == "Dzimšanas apliecība Nr. 123"
    assert event.details["locked_by"] == ["summer_application"]


@pytest.mark.parametrize(
    "who", ["other_city_coordinator", "administrator", "counsellor", "youth", "guardian", "employer"]
)
def test_nobody_else_corrects_the_date(who, youth, user_with_role, client_for, ventspils):
    lock("guardian_link", youth)
    user = {
        "other_city_coordinator": lambda: user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils),
        "administrator": lambda: user_with_role(Role.CITY_ADMINISTRATOR),
        "counsellor": lambda: user_with_role(Role.COUNSELLOR),
        "youth": lambda: youth.user,
        "guardian": lambda: _guardian_user(youth),
        "employer": lambda: user_with_role(Role.EMPLOYER_REPRESENTATIVE),
    }[who]()
    response = client_for(user).post(
        f"/en/staff/valmiera/people/{youth.pk}/birth-date/",
        {"date_of_birth": "1990-01-01", "reason": "Es tā gribu"},
    )
    assert response.status_code in {403, 404}
    with pytest.raises(PersonNotAllowed):
        person_birth_date_correct(person=youth, by=user, date_of_birth=dt.date(1990, 1, 1), reason="x")
    youth.refresh_from_db()
    assert youth.date_of_birth == BORN


def _guardian_user(youth):
    guardian = youth.guardian_links.get().guardian
    guardian.user = UserFactory()
    guardian.save(update_fields=["user"])
    return guardian.user


def test_the_correction_checks_its_input(youth, user_with_role):
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    for born, reason, message in [
        (timezone.localdate() + dt.timedelta(days=1), "Apliecība", "future"),
        (dt.date(1850, 1, 1), "Apliecība", "year of birth"),
        (BORN, "Apliecība", "already the date of birth"),
        (dt.date(2012, 1, 1), "x" * 501, "within 500 characters"),
    ]:
        with pytest.raises(PersonError, match=message):
            person_birth_date_correct(person=youth, by=coordinator, date_of_birth=born, reason=reason)
