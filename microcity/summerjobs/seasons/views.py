"""Season pages: the public season page, and the coordinator's pages: the city's seasons, which one the
coordination pages show, and the pages that set up or change a season with its periods, working-time limits
and priority groups.

The public pages show the city's latest season. A coordinator may manage another one (last year's, or a
second programme of the same summer): the choice is kept in the session per city, and every coordination
page (of every sub-domain) reads it through `managed_season` or `require_managed_season`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.core.apps import SITE_GENERATION
from microcity.core.decorators import with_city
from microcity.core.models import City
from microcity.core.pagecache import cache_public_page
from microcity.core.refusals import refusal_as_form_error
from microcity.summerjobs import home, permissions
from microcity.summerjobs.models import (
    MatchRunStatus,
    Season,
)
from microcity.summerjobs.seasons import selectors, services
from microcity.summerjobs.seasons.forms import SeasonPage

pass

SESSION_KEY = "summerjobs_managed_season"


def managed_season(request: HttpRequest, city: City) -> Season | None:
    """The season the coordinator chose for `city`, or else the city's latest."""
    seasons = selectors.seasons_in(city=city).select_related("city")
    chosen = request.session.get(SESSION_KEY, {}).get(str(city.pk))
    if chosen is not None:
        found = seasons.filter(pk=chosen).first()
        if found is not None:
            return found
    return seasons.first()


def requested_season(request: HttpRequest, city: City) -> tuple[Season, list[Season]]:
    """The season a page shows, and the city's seasons to switch between: the one asked for with
    `?season=` (also a posted field), else the coordinator's chosen season, else the latest."""
    seasons = list(selectors.seasons_in(city=city).select_related("city"))
    if not seasons:
        raise Http404("No summer season")
    wanted = request.GET.get("season") or request.POST.get("season")
    if wanted:
        found = next((s for s in seasons if str(s.pk) == wanted), None)
        if found is None:
            raise Http404("No such season")
        return found, seasons
    chosen = request.session.get(SESSION_KEY, {}).get(str(city.pk))
    if chosen is not None and permissions.is_coordinator(request.user, city):
        found = next((s for s in seasons if s.pk == chosen), None)
        if found is not None:
            return found, seasons
    return seasons[0], seasons


def _choose(request: HttpRequest, season: Season) -> None:
    chosen = dict(request.session.get(SESSION_KEY, {}))
    chosen[str(season.city_id)] = season.pk
    request.session[SESSION_KEY] = chosen


def _coordinator_only(request: HttpRequest, city: City) -> None:
    if not permissions.can_create_season(request.user, city):
        raise PermissionDenied


@login_required
@with_city
def season_list(request: HttpRequest, city: City) -> HttpResponse:
    _coordinator_only(request, city)
    current = managed_season(request, city)
    seasons = list(
        selectors.seasons_in(city=city).annotate(
            period_count=Count("periods", distinct=True),
            published_runs=Count(
                "match_runs", filter=Q(match_runs__status=MatchRunStatus.PUBLISHED), distinct=True
            ),
        )
    )
    return render(
        request,
        "summerjobs/seasons/list.html",
        {"city": city, "season": current, "seasons": seasons, "latest": seasons[0] if seasons else None},
    )


