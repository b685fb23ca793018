"""Lottery pages. The public lottery check of a season (no sign-in): the secret's hash published before
registration, the secret revealed after it, the frozen list of applications, and every published lottery
number recomputed from them, each marked "matches" or "does not match" (docs/decisions/0018). The
coordinator's season overview with the lottery's steps (publish the hash, close registration, reveal the
secret, preview a run), and a match run's statistics with publishing or discarding it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from microcity.accounts.http import acting_user
from microcity.core.decorators import with_city
from microcity.core.models import City
from microcity.core.refusals import refusal_as_message
from microcity.summerjobs import notifications, permissions, workflows
from microcity.summerjobs.lottery import commitment, draw, selectors, services
from microcity.summerjobs.lottery.forms import LotteryLookupForm, RunForm
from microcity.summerjobs.models import (
    ApplicationStatus,
    AssignmentStatus,
    Gender,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    PlacementStatus,
    PriorityKind,
    Season,
)
from microcity.summerjobs.seasons import selectors as seasons_selectors
from microcity.summerjobs.seasons import services as seasons_services
from microcity.summerjobs.seasons.views import managed_season, require_managed_season

PER_PAGE = 100


@with_city
def lottery_check(request: HttpRequest, city: City, season: int) -> HttpResponse:
    found = get_object_or_404(seasons_selectors.season_rows(), pk=season, city=city)
    first_application = selectors.first_application_at(season=found)
    committed_at = found.lottery_committed_at
    checked = commitment.lottery_verification(season=found)
    form = LotteryLookupForm(request.GET or None)
    rows = list(checked.result.numbers) if checked is not None else []
    looked_up = None
    if checked is not None and form.is_valid():
        number = form.cleaned_data["number"]
        looked_up = [row for row in rows if row.application_id == number]
        rows = looked_up
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "summerjobs/lottery_check.html",
        {
            "city": city,
            "season": found,
            "checked": checked,
            "page": page,
            "form": form,
            "looked_up": looked_up,
            "first_application": first_application,
            "before_opening": committed_at is not None and committed_at <= found.youth_registration_opens,
            "before_applications": committed_at is not None
            and (first_application is None or committed_at <= first_application),
        },
    )


@with_city
def lottery_list(request: HttpRequest, city: City, season: int) -> HttpResponse:
    """The frozen list as the exact bytes that the seed hashes, for `sha256sum`."""
    found = get_object_or_404(Season, pk=season, city=city)
    if not (found.lottery_is_committed and found.lottery_seed_is_published):
        raise Http404("The lottery list is not frozen yet")
    body = draw.canonical_list(commitment.frozen_list(season=found))
    response = HttpResponse(body, content_type="text/plain; charset=us-ascii")
    response["Content-Disposition"] = f'inline; filename="lottery-{found.pk}-applications.txt"'
    return response


@login_required
@with_city
def manage(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.is_coordinator(request.user, city):
        raise PermissionDenied
    season = managed_season(request, city)
    if season is None:
        return render(request, "summerjobs/manage.html", {"city": city, "season": None})
    overview = selectors.season_overview(season=season)
    placements, applications, offers = overview.placements, overview.applications, overview.offers
    runs = list(selectors.match_runs_of(season=season))
    has_published = any(run.status == MatchRunStatus.PUBLISHED for run in runs)
    now = timezone.now()
    return render(
        request,
        "summerjobs/manage.html",
        {
            "city": city,
            "season": season,
            "placement_rows": [
                (PlacementStatus(s).label, placements.get(s, 0), s) for s in PlacementStatus.values
            ],
            "application_rows": [
                (ApplicationStatus(s).label, applications.get(s, 0), s) for s in ApplicationStatus.values
            ],
            "offer_rows": [
                (AssignmentStatus(s).label, offers.get(s, 0), s)
                for s in AssignmentStatus.values
                if s != AssignmentStatus.PROPOSED
            ],
            "places": overview.places,
            "to_check": overview.to_check,
            "runs": runs,
            "youth_open": season.youth_registration_open(now),
            "registration_closed": now >= season.youth_registration_closes,
            "applications_exist": any(applications.values()),
            "run_kind": MatchRunKind.FOLLOW_UP if has_published else MatchRunKind.INITIAL,
            "run_form": RunForm(
                initial={"kind": MatchRunKind.FOLLOW_UP if has_published else MatchRunKind.INITIAL}
            ),
        },
    )


def _close_registration(request: HttpRequest, city: City, season: Season) -> HttpResponse | None:
    now = timezone.now()
    if not season.youth_registration_open(now):
        raise workflows.SummerJobsError(_("Registration for youths is not open."))
    seasons_services.season_update(
        season=season, by=acting_user(request), data={"youth_registration_closes": now}
    )
    messages.success(request, _("Registration for youths is closed."))
    return None


def _publish_commitment(request: HttpRequest, city: City, season: Season) -> HttpResponse | None:
    commitment.lottery_commitment_publish(season=season, by=acting_user(request))
    messages.success(request, _("The lottery secret's hash is published."))
    return None


def _reveal_secret(request: HttpRequest, city: City, season: Season) -> HttpResponse | None:
    commitment.lottery_secret_reveal(season=season, by=acting_user(request))
    messages.success(request, _("The lottery secret is revealed and the list of applications frozen."))
    return None


def _preview_run(request: HttpRequest, city: City, season: Season) -> HttpResponse | None:
    run_form = RunForm(request.POST)
    if not run_form.is_valid():
        raise PermissionDenied
    run = services.match_run_preview(
        season=season, by=acting_user(request), kind=run_form.cleaned_data["kind"]
    )
    messages.success(request, _("The preview is ready. Check it before publishing the offers."))
    return redirect("summerjobs:run", city=city.slug, pk=run.pk)


SEASON_ACTIONS: dict[str, Callable[[HttpRequest, City, Season], HttpResponse | None]] = {
    "commit": _publish_commitment,
    "close_registration": _close_registration,
    "reveal": _reveal_secret,
    "run": _preview_run,
}


@login_required
@with_city
@require_POST
def manage_action(request: HttpRequest, city: City) -> HttpResponse:
    """The coordinator's season actions: publish the lottery secret's hash, close youths' registration,
    reveal the secret, make a preview run."""
    season = require_managed_season(request, city)
    act = SEASON_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        response = act(request, city, season)
        if response is not None:
            return response
    return redirect("summerjobs:manage", city=city.slug)


def _label_rows(data: dict[str, dict[str, int]], labels: dict[str, str]) -> list[dict[str, Any]]:
    return [{"label": labels.get(key, key), **values} for key, values in data.items()]


@login_required
@with_city
def run_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    require_managed_season(request, city)
    run = get_object_or_404(
        selectors.match_runs_in(city=city),
        pk=pk,
    )
    stats = run.statistics
    group_labels = {str(kind): str(kind.label) for kind in PriorityKind}
    group_labels["none"] = _("No priority group")
    gender_labels = {str(g.value): str(g.label) for g in Gender if g.value}
    gender_labels["not_stated"] = str(Gender.NOT_STATED.label)
    by_rank = stats.get("by_choice_rank", {})
    placed = stats.get("placed", 0)
    return render(
        request,
        "summerjobs/run_detail.html",
        {
            "city": city,
            "season": run.season,
            "run": run,
            "stats": stats,
            "by_rank": [
                {"rank": rank, "count": count, "share": round(100 * count / placed) if placed else 0}
                for rank, count in by_rank.items()
            ],
            "by_group": _label_rows(stats.get("by_priority_group", {}), group_labels),
            "by_gender": _label_rows(stats.get("by_gender", {}), gender_labels),
            "by_school": stats.get("by_school", []),
            "by_period": [{"label": name, **values} for name, values in stats.get("by_period", {}).items()],
        },
    )


def _publish_run(request: HttpRequest, run: MatchRun) -> None:
    with transaction.atomic():
        run = services.match_run_publish(run=run, by=acting_user(request))
        notifications.run_published_notify(run=run)
    messages.success(request, _("The offers are published and the youths are told by e-mail."))


def _discard_run(request: HttpRequest, run: MatchRun) -> None:
    services.match_run_discard(run=run, by=acting_user(request))
    messages.success(request, _("The preview is discarded."))


RUN_ACTIONS: dict[str, Callable[[HttpRequest, MatchRun], None]] = {
    "publish": _publish_run,
    "discard": _discard_run,
}


@login_required
@with_city
@require_POST
def run_action(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    require_managed_season(request, city)
    run = get_object_or_404(selectors.match_runs_in(city=city), pk=pk)
    act = RUN_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        act(request, run)
    return redirect("summerjobs:run", city=city.slug, pk=run.pk)
