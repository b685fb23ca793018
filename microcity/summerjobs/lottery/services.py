"""The summer lottery's services: a match run made as a preview (the lottery and the matching, see
instance.py), published as offers (the answers to offers are in offers/services.py) or discarded. Every
change goes through the runs' transition map (workflows.RUNS) and writes an audit event. See
docs/decisions/0011-summer-matching.md."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.models import AuditAction
from microcity.summerjobs import permissions
from microcity.summerjobs.lottery.instance import (
    MatchError,
    build_instance,
    explain_results,
    run_statistics,
    solve,
)
from microcity.summerjobs.models import (
    Assignment,
    AssignmentStatus,
    MatchExplanation,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    Season,
)
from microcity.summerjobs.offers.services import offer_deadline
from microcity.summerjobs.workflows import RUNS, NotAllowed, audit

_BATCH = 2000


# --- Services -------------------------------------------------------------------------------------------


@transaction.atomic
def match_run_preview(*, season: Season, by: User, kind: str = MatchRunKind.INITIAL) -> MatchRun:
    """Run the lottery and the matching and store the result as a preview (nothing is offered yet)."""
    if not permissions.can_run_matching(by, season):
        raise NotAllowed(_("Only the city's programme coordinators run the lottery."))
    season = Season.objects.select_related("city").get(pk=season.pk)
    if kind not in MatchRunKind.values:
        raise MatchError(f"Unknown kind of run: {kind!r}")
    if not (season.lottery_is_committed and season.lottery_seed_is_published):
        raise MatchError(_("Reveal the lottery secret before the first run."))
    if timezone.now() < season.youth_registration_closes:
        raise MatchError(_("Registration for youths is still open."))
    published = MatchRun.objects.filter(season=season, status=MatchRunStatus.PUBLISHED)
    if kind == MatchRunKind.INITIAL and published.exists():
        raise MatchError(_("The initial run is already published; make a follow-up run."))
    if kind == MatchRunKind.FOLLOW_UP and not published.exists():
        raise MatchError(_("A follow-up run needs a published initial run."))
    instance = build_instance(season, kind)
    matched = solve(instance)
    explanations = explain_results(instance, matched)
    run = MatchRun.objects.create(
        season=season,
        kind=kind,
        seed=instance.seed,
        inputs_digest=instance.digest,
        statistics=run_statistics(instance, matched, explanations),
        created_by=by,
    )
    Assignment.objects.bulk_create(
        [
            Assignment(
                run=run,
                application_id=applicant.pk,
                placement_period_id=instance.nodes[node_index].pk,
                period_id=instance.nodes[node_index].period_id,
                choice_rank=params["placed"]["rank"],
                lottery_number=applicant.lottery_number,
                status=AssignmentStatus.PROPOSED,
            )
            for applicant, node_index, (_code, params) in zip(
                instance.applicants, matched, explanations, strict=True
            )
            if node_index >= 0
        ],
        batch_size=_BATCH,
    )
    MatchExplanation.objects.bulk_create(
        [
            MatchExplanation(run=run, application_id=applicant.pk, code=code, params=params)
            for applicant, (code, params) in zip(instance.applicants, explanations, strict=True)
        ],
        batch_size=_BATCH,
    )
    audit(
        by=by,
        obj=run,
        city=season.city,
        action=AuditAction.CREATE,
        status=[None, run.status],
        kind=kind,
        placed=run.statistics["placed"],
        participants=run.statistics["participants"],
        inputs_digest=instance.digest,
    )
    return run


@transaction.atomic
def match_run_publish(*, run: MatchRun, by: User) -> MatchRun:
    """Turn a preview into offers. The inputs are read again and must give the same fingerprint: a preview
    is never published after an application, a placement, a priority check or an answer changed."""
    if not permissions.can_run_matching(by, run.season):
        raise NotAllowed(_("Only the city's programme coordinators publish match runs."))
    # One publication at a time per season.
    season = Season.objects.select_for_update(of=("self",)).select_related("city").get(pk=run.season_id)
    run = MatchRun.objects.select_for_update().get(pk=run.pk)
    if run.status != MatchRunStatus.PREVIEW:
        raise MatchError(_("Only a preview can be published."))
    if run.seed != season.lottery_seed:
        raise MatchError(_("The lottery seed has changed since this preview."))
    if (
        run.kind == MatchRunKind.INITIAL
        and MatchRun.objects.filter(season=season, status=MatchRunStatus.PUBLISHED).exists()
    ):
        raise MatchError(_("The initial run is already published; make a follow-up run."))
    instance = build_instance(season, run.kind)
    if instance.digest != run.inputs_digest:
        raise MatchError(
            _("Applications, placements or offers have changed since this preview; run it again.")
        )
    now = timezone.now()
    offers = run.assignments.filter(status=AssignmentStatus.PROPOSED).update(
        status=AssignmentStatus.OFFERED, offered_at=now, deadline=offer_deadline(season=season, now=now)
    )
    run.published_at = now
    run.published_by = by
    workflow.transition(
        run,
        MatchRunStatus.PUBLISHED,
        workflow=RUNS,
        by=by,
        city=season.city,
        fields=["published_at", "published_by"],
        details={"offers": offers},
        locked=True,
    )
    # Other previews of the season were computed on inputs that this publication changes.
    for stale in MatchRun.objects.filter(season=season, status=MatchRunStatus.PREVIEW).exclude(pk=run.pk):
        _discard(stale, by=by, reason="superseded")
    return run


def _discard(run: MatchRun, *, by: User | None, reason: str) -> None:
    workflow.transition(
        run,
        MatchRunStatus.DISCARDED,
        workflow=RUNS,
        by=by,
        city=run.season.city,
        details={"reason": reason},
        locked=True,
    )


@transaction.atomic
def match_run_discard(*, run: MatchRun, by: User) -> MatchRun:
    if not permissions.can_run_matching(by, run.season):
        raise NotAllowed(_("Only the city's programme coordinators discard match runs."))
    run = MatchRun.objects.select_for_update(of=("self",)).select_related("season__city").get(pk=run.pk)
    _discard(run, by=by, reason="by coordinator")
    return run
