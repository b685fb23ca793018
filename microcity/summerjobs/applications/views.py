"""Pages of the youth summer employment programme: the public season page, employers' placements, the
youth's (or guardian's) application and offers, and the coordinator's review, lottery and reports.

Views are thin: permission → form → service → render. Who sees which rows is decided in selectors.py and
permissions.py; every staff view of a youth's application is written to the audit log."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.core import exports
from microcity.core.decorators import with_city
from microcity.core.http import client_address, safe_next
from microcity.core.models import AuditAction, City, Organisation, OrganisationKind, Person
from microcity.core.refusals import refusal_as_form_error, refusal_as_message
from microcity.core.services import audit_log
from microcity.summerjobs import (
    commitment,
    matching,
    notifications,
    permissions,
    selectors,
    services,
    workflows,
)
from microcity.summerjobs.eligibility import age_on
from microcity.summerjobs.explanations import explain
from microcity.summerjobs.forms import ApplicationForm, PlacementForm, ReturnForm, RunForm
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Gender,
    MatchExplanation,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    PriorityKind,
    Season,
)
from microcity.summerjobs.services import LAST_BASIC_SCHOOL_GRADE
from microcity.summerjobs.views_seasons import managed_season, require_managed_season

PER_PAGE = 30
EMPLOYER_KINDS = [
    OrganisationKind.EMPLOYER,
    OrganisationKind.COMPANY,
    OrganisationKind.PUBLIC_BODY,
    OrganisationKind.NGO,
    OrganisationKind.SCHOOL,
    OrganisationKind.UNIVERSITY,
]


def _season(city: City) -> Season | None:
    """The city's current season: the latest one."""
    return selectors.seasons_in(city=city).select_related("city").first()


def _season_or_404(city: City) -> Season:
    season = _season(city)
    if season is None:
        raise Http404("No summer season")
    return season


def _require_coordinator(request: HttpRequest, city: City) -> Season:
    """The season that the coordinator manages (views_seasons: chosen on the season list, else the latest)."""
    return require_managed_season(request, city)


def _employer_ids(request: HttpRequest, city: City) -> set[int]:
    return permissions.employer_organisation_ids(request.user, city)


# --- The public season page -----------------------------------------------------------------------------


@with_city
def season_page(request: HttpRequest, city: City) -> HttpResponse:
    season = _season(city)
    context: dict[str, Any] = {"city": city, "season": season}
    if season is not None:
        now = timezone.now()
        published = (
            MatchRun.objects.filter(season=season, status=MatchRunStatus.PUBLISHED)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
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
                "placement_count": selectors.placements_open(season=season).count(),
                "published_at": published,
                "subsidy": season.minimum_wage * season.employer_subsidy_share,
                "disability_subsidy": season.minimum_wage * season.disability_subsidy_share,
                "supervisor_pay": season.minimum_wage * season.supervisor_share,
                "cofunding": season.minimum_wage * season.city_cofunding_share,
                "is_coordinator": permissions.is_coordinator(request.user, city),
                "is_employer": bool(_employer_ids(request, city)),
            }
        )
    return render(request, "summerjobs/season.html", context)


@with_city
def placement_list(request: HttpRequest, city: City) -> HttpResponse:
    """The approved placements that youths choose from."""
    season = _season_or_404(city)
    page = Paginator(selectors.placements_open(season=season), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "summerjobs/placements.html", {"city": city, "season": season, "page": page})


# --- Employers --------------------------------------------------------------------------------------------


@login_required
@with_city
def employer_placements(request: HttpRequest, city: City) -> HttpResponse:
    if not _employer_ids(request, city):
        raise PermissionDenied
    season = _season(city)
    if season is None:
        return render(request, "summerjobs/employer_placements.html", {"city": city, "season": None})
    placements = list(selectors.placements_of_employer(user=request.user, season=season))
    return render(
        request,
        "summerjobs/employer_placements.html",
        {
            "city": city,
            "season": season,
            "placements": placements,
            "periods": list(season.periods.all()),
            "employer_open": season.employer_registration_open(),
        },
    )


