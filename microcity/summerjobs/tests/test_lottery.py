"""The lottery's commit and reveal: the pure derivation (lottery/draw.py), the services that publish the hash and
reveal the secret (lottery/commitment.py), registration that stays shut without a hash, and the public check."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys

import pytest
from django.test import Client
from django.utils import timezone

from microcity.core.models import AuditEvent
from microcity.summerjobs.applications import services as applications_services
from microcity.summerjobs.lottery import commitment as lottery_commitment
from microcity.summerjobs.lottery import draw as lottery_draw
from microcity.summerjobs.lottery import services as lottery_services
from microcity.summerjobs.models import (
    Application,
    ApplicationStatus,
    LotteryEntry,
    MatchExplanation,
    Season,
)
from microcity.summerjobs.tests.factories import SeasonFactory
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError

SECRET = "c0ffee" + "1" * 58

# --- The derivation, without a database -----------------------------------------------------------------


def test_the_same_secret_and_list_give_the_same_seed_whatever_the_order():
    seed = lottery_draw.derive_seed(secret=SECRET, application_ids=[3, 17, 5])
    assert seed == lottery_draw.derive_seed(secret=SECRET, application_ids=[17, 5, 3])
    assert lottery_draw.is_hex_digest(seed)


def test_the_seed_is_sha256_of_the_secret_followed_by_the_canonical_list():
    assert lottery_draw.canonical_list([10, 9, 100]) == b"9\n10\n100\n"
    assert lottery_draw.canonical_list([]) == b""
    expected = hashlib.sha256(f"{SECRET}9\n10\n100\n".encode("ascii")).hexdigest()
    assert lottery_draw.derive_seed(secret=SECRET, application_ids=[100, 9, 10]) == expected
    assert lottery_draw.commitment_of(SECRET) == hashlib.sha256(SECRET.encode("ascii")).hexdigest()


def test_a_changed_list_gives_another_seed():
    seed = lottery_draw.derive_seed(secret=SECRET, application_ids=[1, 2, 3])
    for other in ([1, 2], [1, 2, 3, 4], [1, 2, 4], [12, 3], [1, 23]):
        assert lottery_draw.derive_seed(secret=SECRET, application_ids=other) != seed, other


def test_a_list_with_a_repeated_or_invalid_number_is_refused():
    for bad in ([1, 1], [0], [-3], [True]):
        with pytest.raises(ValueError):
            lottery_draw.canonical_list(bad)


def test_new_secrets_are_64_hex_characters_and_differ():
    one, two = lottery_draw.new_secret(), lottery_draw.new_secret()
    assert lottery_draw.is_hex_digest(one) and lottery_draw.is_hex_digest(two) and one != two
    assert not lottery_draw.is_hex_digest(one.upper()) and not lottery_draw.is_hex_digest(one[:-1])


def _published_by_the_city(ids, season_id=7):
    """What a run drawn honestly with SECRET publishes: application → [its lottery number]."""
    seed = lottery_draw.derive_seed(secret=SECRET, application_ids=ids)
    numbers = lottery_draw.lottery_numbers(seed=seed, season_id=season_id, application_ids=ids)
    return seed, {pk: [number] for pk, number in numbers.items()}


def test_verification_recomputes_every_number_and_matches_an_honest_draw():
    ids = [4, 8, 15, 16, 23, 42]
    seed, published = _published_by_the_city(ids)
    result = lottery_draw.verify(
        commitment=lottery_draw.commitment_of(SECRET),
        secret=SECRET,
        season_id=7,
        application_ids=ids,
        seeds_used=[seed, seed],
        published=published,
    )
    assert result.matches and result.commitment_matches and result.seed_matches
    assert result.seed == seed and result.published_count == 6 and result.mismatch_count == 0
    assert [row.number for row in result.numbers] == [1, 2, 3, 4, 5, 6]


def test_a_wrong_secret_fails_verification():
    ids = [4, 8, 15, 16, 23, 42]
    seed, published = _published_by_the_city(ids)
    wrong = "f" * 64
    result = lottery_draw.verify(
        commitment=lottery_draw.commitment_of(SECRET),
        secret=wrong,
        season_id=7,
        application_ids=ids,
        seeds_used=[seed],
        published=published,
    )
    assert not result.commitment_matches and not result.seed_matches and not result.matches


def test_a_changed_number_or_seed_is_caught():
    ids = [4, 8, 15, 16, 23, 42]
    seed, published = _published_by_the_city(ids)
    first, second = sorted(published, key=lambda pk: published[pk][0])[:2]
    published[first], published[second] = published[second], published[first]
    published[99] = [7]  # a number for an application that is not in the list
    result = lottery_draw.verify(
        commitment=lottery_draw.commitment_of(SECRET),
        secret=SECRET,
        season_id=7,
        application_ids=ids,
        seeds_used=[seed, "0" * 64],
        published=published,
    )
    assert result.commitment_matches and not result.seed_matches
    assert result.mismatch_count == 3 and not result.matches
    stray = next(row for row in result.numbers if row.application_id == 99)
    assert stray.number is None and stray.matches is False


def test_the_lottery_module_does_not_import_django():
    code = (
        "import sys, microcity.summerjobs.lottery.draw as l; l.derive_seed(secret=l.new_secret(), application_ids=[1]); "
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- Publishing the hash before registration ---------------------------------------------------------------


@pytest.fixture
def youth(valmiera):
    from microcity.accounts.tests.factories import UserFactory
    from microcity.core.tests.factories import YouthFactory

    return YouthFactory(city=valmiera, user=UserFactory())


@pytest.mark.django_db
def test_registration_stays_shut_without_a_published_hash(valmiera, coordinator, youth):
    season = SeasonFactory(city=valmiera, lottery_secret="")
    assert not season.lottery_is_committed and not season.youth_registration_open()
    with pytest.raises(SummerJobsError, match="not open"):
        applications_services.application_save(
            season=season, youth=youth, by=youth.user, choices=[], periods=[]
        )
    assert not Application.objects.filter(season=season).exists()
    season = lottery_commitment.lottery_commitment_publish(season=season, by=coordinator)
    assert season.youth_registration_open()
    application = applications_services.application_save(
        season=season, youth=youth, by=youth.user, choices=[], periods=[]
    )
    # Once the secret is revealed registration is shut again, even if someone moved the window's end.
    Season.objects.filter(pk=season.pk).update(
        youth_registration_closes=timezone.now() - dt.timedelta(minutes=1)
    )
    lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
    Season.objects.filter(pk=season.pk).update(
        youth_registration_closes=timezone.now() + dt.timedelta(days=1)
    )
    season.refresh_from_db()
    assert not season.youth_registration_open()
    with pytest.raises(SummerJobsError, match="not open"):
        applications_services.application_save(
            season=season, youth=youth, by=youth.user, choices=[], periods=[]
        )
    assert list(lottery_commitment.frozen_list(season=season)) == []  # the draft was never submitted
    assert application.status == ApplicationStatus.DRAFT


@pytest.mark.django_db
def test_the_hash_is_published_once_by_a_coordinator_before_registration_ends(
    valmiera, coordinator, rep, youth
):
    season = SeasonFactory(city=valmiera, lottery_secret="")
    with pytest.raises(NotAllowed):
        lottery_commitment.lottery_commitment_publish(season=season, by=rep)
    season = lottery_commitment.lottery_commitment_publish(season=season, by=coordinator)
    assert lottery_draw.is_hex_digest(season.lottery_secret)
    assert season.lottery_commitment == lottery_draw.commitment_of(season.lottery_secret)
    assert season.lottery_committed_by == coordinator and season.lottery_committed_at
    assert season.lottery_revealed_secret == ""
    event = AuditEvent.objects.filter(object_id=str(season.pk)).latest("pk")
    assert event.details == {"lottery_commitment": season.lottery_commitment}
    with pytest.raises(SummerJobsError, match="cannot change"):
        lottery_commitment.lottery_commitment_publish(season=season, by=coordinator)
    season.refresh_from_db()
    assert season.lottery_commitment == lottery_draw.commitment_of(season.lottery_secret)

    ended = SeasonFactory(
        city=valmiera, lottery_secret="", youth_registration_closes=timezone.now() - dt.timedelta(minutes=1)
    )
    with pytest.raises(SummerJobsError, match="ended"):
        lottery_commitment.lottery_commitment_publish(season=ended, by=coordinator)
    # A season that somehow has applications already (made before seasons committed) cannot commit now.
    late = SeasonFactory(city=valmiera, lottery_secret="")
    Application.objects.create(season=late, youth=youth, residence_city=valmiera)
    with pytest.raises(SummerJobsError, match="before the first"):
        lottery_commitment.lottery_commitment_publish(season=late, by=coordinator)
    # The database refuses half a commitment.
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Season.objects.filter(pk=late.pk).update(
            lottery_commitment="a" * 64, lottery_committed_at=timezone.now()
        )


@pytest.mark.django_db
def test_the_secret_is_revealed_after_closing_once_and_freezes_the_submitted_applications(
    season, june, placement_with, applicant, coordinator, rep, close_registration
):
    place = placement_with({june: 2})
    submitted = [applicant([place], [june]) for _ in range(3)]
    applicant([place], [june], status=ApplicationStatus.DRAFT, submitted_at=None)
    gone = applicant([place], [june])
    Application.objects.filter(pk=gone.pk).update(status=ApplicationStatus.WITHDRAWN)
    with pytest.raises(SummerJobsError, match="has closed"):
        lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
    close_registration(season)
    with pytest.raises(NotAllowed):
        lottery_commitment.lottery_secret_reveal(season=season, by=rep)
    season = lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
    ids = sorted(a.pk for a in submitted)
    assert lottery_commitment.frozen_list(season=season) == ids
    assert season.lottery_seed == lottery_draw.derive_seed(secret=season.lottery_secret, application_ids=ids)
    assert season.lottery_revealed_secret == season.lottery_secret
    assert season.lottery_seed_published_by == coordinator
    event = AuditEvent.objects.filter(object_id=str(season.pk)).latest("pk")
    assert event.details == {"lottery_seed": season.lottery_seed, "lottery_applications": 3}
    with pytest.raises(SummerJobsError, match="already revealed"):
        lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
    assert LotteryEntry.objects.filter(season=season).count() == 3


# --- The pages ------------------------------------------------------------------------------------------


def check_url(season, suffix=""):
    return f"/en/valmiera/summer-jobs/lottery/{season.pk}/{suffix}"


@pytest.mark.django_db
def test_the_public_check_recomputes_every_published_number(
    season, june, placement_with, applicant, coordinator, lottery_ready, ventspils
):
    place = placement_with({june: 2})
    applications = [applicant([place], [june]) for _ in range(4)]
    anonymous = Client()
    html = anonymous.get(check_url(season)).content.decode()
    assert season.lottery_commitment in html and 'data-state="not-revealed"' in html
    assert season.lottery_secret not in html
    assert anonymous.get(check_url(season, "applications.txt")).status_code == 404

    season = lottery_ready(season)
    run = lottery_services.match_run_publish(
        run=lottery_services.match_run_preview(season=season, by=coordinator), by=coordinator
    )
    response = anonymous.get(check_url(season))
    assert response.status_code == 200
    html = response.content.decode()
    assert season.lottery_secret in html and season.lottery_seed in html
    for name in ("commitment", "seed", "numbers", "before-opening", "before-applications"):
        assert f'data-check="{name}" data-result="matches"' in html, name
    assert html.count('data-check="number" data-result="matches"') == 4
    assert "mismatch" not in html

    # Anyone can recompute the seed from the secret and the downloaded list.
    listed = anonymous.get(check_url(season, "applications.txt"))
    assert listed["Content-Type"].startswith("text/plain")
    assert listed.content == "".join(f"{a.pk}\n" for a in sorted(applications, key=lambda a: a.pk)).encode()
    assert hashlib.sha256(season.lottery_secret.encode() + listed.content).hexdigest() == season.lottery_seed

    # A number published otherwise than the draw gives is shown as not matching.
    explanation = MatchExplanation.objects.filter(run=run).order_by("pk").first()
    explanation.params["lottery_number"] += 1 if explanation.params["lottery_number"] < 4 else -1
    explanation.save()
    html = anonymous.get(check_url(season)).content.decode()
    assert 'data-check="numbers" data-result="mismatch"' in html
    assert html.count('data-check="number" data-result="mismatch"') == 1

    # One application's line; a number outside the list; bad input; another city's address.
    html = anonymous.get(check_url(season), {"number": applications[0].pk}).content.decode()
    assert html.count("<tr data-application=") == 1 and f'data-application="{applications[0].pk}"' in html
    html = anonymous.get(check_url(season), {"number": 999999}).content.decode()
    assert 'data-state="not-in-list"' in html
    assert anonymous.get(check_url(season), {"number": "abc"}).status_code == 200
    assert anonymous.get(f"/en/ventspils/summer-jobs/lottery/{season.pk}/").status_code == 404


@pytest.mark.django_db
def test_the_coordinator_publishes_the_hash_from_the_coordination_page(valmiera, coordinator, client):
    season = SeasonFactory(city=valmiera, lottery_secret="")
    client.force_login(coordinator)
    html = client.get("/en/valmiera/summer-jobs/manage/").content.decode()
    assert 'data-state="not-committed"' in html and 'value="commit"' in html
    public = Client().get("/en/valmiera/summer-jobs/").content.decode()
    assert 'data-state="youth-not-yet"' in public and 'data-state="not-committed"' in public
    client.post("/en/valmiera/summer-jobs/manage/action/", {"action": "commit"})
    season.refresh_from_db()
    assert season.lottery_is_committed and season.lottery_committed_by == coordinator
    html = client.get("/en/valmiera/summer-jobs/manage/").content.decode()
    assert 'data-state="committed"' in html and season.lottery_secret not in html
    public = Client().get("/en/valmiera/summer-jobs/").content.decode()
    assert 'data-state="youth-open"' in public and season.lottery_commitment in public
    assert season.lottery_secret not in public
