"""Read-only share links for employers and schools: chosen sections, expiry, revocation, opening log."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from microcity.careers import selectors, services
from microcity.careers.models import Section, SectionSharing, ShareLink, ShareLinkOpening, Visibility
from microcity.careers.services import CareersError, NotAllowed, ShareLinkClosed
from microcity.careers.tests.factories import EntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def link_and_token(portfolio, owner):
    EntryFactory(portfolio=portfolio, section=Section.EXPERIENCE, title="Ostas ēnu diena")
    EntryFactory(portfolio=portfolio, section=Section.REFLECTIONS, title="Ko es iemācījos")
    return services.share_link_create(
        portfolio=portfolio,
        by=owner,
        label="SIA Ventspils Ports",
        sections=[Section.EXPERIENCE, Section.ABOUT],
        expires_at=timezone.now() + dt.timedelta(days=14),
    )


def test_link_shows_only_the_chosen_sections_even_if_private(link_and_token, portfolio):
    link, token = link_and_token
    assert not SectionSharing.objects.exists()  # all private for counsellor and guardian
    view = services.share_link_open(token=token, address="192.0.2.5", user_agent="Mozilla/5.0")
    assert set(view.sections) == {Section.ABOUT, Section.EXPERIENCE}
    assert [e.title for e in view.sections[Section.EXPERIENCE]] == ["Ostas ēnu diena"]
    assert link.sections == ["about", "experience"]


def test_only_a_hash_of_the_token_is_stored(link_and_token):
    link, token = link_and_token
    assert len(token) >= 40
    stored = ShareLink.objects.get()
    assert stored.token_hash != token and token not in stored.token_hash
    assert stored.token_hash == services.token_hash(token)


def test_every_opening_is_logged(link_and_token):
    link, token = link_and_token
    services.share_link_open(token=token, address="192.0.2.5", user_agent="Mozilla/5.0 " + "x" * 400)
    services.share_link_open(token=token)
    openings = list(ShareLinkOpening.objects.order_by("pk"))
    assert [(o.address, len(o.user_agent)) for o in openings] == [("192.0.2.5", 250), (None, 0)]
    listed = selectors.share_links_of(portfolio=link.portfolio).get()
    assert listed.opened == 2 and listed.last_opened == openings[-1].opened_at


def test_expired_link_does_not_open_and_is_not_logged(link_and_token):
    link, token = link_and_token
    with pytest.raises(ShareLinkClosed):
        services.share_link_open(token=token, now=link.expires_at + dt.timedelta(seconds=1))
    services.share_link_open(token=token, now=link.expires_at - dt.timedelta(seconds=1))
    assert ShareLinkOpening.objects.count() == 1


def test_revoked_link_does_not_open(link_and_token, owner, guardian):
    link, token = link_and_token
    with pytest.raises(NotAllowed):
        services.share_link_revoke(link=link, by=guardian)
    services.share_link_revoke(link=link, by=owner)
    first_revocation = ShareLink.objects.get().revoked_at
    services.share_link_revoke(link=link, by=owner)
    assert ShareLink.objects.get().revoked_at == first_revocation
    with pytest.raises(ShareLinkClosed):
        services.share_link_open(token=token)
    assert not ShareLinkOpening.objects.exists()


@pytest.mark.parametrize("token", ["", "not-a-token", "x" * 43])
def test_unknown_tokens_do_not_open(link_and_token, token):
    with pytest.raises(ShareLinkClosed):
        services.share_link_open(token=token)


def test_link_rules(portfolio, owner, counsellor, settings):
    soon = timezone.now() + dt.timedelta(days=7)
    with pytest.raises(CareersError):
        services.share_link_create(portfolio=portfolio, by=owner, label="Skola", sections=[], expires_at=soon)
    with pytest.raises(CareersError):
        services.share_link_create(
            portfolio=portfolio, by=owner, label="Skola", sections=["secrets"], expires_at=soon
        )
    with pytest.raises(CareersError):
        services.share_link_create(
            portfolio=portfolio, by=owner, label=" ", sections=["goals"], expires_at=soon
        )
    with pytest.raises(CareersError):
        services.share_link_create(
            portfolio=portfolio, by=owner, label="Skola", sections=["goals"], expires_at=timezone.now()
        )
    settings.CAREERS_SHARE_LINK_MAX_DAYS = 30
    with pytest.raises(CareersError, match="30"):
        services.share_link_create(
            portfolio=portfolio,
            by=owner,
            label="Skola",
            sections=["goals"],
            expires_at=timezone.now() + dt.timedelta(days=31),
        )
    with pytest.raises(NotAllowed):
        services.share_link_create(
            portfolio=portfolio, by=counsellor, label="Skola", sections=["goals"], expires_at=soon
        )
    assert not ShareLink.objects.exists()


def test_two_links_for_two_readers_are_independent(portfolio, owner):
    soon = timezone.now() + dt.timedelta(days=7)
    school, school_token = services.share_link_create(
        portfolio=portfolio, by=owner, label="Skola", sections=[Section.GOALS], expires_at=soon
    )
    _employer, employer_token = services.share_link_create(
        portfolio=portfolio, by=owner, label="Darba devējs", sections=[Section.SKILLS], expires_at=soon
    )
    services.share_link_revoke(link=school, by=owner)
    with pytest.raises(ShareLinkClosed):
        services.share_link_open(token=school_token)
    assert set(services.share_link_open(token=employer_token).sections) == {Section.SKILLS}
    # The owner's visibility choices for counsellor and guardian are untouched by links.
    assert not SectionSharing.objects.filter(visibility__in=[Visibility.COUNSELLOR, Visibility.BOTH]).exists()