def _placement_organisations(request: HttpRequest, city: City) -> Any:
    if permissions.is_coordinator(request.user, city):
        return Organisation.objects.filter(city=city, kind__in=EMPLOYER_KINDS).order_by("name")
    return Organisation.objects.filter(city=city, pk__in=_employer_ids(request, city)).order_by("name")


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def placement_edit(request: HttpRequest, city: City, pk: int | None = None) -> HttpResponse:
    """A new placement, or one of the employer's: editable while it is a draft or returned."""
    season = _season_or_404(city)
    is_coordinator = permissions.is_coordinator(request.user, city)
    placement: Placement | None = None
    if pk is not None:
        placement = get_object_or_404(
            Placement.objects.select_related("season__city", "organisation", "occupation").prefetch_related(
                "periods__period"
            ),
            pk=pk,
            season__city=city,
        )
        if not (permissions.represents(request.user, placement.organisation_id) or is_coordinator):
            raise Http404
        season = placement.season
    elif not _employer_ids(request, city) and not is_coordinator:
        raise PermissionDenied
    editable = placement is None or permissions.can_edit_placement(request.user, placement)
    form = PlacementForm(
        request.POST or None,
        season=season,
        organisations=_placement_organisations(request, city),
        placement=placement,
    )
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        if form.is_valid():
            with refusal_as_form_error(form):
                with transaction.atomic():
                    if placement is None:
                        saved = services.placement_create(
                            season=season,
                            organisation=form.cleaned_data["organisation"],
                            by=acting_user(request),
                            data=form.placement_data(),
                            capacities=form.capacities(),
                        )
                    else:
                        saved = services.placement_update(
                            placement=placement,
                            by=acting_user(request),
                            data=form.placement_data(),
                            capacities=form.capacities(),
                        )
                    if request.POST.get("submit_for_approval"):
                        services.placement_submit(placement=saved, by=acting_user(request))
                if request.POST.get("submit_for_approval"):
                    messages.success(
                        request, _("The placement is sent to the city's coordinator for approval.")
                    )
                else:
                    messages.success(request, _("The placement is saved as a draft."))
                if _employer_ids(request, city):
                    return redirect("summerjobs:employer_placements", city=city.slug)
                return redirect("summerjobs:placement", city=city.slug, pk=saved.pk)
    fill = []
    if placement is not None and not editable:
        fill = list(
            PlacementPeriod.objects.filter(placement=placement)
            .select_related("period")
            .annotate(
                accepted=Count("assignments", filter=Q(assignments__status=AssignmentStatus.ACCEPTED)),
                offered=Count("assignments", filter=Q(assignments__status=AssignmentStatus.OFFERED)),
            )
            .order_by("period__starts_on")
        )
    return render(
        request,
        "summerjobs/placement_edit.html",
        {
            "city": city,
            "season": season,
            "placement": placement,
            "form": form,
            "editable": editable,
            "fill": fill,
            "can_withdraw": placement is not None
            and placement.status != PlacementStatus.WITHDRAWN
            and permissions.can_withdraw_placement(request.user, placement),
        },
    )


