"""Who sees what: every role against every portfolio section under every visibility, and against session
records and their private notes; staff reads leave audit events; reads cost a fixed number of queries."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from microcity.accounts.tests.factories import UserFactory
from microcity.careers import permissions, selectors
from microcity.careers.models import (
    Booking,
    BookingStatus,
    Entry,
    Goal,
    NextStep,
    Portfolio,
    PortfolioSkill,
    Section,
    SectionSharing,
    SessionRecord,
    Visibility,
)
from microcity.careers.tests.factories import BookingFactory, EntryFactory
from microcity.core.models import AuditEvent

pytestmark = pytest.mark.django_db

ROLES = [
    "owner",
    "guardian_linked",
    "guardian_unlinked",
    "guardian_revoked",
    "counsellor_same_city",
    "counsellor_other_city",
    "coordinator",
    "employer_rep",
    "anonymous",
    "superuser",
]


def expected(role: str, visibility: str) -> bool:
    if role == "owner":
        return True
    if role == "counsellor_same_city":
        return visibility in {Visibility.COUNSELLOR, Visibility.BOTH}
    if role == "guardian_linked":
        return visibility in {Visibility.GUARDIAN, Visibility.BOTH}
    # Everyone else, a superuser included, sees nothing of a youth's portfolio.
    return False


@pytest.fixture
def viewers(
    request,
    owner,
    guardian,
    other_guardian,
    youth,
    counsellor,
    ventspils_counsellor,
    coordinator,
    employer_rep,
):
    from microcity.accounts.services import guardian_link_revoke
    from microcity.accounts.tests.factories import GuardianLinkFactory
    from microcity.core.tests.factories import PersonFactory

    revoked = UserFactory()
    link = GuardianLinkFactory(guardian=PersonFactory(user=revoked, city=youth.city), youth=youth)
    guardian_link_revoke(link=link, by=revoked)
    return {
        "owner": owner,
        "guardian_linked": guardian,
        "guardian_unlinked": other_guardian,
        "guardian_revoked": revoked,
        "counsellor_same_city": counsellor,
        "counsellor_other_city": ventspils_counsellor,
        "coordinator": coordinator,
        "employer_rep": employer_rep,
        "anonymous": AnonymousUser(),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }


@pytest.fixture
def full_portfolio(portfolio):
    """Something in every section, so that a section's absence from a view is never just emptiness."""
    for section in (
        Section.EDUCATION,
        Section.EXPERIENCE,
        Section.INFORMAL_LEARNING,
        Section.ACHIEVEMENTS,
        Section.REFLECTIONS,
    ):
        EntryFactory(portfolio=portfolio, section=section)
    PortfolioSkill.objects.create(portfolio=portfolio, free_text="Bišu kopšana")
    portfolio.assessments.create(version="2026-1", answers={}, scores={"R": 50}, code="RIA")
    Goal.objects.create(portfolio=portfolio, title="Kļūt par inženieri")
    return portfolio


def share(portfolio, visibility):
    for section in Section.values:
        SectionSharing.objects.update_or_create(
            portfolio=portfolio, section=section, defaults={"visibility": visibility}
        )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("section", Section.values)
def test_section_visibility_matrix(role, section, viewers, full_portfolio):
    user = viewers[role]
    for visibility in Visibility.values:
        SectionSharing.objects.update_or_create(
            portfolio=full_portfolio, section=section, defaults={"visibility": visibility}
        )
        want = expected(role, visibility)
        assert permissions.can_view_section(user, full_portfolio, section) is want, (
            role,
            section,
            visibility,
        )
        try:
            view = selectors.portfolio_for_viewer(viewer=user, portfolio=full_portfolio)
        except Portfolio.DoesNotExist:
            shown = False
        else:
            shown = view.shows(section)
            if shown and section != Section.ABOUT:
                assert view.sections[section], "a shown section carries its content"
        assert shown is want, (role, section, visibility)


def test_only_the_owner_edits(viewers, portfolio):
    assert [role for role, user in viewers.items() if permissions.can_edit_portfolio(user, portfolio)] == [
        "owner"
    ]


def test_guardian_sees_only_what_is_shared_with_guardians(full_portfolio, guardian):
    SectionSharing.objects.create(
        portfolio=full_portfolio, section=Section.GOALS, visibility=Visibility.GUARDIAN
    )
    SectionSharing.objects.create(
        portfolio=full_portfolio, section=Section.SKILLS, visibility=Visibility.COUNSELLOR
    )
    SectionSharing.objects.create(portfolio=full_portfolio, section=Section.ABOUT, visibility=Visibility.BOTH)
    view = selectors.portfolio_for_viewer(viewer=guardian, portfolio=full_portfolio)
    assert set(view.sections) == {Section.GOALS, Section.ABOUT}
    assert [p.pk for p in selectors.portfolios_for_guardian(user=guardian)] == [full_portfolio.pk]


def test_counsellor_of_a_youth_over_25_sees_nothing(make_youth, counsellor):
    adult = make_youth(age=27)
    portfolio = Portfolio.objects.create(person=adult)
    share(portfolio, Visibility.BOTH)
    assert not permissions.can_view_section(counsellor, portfolio, Section.GOALS)
    with pytest.raises(Portfolio.DoesNotExist):
        selectors.portfolio_for_viewer(viewer=counsellor, portfolio=portfolio)


