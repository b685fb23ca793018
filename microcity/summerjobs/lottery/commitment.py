"""The lottery's commit and reveal for a season: publishing the hash of the secret before registration,
revealing the secret and freezing the list of applications after it, and reading what the public
verification page recomputes. The arithmetic is in draw.py (pure); see docs/decisions/0018.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.core.models import AuditAction
from microcity.core.services import audit_log
from microcity.summerjobs import permissions
from microcity.summerjobs.lottery import draw
from microcity.summerjobs.models import (
    Application,
    ApplicationStatus,
    LotteryEntry,
    MatchExplanation,
    MatchRun,
    MatchRunStatus,
    Season,
)
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError

_BATCH = 2000


@transaction.atomic
def lottery_commitment_publish(*, season: Season, by: Any, secret: str | None = None) -> Season:
    """Draw the season's lottery secret and publish its SHA-256 hash. Youths' registration opens only once
    this is done, and the hash never changes afterwards.

    `secret` is for tests and the demo data, which must be the same on every machine; the pages never pass
    one, so a coordinator can neither choose nor see the secret before it is revealed."""
    if not permissions.can_publish_lottery_seed(by, season):
        raise NotAllowed(_("Only the city's programme coordinators publish the lottery secret's hash."))
    season = Season.objects.select_for_update().select_related("city").get(pk=season.pk)
    if season.lottery_is_committed:
        raise SummerJobsError(_("The lottery secret's hash is already published; it cannot change."))
    if timezone.now() >= season.youth_registration_closes:
        raise SummerJobsError(
            _("Youths' registration has ended: the hash must be published before applications are taken.")
        )
    if Application.objects.filter(season=season).exists():
        raise SummerJobsError(
            _("The season already has applications: the hash must be published before the first one.")
        )
    secret = draw.new_secret() if secret is None else secret
    if not draw.is_hex_digest(secret):
        raise SummerJobsError("A lottery secret is 64 lower-case hex characters.")
    season.lottery_secret = secret
    season.lottery_commitment = draw.commitment_of(secret)
    season.lottery_committed_at = timezone.now()
    season.lottery_committed_by = by
    season.save(
        update_fields=[
            "lottery_secret",
            "lottery_commitment",
            "lottery_committed_at",
            "lottery_committed_by",
            "updated_at",
        ]
    )
    # The hash only: the secret stays out of the log until it is public.
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=season,
        city=season.city,
        details={"lottery_commitment": season.lottery_commitment},
    )
    return season


@transaction.atomic
def lottery_secret_reveal(*, season: Season, by: Any) -> Season:
    """At or after the end of youths' registration: freeze the list of submitted applications, reveal the
    secret and derive the seed from both (draw.derive_seed). Done once; the match runs use this seed."""
    if not permissions.can_publish_lottery_seed(by, season):
        raise NotAllowed(_("Only the city's programme coordinators reveal the lottery secret."))
    season = Season.objects.select_for_update().select_related("city").get(pk=season.pk)
    if not season.lottery_is_committed:
        raise SummerJobsError(_("The season has no published lottery secret's hash to reveal."))
    if season.lottery_seed_is_published:
        raise SummerJobsError(_("The lottery secret is already revealed."))
    now = timezone.now()
    if now < season.youth_registration_closes:
        raise SummerJobsError(_("The lottery secret is revealed once youths' registration has closed."))
    ids = list(
        Application.objects.filter(season=season, status=ApplicationStatus.SUBMITTED)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    LotteryEntry.objects.bulk_create(
        [LotteryEntry(season=season, application_number=pk) for pk in ids], batch_size=_BATCH
    )
    season.lottery_seed = draw.derive_seed(secret=season.lottery_secret, application_ids=ids)
    season.lottery_seed_published_at = now
    season.lottery_seed_published_by = by
    season.save(
        update_fields=["lottery_seed", "lottery_seed_published_at", "lottery_seed_published_by", "updated_at"]
    )
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=season,
        city=season.city,
        details={"lottery_seed": season.lottery_seed, "lottery_applications": len(ids)},
    )
    return season


def frozen_list(*, season: Season) -> list[int]:
    """The application numbers of the season's frozen lottery list, ascending (empty before the reveal)."""
    return list(
        LotteryEntry.objects.filter(season=season)
        .order_by("application_number")
        .values_list("application_number", flat=True)
    )


@dataclass(frozen=True)
class SeasonVerification:
    """What the public verification page shows: the recomputation, and the inputs it came from."""

    application_ids: list[int]
    result: draw.Verification
    runs_published: int


def lottery_verification(*, season: Season) -> SeasonVerification | None:
    """Recompute the season's draw from its revealed secret and frozen list and compare it with the
    lottery numbers of its published runs (as every youth was told them). None before the reveal.
    Three queries whatever the number of applications."""
    if not (season.lottery_is_committed and season.lottery_seed_is_published):
        return None
    ids = frozen_list(season=season)
    runs = list(
        MatchRun.objects.filter(season=season)
        .exclude(status=MatchRunStatus.DISCARDED)
        .values_list("pk", "seed", "status")
    )
    published: defaultdict[int, list[int]] = defaultdict(list)
    for application_id, number in (
        MatchExplanation.objects.filter(run__season=season, run__status=MatchRunStatus.PUBLISHED)
        .order_by("run_id")
        .values_list("application_id", "params__lottery_number")
    ):
        if number is not None:
            published[application_id].append(int(number))
    result = draw.verify(
        commitment=season.lottery_commitment,
        secret=season.lottery_secret,
        season_id=season.pk,
        application_ids=ids,
        seeds_used=[seed for _pk, seed, _status in runs],
        published=published,
    )
    return SeasonVerification(
        application_ids=ids,
        result=result,
        runs_published=sum(1 for _pk, _seed, status in runs if status == MatchRunStatus.PUBLISHED),
    )