@login_required
@with_city
@require_POST
def placement_withdraw(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    placement = get_object_or_404(Placement.objects.select_related("season__city"), pk=pk, season__city=city)
    if not permissions.can_withdraw_placement(request.user, placement):
        raise Http404
    with refusal_as_message(request):
        services.placement_withdraw(placement=placement, by=acting_user(request))
        messages.success(request, _("The placement is withdrawn."))
    return redirect("summerjobs:placement", city=city.slug, pk=placement.pk)


@login_required
@with_city
def employer_youths(request: HttpRequest, city: City) -> HttpResponse:
    """Youths who hold an offer or a place at the employer's placements."""
    season = _season_or_404(city)
    own = _employer_ids(request, city)
    if not own:
        raise PermissionDenied
    offers = list(
        selectors.offers_visible_to(user=request.user, season=season)
        .filter(
            status__in=ACTIVE_ASSIGNMENT_STATUSES,
            placement_period__placement__organisation_id__in=own,
        )
        .order_by(
            "placement_period__placement__workplace", "period__starts_on", "application__youth__last_name"
        )
    )
    for offer in offers:
        born = offer.application.youth.date_of_birth
        offer.age = age_on(born, offer.period.starts_on) if born else None  # type: ignore[attr-defined]
    return render(
        request, "summerjobs/employer_youths.html", {"city": city, "season": season, "offers": offers}
    )


# --- Staff view of an application -----------------------------------------------------------------


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def application_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """A youth's application as the coordinator or an employer who made them an offer sees it."""
    is_coordinator = permissions.is_coordinator(request.user, city)
    if not is_coordinator and not _employer_ids(request, city):
        raise PermissionDenied
    found = Application.objects.filter(pk=pk, season__city=city).select_related("season__city").first()
    if found is None:
        raise Http404
    application = get_object_or_404(
        selectors.applications_visible_to(user=request.user, season=found.season), pk=pk
    )
    if request.method == "POST":
        if not permissions.can_verify_priority(request.user, application):
            raise PermissionDenied
        with refusal_as_message(request):
            services.application_priority_verify(
                application=application, by=acting_user(request), verified=request.POST.get("verified") == "1"
            )
            messages.success(request, _("The priority check is recorded."))
        return redirect(
            safe_next(request) or reverse("summerjobs:application", kwargs={"city": city.slug, "pk": pk})
        )
    audit_log(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=application,
        person=application.youth,
        city=city,
        address=client_address(request),
    )
    offers = list(
        selectors.offers_visible_to(user=request.user, season=application.season).filter(
            application=application
        )
    )
    youth = application.youth
    first_day = min((p.starts_on for p in application.available_periods.all()), default=None)
    return render(
        request,
        "summerjobs/application_detail.html",
        {
            "city": city,
            "application": application,
            "youth": youth,
            "age": age_on(youth.date_of_birth, first_day) if youth.date_of_birth and first_day else None,
            "offers": offers,
            "is_coordinator": is_coordinator,
            "show_contact": is_coordinator or any(o.status == AssignmentStatus.ACCEPTED for o in offers),
            "explanation": selectors.explanation_for(application=application) if is_coordinator else [],
        },
    )


# --- Youths and guardians -------------------------------------------------------------------------------


def _youths_for(user: Any) -> list[Person]:
    """The people the user may apply for: themselves and the youths in their care (not an adult guardian)."""
    ids = permissions.youth_ids_in_care_of(user)
    people = list(Person.objects.filter(pk__in=ids).select_related("school", "city").order_by("pk"))
    if len(people) > 1:
        today = timezone.localdate()
        people = [
            p
            for p in people
            if p.user_id != user.pk or (p.date_of_birth is not None and age_on(p.date_of_birth, today) <= 25)
        ]
    return people


def _initial(application: Application | None, youth: Person, city: City) -> dict[str, Any]:
    if application is None:
        return {
            "school": youth.school_id,
            "residence_city": youth.city_id,
            "in_basic_education": youth.grade is not None and youth.grade <= LAST_BASIC_SCHOOL_GRADE,
        }
    initial: dict[str, Any] = {
        "periods": [p.pk for p in application.available_periods.all()],
        "priority_group": application.priority_group_id,
        "priority_evidence": application.priority_evidence,
        "school": application.school_id,
        "in_basic_education": application.in_basic_education,
        "residence_city": application.residence_city_id,
        "gender": application.gender,
    }
    for choice in application.choices.all():
        initial[f"choice_{choice.rank}"] = choice.placement_id
    return initial


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest, city: City) -> HttpResponse:
    season = _season_or_404(city)
    youths = _youths_for(request.user)
    context: dict[str, Any] = {"city": city, "season": season, "youths": youths}
    if not youths:
        return render(request, "summerjobs/apply.html", {**context, "no_person": True})
    wanted = request.POST.get("youth") or request.GET.get("youth")
    youth = next((p for p in youths if str(p.pk) == wanted), youths[0])
    application = (
        Application.objects.filter(season=season, youth=youth)
        .exclude(status=ApplicationStatus.WITHDRAWN)
        .prefetch_related("available_periods", "choices")
        .first()
    )
    context.update({"youth": youth, "application": application})
    if application is not None and application.status != ApplicationStatus.DRAFT:
        messages.info(request, _("The application is submitted. To change it, reopen it first."))
        return redirect("summerjobs:mine", city=city.slug)
    if not season.youth_registration_open():
        return render(request, "summerjobs/apply.html", {**context, "closed": True})
    form = ApplicationForm(
        request.POST or None,
        season=season,
        placements=selectors.placements_open(season=season).select_related("organisation"),
        initial=_initial(application, youth, city),
    )
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            application = services.application_save(
                season=season,
                youth=youth,
                by=acting_user(request),
                choices=form.choices(),
                periods=list(form.cleaned_data["periods"]),
                data=form.application_data(),
            )
            # Saved as a draft even if submitting it is refused below (NotEligible lists every problem).
            context["application"] = application
            if request.POST.get("submit_application"):
                services.application_submit(application=application, by=acting_user(request))
                messages.success(
                    request, _("The application is submitted. You will get an e-mail after the lottery.")
                )
                return redirect("summerjobs:mine", city=city.slug)
            messages.success(
                request, _("The application is saved as a draft. Submit it before registration closes.")
            )
            return redirect(f"{reverse('summerjobs:apply', kwargs={'city': city.slug})}?youth={youth.pk}")
    return render(request, "summerjobs/apply.html", {**context, "form": form})