def test_counsellor_list_holds_only_portfolios_shared_with_counsellors(
    portfolio, make_youth, counsellor, ventspils_counsellor, valmiera
):
    SectionSharing.objects.create(
        portfolio=portfolio, section=Section.GOALS, visibility=Visibility.COUNSELLOR
    )
    guardian_only = Portfolio.objects.create(person=make_youth())
    SectionSharing.objects.create(
        portfolio=guardian_only, section=Section.GOALS, visibility=Visibility.GUARDIAN
    )
    Portfolio.objects.create(person=make_youth())  # nothing shared
    assert list(selectors.portfolios_shared_with_counsellor(user=counsellor, city=valmiera)) == [portfolio]
    assert not selectors.portfolios_shared_with_counsellor(user=ventspils_counsellor, city=valmiera).exists()


def test_staff_and_guardian_reads_are_audited_owner_reads_are_not(
    full_portfolio, owner, counsellor, guardian
):
    share(full_portfolio, Visibility.BOTH)
    selectors.portfolio_for_viewer(viewer=owner, portfolio=full_portfolio)
    assert not AuditEvent.objects.filter(action="view").exists()
    selectors.portfolio_for_viewer(viewer=counsellor, portfolio=full_portfolio, address="10.0.0.7")
    selectors.portfolio_for_viewer(viewer=guardian, portfolio=full_portfolio)
    events = list(AuditEvent.objects.filter(action="view").order_by("pk"))
    assert [(e.actor, e.person, str(e.address)) for e in events] == [
        (counsellor, full_portfolio.person, "10.0.0.7"),
        (guardian, full_portfolio.person, "None"),
    ]
    assert events[0].details["as"] == ["counsellor"]
    assert events[0].details["sections"] == list(Section.values)
    assert events[0].city == full_portfolio.person.city


def test_reading_a_portfolio_costs_the_same_whatever_its_size(
    portfolio, owner, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    EntryFactory(portfolio=portfolio, section=Section.EDUCATION)
    with CaptureQueriesContext(connection) as small:
        selectors.portfolio_for_viewer(viewer=owner, portfolio=portfolio)
    for section in (Section.EDUCATION, Section.EXPERIENCE, Section.ACHIEVEMENTS):
        for _ in range(6):
            EntryFactory(portfolio=portfolio, section=section)
    for n in range(5):
        PortfolioSkill.objects.create(portfolio=portfolio, free_text=f"prasme {n}")
        Goal.objects.create(portfolio=portfolio, title=f"mērķis {n}").steps.create(title="solis")
    with django_assert_max_num_queries(len(small.captured_queries)):
        view = selectors.portfolio_for_viewer(viewer=owner, portfolio=portfolio)
    assert len(view.sections[Section.EDUCATION]) == 7
    assert Entry.objects.filter(portfolio=portfolio).count() == 19


# --- Session records ------------------------------------------------------------------------------

SESSION_ROLES = [
    "owner",
    "guardian_linked",
    "session_counsellor",
    "colleague_same_city",
    "counsellor_other_city",
    "coordinator",
    "employer_rep",
    "anonymous",
    "superuser",
]
# (sees topics and next steps, sees private notes)
SESSION_EXPECTED = {
    "owner": (True, False),
    "session_counsellor": (True, True),
}


@pytest.fixture
def record(youth, counsellor):
    booking = BookingFactory(
        youth=youth,
        counsellor=counsellor,
        starts_at=timezone.now() - dt.timedelta(days=1),
        status=BookingStatus.ATTENDED,
    )
    record = SessionRecord.objects.create(
        booking=booking,
        topics="Vasaras darbs, studijas",
        private_notes="Satraukums par eksāmeniem.",
        written_by=counsellor,
    )
    NextStep.objects.create(record=record, text="Aizpildīt interešu testu", due_on=timezone.localdate())
    return record


@pytest.mark.parametrize("role", SESSION_ROLES)
def test_session_record_matrix(role, record, viewers, colleague):
    users = {
        **viewers,
        "session_counsellor": viewers["counsellor_same_city"],
        "colleague_same_city": colleague,
    }
    user = users[role]
    sees, sees_notes = SESSION_EXPECTED.get(role, (False, False))
    assert permissions.can_view_session_record(user, record) is sees
    assert permissions.can_view_private_notes(user, record) is sees_notes
    if not sees:
        with pytest.raises(SessionRecord.DoesNotExist):
            selectors.session_record_for_viewer(viewer=user, record=record)
        return
    view = selectors.session_record_for_viewer(viewer=user, record=record)
    assert view.topics == "Vasaras darbs, studijas"
    assert [s.text for s in view.next_steps] == ["Aizpildīt interešu testu"]
    assert view.private_notes == ("Satraukums par eksāmeniem." if sees_notes else None)


def test_counsellor_reading_a_session_record_is_audited(record, counsellor, owner):
    selectors.session_record_for_viewer(viewer=owner, record=record)
    assert not AuditEvent.objects.filter(action="view").exists()
    selectors.session_record_for_viewer(viewer=counsellor, record=record)
    event = AuditEvent.objects.get(action="view")
    assert (event.actor, event.person, event.details) == (
        counsellor,
        record.booking.youth,
        {"private_notes": True},
    )


def test_a_counsellor_who_lost_the_role_loses_the_notes(record, counsellor):
    from microcity.accounts.models import Membership
    from microcity.accounts.permissions import forget_memberships

    Membership.objects.filter(user=counsellor).delete()
    forget_memberships(counsellor)
    assert not permissions.can_view_private_notes(counsellor, record)
    assert Booking.objects.filter(counsellor=counsellor).exists()