@login_required
@with_city
@require_POST
def season_select(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Manage this season on the coordination pages."""
    season = get_object_or_404(selectors.season_rows(), pk=pk, city=city)
    if not permissions.can_manage_season(request.user, season):
        raise PermissionDenied
    _choose(request, season)
    messages.success(
        request, _("The coordination pages now show %(season)s.") % {"season": f"{season.name} {season.year}"}
    )
    return redirect("summerjobs:manage", city=city.slug)


def _save(request: HttpRequest, city: City, page: SeasonPage, season: Season | None) -> Season | None:
    """Hand the page's data to the service; its refusals become errors on the page (nothing is saved)."""
    with refusal_as_form_error(page.form):
        if season is None:
            return services.season_create(
                city=city,
                by=acting_user(request),
                data=page.form.season_data(),
                periods=page.periods_data(),
                priority_groups=page.groups_data(),
                hour_limits=page.limits_data(),
            )
        return services.season_update(
            season=season,
            by=acting_user(request),
            data=page.form.season_data(),
            periods=page.periods_data(),
            priority_groups=page.groups_data(),
            hour_limits=page.limits_data(),
        )
    return None


def _render(
    request: HttpRequest, city: City, page: SeasonPage, season: Season | None, frozen: bool
) -> HttpResponse:
    return render(
        request,
        "summerjobs/seasons/edit.html",
        {
            "city": city,
            "season": season,
            "page": page,
            "frozen": frozen,
            "errors": page.errors() if page.form.is_bound else [],
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def season_new(request: HttpRequest, city: City) -> HttpResponse:
    _coordinator_only(request, city)
    page = SeasonPage(request.POST or None, season=Season(city=city))
    if request.method == "POST" and page.is_valid():
        saved = _save(request, city, page, None)
        if saved is not None:
            _choose(request, saved)
            messages.success(
                request, _("The season is set up. Employers can register once their window opens.")
            )
            return redirect("summerjobs:season_list", city=city.slug)
    return _render(request, city, page, None, frozen=False)


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def season_edit(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    season = get_object_or_404(selectors.season_rows(), pk=pk, city=city)
    if not permissions.can_manage_season(request.user, season):
        raise PermissionDenied
    frozen = season.match_runs.filter(status=MatchRunStatus.PUBLISHED).exists()
    page = SeasonPage(request.POST or None, season=season)
    if request.method == "POST":
        if frozen:
            # The same refusal as the service's, before reading the form: the rules of a season whose offers
            # are out never change.
            messages.error(request, _("The season's offers are published; its rules can no longer change."))
            return redirect("summerjobs:season_edit", city=city.slug, pk=season.pk)
        if page.is_valid():
            saved = _save(request, city, page, season)
            if saved is not None:
                messages.success(request, _("The season is saved."))
                return redirect("summerjobs:season_list", city=city.slug)
    return _render(request, city, page, season, frozen=frozen)


def require_managed_season(request: HttpRequest, city: City) -> Season:
    """For coordination pages: the managed season, 404 if the city has none."""
    if not permissions.is_coordinator(request.user, city):
        raise PermissionDenied
    season = managed_season(request, city)
    if season is None:
        raise Http404("No summer season")
    return season


@cache_public_page(depends_on=(SITE_GENERATION, home.GENERATION), timeout=120)
@with_city
def season_page(request: HttpRequest, city: City) -> HttpResponse:
    """The public season page; anonymous visitors share it until the season changes (summerjobs/home.py)."""
    season = selectors.current_season(city)
    context: dict[str, Any] = {"city": city, "season": season}
    if season is not None:
        home.season_moments(season)
        now = timezone.now()
        published = selectors.first_publication(season=season)
        context.update(
            {
                "periods": list(season.periods.all()),
                "priority_groups": list(season.priority_groups.all()),
                "employer_open": season.employer_registration_open(now),
                "youth_open": season.youth_registration_open(now),
                # Before the window, or inside it while the lottery secret's hash is not yet published.
                "youth_not_yet": now < season.youth_registration_opens
                or (not season.lottery_is_committed and now < season.youth_registration_closes),
                "employer_not_yet": now < season.employer_registration_opens,
                "placement_count": selectors.open_placement_count(season=season),
                "published_at": published,
                "subsidy": season.minimum_wage * season.employer_subsidy_share,
                "disability_subsidy": season.minimum_wage * season.disability_subsidy_share,
                "supervisor_pay": season.minimum_wage * season.supervisor_share,
                "cofunding": season.minimum_wage * season.city_cofunding_share,
                "is_coordinator": permissions.is_coordinator(request.user, city),
                "is_employer": bool(permissions.employer_organisation_ids(request.user, city)),
            }
        )
    return render(request, "summerjobs/season.html", context)


def current_season_or_404(city: City) -> Season:
    """The city's current season (the latest one), for pages that need one."""
    season = selectors.current_season(city)
    if season is None:
        raise Http404("No summer season")
    return season