@login_required
@with_city
def mine(request: HttpRequest, city: City) -> HttpResponse:
    """The user's applications in this city (theirs and their youths'), with offers and explanations."""
    applications = list(selectors.applications_in_care_of(user=request.user).filter(season__city=city))
    offers_by_application: dict[int, list[Assignment]] = defaultdict(list)
    for offer in (
        Assignment.objects.filter(application__in=applications, run__status=MatchRunStatus.PUBLISHED)
        .select_related("placement_period__placement__organisation", "period")
        .order_by("offered_at", "pk")
    ):
        offers_by_application[offer.application_id].append(offer)
    # The explanation of the latest published run that included each youth (one query for all).
    explanations: dict[int, MatchExplanation] = {}
    for row in MatchExplanation.objects.filter(
        application__in=applications, run__status=MatchRunStatus.PUBLISHED
    ).order_by("-run__published_at", "-pk"):
        explanations.setdefault(row.application_id, row)
    # Finished work is history: a season that has ended and a settled place offer no change (workflows.py,
    # the same rule that the services apply).
    today = timezone.localdate()
    last_days = workflows.season_last_days(application.season_id for application in applications)
    held = [
        o
        for offers in offers_by_application.values()
        for o in offers
        if o.status in ACTIVE_ASSIGNMENT_STATUSES
    ]
    settled = workflows.settled_places(held, today, last_days=last_days)
    rows = []
    for application in applications:
        explanation = explanations.get(application.pk)
        offers = offers_by_application.get(application.pk, [])
        for offer in offers:
            offer.settled = settled.get(offer.pk)  # type: ignore[attr-defined]
        last_day = last_days.get(application.season_id)
        history = last_day is not None and last_day < today
        rows.append(
            {
                "application": application,
                "offers": offers,
                "explanation": explain(explanation) if explanation is not None else [],
                "history": history,
                # The rows are the user's own or their youths' (applications_in_care_of), so what is left of
                # can_reopen_application / can_withdraw_application is the status; the services check again.
                "can_reopen": application.status == ApplicationStatus.SUBMITTED
                and application.season.youth_registration_open()
                and not history,
                "can_withdraw": application.status != ApplicationStatus.WITHDRAWN
                and not history
                and not any(settled.get(offer.pk) for offer in offers),
            }
        )
    season = _season(city)
    return render(
        request,
        "summerjobs/mine.html",
        {
            "city": city,
            "season": season,
            "rows": rows,
            "can_apply": season is not None and season.youth_registration_open(),
        },
    )


def _accept_offer(request: HttpRequest, offer: Assignment) -> None:
    matching.assignment_accept(assignment=offer, by=acting_user(request))
    messages.success(request, _("You accepted the place. The employer will contact you about the contract."))


def _decline_offer(request: HttpRequest, offer: Assignment) -> None:
    matching.assignment_decline(assignment=offer, by=acting_user(request))
    messages.success(request, _("You declined the place. It goes to another youth."))


OFFER_ACTIONS: dict[str, Callable[[HttpRequest, Assignment], None]] = {
    "accept": _accept_offer,
    "decline": _decline_offer,
}


@login_required
@with_city
@require_POST
def offer_answer(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    offer = get_object_or_404(
        Assignment.objects.select_related(
            "application__season__city", "application__youth", "placement_period"
        ),
        pk=pk,
        run__season__city=city,
        run__status=MatchRunStatus.PUBLISHED,
    )
    if not permissions.can_answer_offer(request.user, offer):
        raise Http404
    act = OFFER_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        act(request, offer)
    if permissions.acts_for_youth(request.user, offer.application.youth):
        return redirect("summerjobs:mine", city=city.slug)
    return redirect("summerjobs:application", city=city.slug, pk=offer.application_id)


def _withdraw_application(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    services.application_withdraw(application=application, by=acting_user(request))
    messages.success(request, _("The application is withdrawn."))
    return None


def _reopen_application(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    services.application_reopen(application=application, by=acting_user(request))
    messages.info(request, _("Change the application and submit it again before registration closes."))
    return redirect(f"{reverse('summerjobs:apply', kwargs={'city': city.slug})}?youth={application.youth_id}")


APPLICATION_ACTIONS: dict[str, Callable[[HttpRequest, City, Application], HttpResponse | None]] = {
    "withdraw": _withdraw_application,
    "reopen": _reopen_application,
}


@login_required
@with_city
@require_POST
def application_action(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Withdraw or reopen one's own (or one's youth's) application."""
    application = get_object_or_404(
        selectors.applications_in_care_of(user=request.user).filter(season__city=city), pk=pk
    )
    act = APPLICATION_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        response = act(request, city, application)
        if response is not None:
            return response
    return redirect("summerjobs:mine", city=city.slug)


# --- The coordinator --------------------------------------------------------------------------------


def _counts(rows: Any) -> dict[str, int]:
    return {row["status"]: row["n"] for row in rows.values("status").annotate(n=Count("pk")).order_by()}


@login_required
@with_city
def manage(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.is_coordinator(request.user, city):
        raise PermissionDenied
    season = managed_season(request, city)
    if season is None:
        return render(request, "summerjobs/manage.html", {"city": city, "season": None})
    placements = _counts(Placement.objects.filter(season=season))
    applications = _counts(Application.objects.filter(season=season))
    offers = _counts(Assignment.objects.filter(run__season=season, run__status=MatchRunStatus.PUBLISHED))
    places = PlacementPeriod.objects.filter(
        placement__season=season, placement__status=PlacementStatus.APPROVED
    ).aggregate(total=Sum("capacity"))["total"]
    to_check = Application.objects.filter(
        season=season,
        status=ApplicationStatus.SUBMITTED,
        priority_group__isnull=False,
        priority_verified_at__isnull=True,
    ).count()
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
            "places": places or 0,
            "to_check": to_check,
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
        raise services.SummerJobsError(_("Registration for youths is not open."))
    services.season_update(season=season, by=acting_user(request), data={"youth_registration_closes": now})
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
    run = matching.match_run_preview(
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
    season = _require_coordinator(request, city)
    act = SEASON_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        response = act(request, city, season)
        if response is not None:
            return response
    return redirect("summerjobs:manage", city=city.slug)


@login_required
@with_city
def review_queue(request: HttpRequest, city: City) -> HttpResponse:
    season = _require_coordinator(request, city)
    placements = list(selectors.placement_review_queue(season=season))
    return render(
        request,
        "summerjobs/review_queue.html",
        {"city": city, "season": season, "placements": placements, "return_form": ReturnForm()},
    )


def _approve_placement(request: HttpRequest, placement: Placement) -> None:
    services.placement_approve(placement=placement, by=acting_user(request))
    messages.success(request, _("The placement is approved: youths can choose it."))


def _return_placement(request: HttpRequest, placement: Placement) -> None:
    form = ReturnForm(request.POST)
    if not form.is_valid():
        raise services.SummerJobsError(_("Say what the employer should change."))
    services.placement_return(
        placement=placement, by=acting_user(request), reason=form.cleaned_data["reason"]
    )
    messages.success(request, _("The placement is returned to the employer."))


REVIEW_ACTIONS: dict[str, Callable[[HttpRequest, Placement], None]] = {
    "approve": _approve_placement,
    "return": _return_placement,
}


@login_required
@with_city
@require_POST
def placement_review(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    placement = get_object_or_404(Placement.objects.select_related("season__city"), pk=pk, season__city=city)
    if not permissions.can_review_placement(request.user, placement):
        raise PermissionDenied
    act = REVIEW_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        act(request, placement)
    return redirect("summerjobs:review_queue", city=city.slug)


@login_required
@with_city
def application_list(request: HttpRequest, city: City) -> HttpResponse:
    """The season's applications for the coordinator; `?check=priority` lists the priorities to check."""
    season = _require_coordinator(request, city)
    rows = selectors.applications_visible_to(user=request.user, season=season)
    check = request.GET.get("check") == "priority"
    if check:
        rows = rows.filter(
            status=ApplicationStatus.SUBMITTED,
            priority_group__isnull=False,
            priority_verified_at__isnull=True,
        )
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "summerjobs/applications.html",
        {"city": city, "season": season, "page": page, "check": check},
    )


def _label_rows(data: dict[str, dict[str, int]], labels: dict[str, str]) -> list[dict[str, Any]]:
    return [{"label": labels.get(key, key), **values} for key, values in data.items()]


@login_required
@with_city
def run_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _require_coordinator(request, city)
    run = get_object_or_404(
        MatchRun.objects.select_related("season__city", "created_by", "published_by"),
        pk=pk,
        season__city=city,
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
        run = matching.match_run_publish(run=run, by=acting_user(request))
        notifications.run_published_notify(run=run)
    messages.success(request, _("The offers are published and the youths are told by e-mail."))


def _discard_run(request: HttpRequest, run: MatchRun) -> None:
    matching.match_run_discard(run=run, by=acting_user(request))
    messages.success(request, _("The preview is discarded."))


RUN_ACTIONS: dict[str, Callable[[HttpRequest, MatchRun], None]] = {
    "publish": _publish_run,
    "discard": _discard_run,
}


@login_required
@with_city
@require_POST
def run_action(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _require_coordinator(request, city)
    run = get_object_or_404(MatchRun.objects.select_related("season__city"), pk=pk, season__city=city)
    act = RUN_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        act(request, run)
    return redirect("summerjobs:run", city=city.slug, pk=run.pk)


@login_required
@with_city
def fill_report(request: HttpRequest, city: City) -> HttpResponse:
    season = _require_coordinator(request, city)
    rows = list(selectors.placement_fill(season=season))
    totals = {
        "places": sum(r.capacity for r in rows),
        "offered": sum(r.offered for r in rows),  # type: ignore[attr-defined]
        "accepted": sum(r.accepted for r in rows),  # type: ignore[attr-defined]
    }
    return render(
        request, "summerjobs/fill.html", {"city": city, "season": season, "rows": rows, "totals": totals}
    )


def _assignment_rows(offers: Any) -> Iterator[list[Any]]:
    yield [
        "run",
        "run_kind",
        "application",
        "first_name",
        "last_name",
        "employer",
        "placement",
        "period",
        "choice_rank",
        "lottery_number",
        "status",
        "offered_at",
        "deadline",
        "answered_at",
    ]
    for offer in offers:
        placement = offer.placement_period.placement
        youth = offer.application.youth
        yield [
            offer.run_id,
            offer.run.kind,
            offer.application_id,
            youth.first_name,
            youth.last_name,
            placement.organisation.name,
            placement.workplace,
            offer.period.name,
            offer.choice_rank,
            offer.lottery_number,
            offer.status,
            offer.offered_at,
            offer.deadline,
            offer.responded_at,
        ]


@login_required
@with_city
def assignments_export(request: HttpRequest, city: City) -> HttpResponse:
    season = _require_coordinator(request, city)
    offers = selectors.offers_visible_to(user=request.user, season=season)
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=season,
        city=city,
        address=client_address(request),
        details={"format": "csv", "rows": offers.count()},
    )
    stamp = timezone.localdate().isoformat()
    return exports.csv_response(
        _assignment_rows(offers.iterator(chunk_size=2000)),
        filename=f"summer-jobs-{city.slug}-{season.year}-{stamp}.csv",
    )
