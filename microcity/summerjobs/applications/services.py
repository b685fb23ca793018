"""State changes of youths' applications: saving, checking against the season's rules, submitting,
reopening and withdrawing them, the coordinator's check of priority evidence, the employer's confirmation
of a prior agreement, and the person's own data (download and erasure). Every status change goes through
the applications' transition map and writes an audit event.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.models import AuditAction, Person
from microcity.summerjobs import eligibility, permissions
from microcity.summerjobs.eligibility import HourRule, PlacementTerms, Problem
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    ApplicationStatus,
    AssignmentStatus,
    Choice,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    Season,
    SeasonPeriod,
)
from microcity.summerjobs.offers.services import assignment_release
from microcity.summerjobs.workflows import (
    APPLICATIONS,
    NotAllowed,
    SummerJobsError,
    application_settled,
    audit,
    full_clean,
)

APPLICATION_FIELDS = frozenset(
    {
        "priority_group",
        "priority_evidence",
        "school",
        "in_basic_education",
        "residence_city",
        "gender",
        "pre_agreement",
    }
)
# Basic school in Latvia is grades 1–9.
LAST_BASIC_SCHOOL_GRADE = 9


class NotEligible(SummerJobsError):
    """The application breaks the season's rules; `problems` says how, each with a stable code."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.messages = [problem.message for problem in problems]
        super().__init__("; ".join(self.messages))


def _application_defaults(youth: Person) -> dict[str, Any]:
    return {
        "school": youth.school,
        "residence_city": youth.city,
        "in_basic_education": youth.grade is not None and youth.grade <= LAST_BASIC_SCHOOL_GRADE,
    }


def _check_application_choices(
    season: Season, choices: Sequence[Placement], periods: Sequence[SeasonPeriod]
) -> None:
    """The ranked choices and the periods: within the season's limit, no repeats, all of this season."""
    if len(choices) > season.max_choices:
        raise SummerJobsError(str(eligibility.MESSAGES["too_many_choices"]) % {"max": season.max_choices})
    if len({placement.pk for placement in choices}) != len(choices):
        raise SummerJobsError(str(eligibility.MESSAGES["duplicate_choice"]))
    if any(placement.season_id != season.pk for placement in choices):
        raise SummerJobsError(_("Every choice must be a placement of this season."))
    if any(period.season_id != season.pk for period in periods):
        raise SummerJobsError(_("Every period must be one of this season's."))


def _apply_priority_and_agreement(season: Season, application: Application, data: Mapping[str, Any]) -> None:
    """Check the priority group and the prior agreement; a changed one loses its confirmation."""
    group = data.get("priority_group", application.priority_group)
    if group is not None and group.season_id != season.pk:
        raise SummerJobsError(_("That priority group belongs to another season."))
    if "priority_group" in data and data["priority_group"] != application.priority_group:
        application.priority_verified_at = None
        application.priority_verified_by = None
    agreement = data.get("pre_agreement", application.pre_agreement)
    if agreement is not None and (agreement.season_id != season.pk or not season.allow_pre_agreements):
        raise SummerJobsError(_("Prior agreements do not count in this season."))
    if "pre_agreement" in data and data["pre_agreement"] != application.pre_agreement:
        application.pre_agreement_confirmed_at = None
        application.pre_agreement_confirmed_by = None


@transaction.atomic
def application_save(
    *,
    season: Season,
    youth: Person,
    by: User,
    choices: Sequence[Placement],
    periods: Sequence[SeasonPeriod],
    data: Mapping[str, Any] | None = None,
) -> Application:
    """Create or change the youth's draft application: `choices` in order of preference, the periods the
    youth can work, and the optional facts in `data` (school, residence and basic school default to the
    person record). Changing the priority group or the prior agreement clears its confirmation."""
    data = dict(data or {})
    unknown = set(data) - APPLICATION_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown application fields: {sorted(unknown)}")
    if not permissions.can_apply_for(by, youth):
        raise NotAllowed(_("You can apply only for yourself or for a youth in your care."))
    if not season.youth_registration_open():
        raise SummerJobsError(str(eligibility.MESSAGES["registration_closed"]))
    application = (
        Application.objects.select_for_update(of=("self",))
        .filter(season=season, youth=youth)
        .exclude(status=ApplicationStatus.WITHDRAWN)
        .order_by("pk")
        .first()
    )
    created = application is None
    if application is None:
        application = Application(season=season, youth=youth, **_application_defaults(youth))
    elif not permissions.can_edit_application(by, application):
        raise SummerJobsError(_("A submitted application must be reopened before it is changed."))
    _check_application_choices(season, choices, periods)
    _apply_priority_and_agreement(season, application, data)
    for name, value in data.items():
        setattr(application, name, value)
    application.submitted_by = by
    full_clean(application, exclude=["season", "youth"])
    application.save()
    application.available_periods.set(periods)
    application.choices.all().delete()
    Choice.objects.bulk_create(
        [
            Choice(application=application, rank=rank, placement=placement)
            for rank, placement in enumerate(choices, 1)
        ]
    )
    audit(
        by=by,
        obj=application,
        city=season.city,
        person=youth,
        action=AuditAction.CREATE if created else AuditAction.CHANGE,
    )
    return application


def application_check(*, application: Application) -> list[Problem]:
    """Everything that stops an application from being submitted, each with a stable code.

    The youth must be within the season's ages on the first day of at least one period they can work, live
    or go to school in the city, and be allowed (age, light work, hazardous work, supervision and working
    time for their age category) to take every chosen placement in at least one of their periods.
    """
    season = application.season
    youth = application.youth
    problems: list[Problem] = []
    if not season.youth_registration_open():
        problems.append(Problem("registration_closed"))
    school_city_id = application.school.city_id if application.school is not None else None
    problems += eligibility.residence_problems(
        city_id=season.city_id,
        city_name=season.city.name,
        residence_city_id=application.residence_city_id,
        school_city_id=school_city_id,
    )
    periods = list(application.available_periods.order_by("starts_on", "pk"))
    if not periods:
        problems.append(Problem("no_available_periods"))
    choices = list(application.choices.select_related("placement__organisation").order_by("rank"))
    if not choices:
        problems.append(Problem("no_choices"))
    elif len(choices) > season.max_choices:
        problems.append(Problem("too_many_choices", {"max": season.max_choices}))
    if youth.date_of_birth is None:
        return [*problems, Problem("no_date_of_birth")]
    born = youth.date_of_birth
    age_problems = {
        p.pk: eligibility.season_age_problems(
            born=born,
            period_name=p.name,
            period_starts_on=p.starts_on,
            min_age=season.min_age,
            max_age=season.max_age,
        )
        for p in periods
    }
    workable = [p for p in periods if not age_problems[p.pk]]
    if periods and not workable:
        problems += [problem for p in periods for problem in age_problems[p.pk]]
        return problems
    limits = {limit.category: HourRule.of(limit) for limit in season.hour_limits.all()}
    runs_in = {
        (row.placement_id, row.period_id)
        for row in PlacementPeriod.objects.filter(
            placement__in=[c.placement_id for c in choices], capacity__gt=0
        )
    }
    for choice in choices:
        placement = choice.placement
        label = str(placement)
        if placement.status != PlacementStatus.APPROVED or placement.season_id != season.pk:
            problems.append(Problem("placement_not_open", {"placement": label}))
            continue
        common = [p for p in workable if (placement.pk, p.pk) in runs_in]
        if not common:
            reason = Problem("not_available")
            problems.append(
                Problem(
                    "choice_not_eligible",
                    {"rank": choice.rank, "placement": label, "reason": reason.as_dict()},
                )
            )
            continue
        terms = PlacementTerms.of(placement)
        found_per_period = []
        for period in common:
            age = eligibility.age_on(born, period.starts_on)
            category = eligibility.age_category(age=age, in_basic_education=application.in_basic_education)
            found_per_period.append(
                eligibility.placement_problems(
                    age=age,
                    has_disability=youth.has_disability,
                    period_name=period.name,
                    terms=terms,
                    working_time=eligibility.working_time_problems(terms=terms, rule=limits[category]),
                )
            )
        # Allowed in one of the youth's periods is enough; otherwise say why not in the first.
        if all(found_per_period):
            first_problem = found_per_period[0][0]
            problems.append(
                Problem(
                    "choice_not_eligible",
                    {"rank": choice.rank, "placement": label, "reason": first_problem.as_dict()},
                )
            )
    return problems


@transaction.atomic
def application_submit(*, application: Application, by: User) -> Application:
    if not permissions.can_submit_application(by, application):
        raise NotAllowed(_("You cannot submit this application."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city", "youth", "school")
        .get(pk=application.pk)
    )
    problems = application_check(application=application)
    if problems:
        raise NotEligible(problems)
    application.submitted_at = timezone.now()
    application.submitted_by = by
    workflow.transition(
        application,
        ApplicationStatus.SUBMITTED,
        workflow=APPLICATIONS,
        by=by,
        city=application.season.city,
        person=application.youth,
        fields=["submitted_at", "submitted_by"],
        locked=True,
    )
    return application


@transaction.atomic
def application_reopen(*, application: Application, by: User) -> Application:
    """Back to draft, to change choices, while registration is still open."""
    if not permissions.can_reopen_application(by, application):
        raise NotAllowed(_("You cannot change this application."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city")
        .get(pk=application.pk)
    )
    if not application.season.youth_registration_open():
        raise SummerJobsError(str(eligibility.MESSAGES["registration_closed"]))
    application.submitted_at = None
    workflow.transition(
        application,
        ApplicationStatus.DRAFT,
        workflow=APPLICATIONS,
        by=by,
        city=application.season.city,
        person=application.youth,
        fields=["submitted_at"],
        locked=True,
    )
    return application


@transaction.atomic
def application_withdraw(*, application: Application, by: User) -> Application:
    """The youth leaves the season; an offer they hold is declined, which frees the place for a follow-up run."""
    if not permissions.can_withdraw_application(by, application):
        raise NotAllowed(_("You cannot withdraw this application."))
    application = workflow.lock(application, "season__city")
    now = timezone.now()
    # Refused before any offer is declined: a finished season or a settled place keeps everything.
    APPLICATIONS.check(application, ApplicationStatus.WITHDRAWN, now=now)
    for pk in application.assignments.filter(status__in=ACTIVE_ASSIGNMENT_STATUSES).values_list(
        "pk", flat=True
    ):
        assignment_release(pk, by=by, now=now, reason="application withdrawn")
    workflow.transition(
        application,
        ApplicationStatus.WITHDRAWN,
        workflow=APPLICATIONS,
        by=by,
        city=application.season.city,
        person=application.youth,
        now=now,
        locked=True,
    )
    return application


@transaction.atomic
def application_priority_verify(*, application: Application, by: User, verified: bool) -> Application:
    """The coordinator has seen the evidence (or found it lacking); only a checked priority counts."""
    if not permissions.can_verify_priority(by, application):
        raise NotAllowed(_("Only the city's programme coordinators check priority evidence."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city")
        .get(pk=application.pk)
    )
    if application.priority_group_id is None:
        raise SummerJobsError(_("The application claims no priority group."))
    application.priority_verified_at = timezone.now() if verified else None
    application.priority_verified_by = by if verified else None
    application.save(update_fields=["priority_verified_at", "priority_verified_by", "updated_at"])
    audit(
        by=by,
        obj=application,
        city=application.season.city,
        person=application.youth,
        priority_verified=[application.priority_group.kind if application.priority_group else None, verified],
    )
    return application


@transaction.atomic
def pre_agreement_confirm(*, application: Application, by: User) -> Application:
    """The employer confirms that it agreed with the youth beforehand; only a confirmed agreement counts."""
    if not permissions.can_confirm_pre_agreement(by, application):
        raise NotAllowed(_("Only the employer named in the agreement can confirm it."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city")
        .get(pk=application.pk)
    )
    if not application.season.allow_pre_agreements:
        raise SummerJobsError(_("Prior agreements do not count in this season."))
    application.pre_agreement_confirmed_at = timezone.now()
    application.pre_agreement_confirmed_by = by
    application.save(update_fields=["pre_agreement_confirmed_at", "pre_agreement_confirmed_by", "updated_at"])
    audit(
        by=by,
        obj=application,
        city=application.season.city,
        person=application.youth,
        pre_agreement_confirmed=application.pre_agreement_id,
    )
    return application


# --- The person's own data ---------------------------------------------------------------------------


def export_person_applications(person: Person) -> list[dict[str, Any]]:
    """The person's summer applications and offers, for their own data download."""
    applications = (
        Application.objects.filter(youth=person)
        .select_related("season__city", "priority_group", "school", "pre_agreement")
        .prefetch_related(
            "available_periods",
            "choices__placement__organisation",
            "assignments__placement_period__placement__organisation",
            "assignments__placement_period__period",
        )
    )
    return [
        {
            "city": a.season.city.slug,
            "season": str(a.season),
            "status": a.status,
            "submitted_at": a.submitted_at,
            "periods": [p.name for p in a.available_periods.all()],
            "choices": [str(c.placement) for c in a.choices.all()],
            "priority_group": a.priority_group.kind if a.priority_group else None,
            "priority_evidence": a.priority_evidence,
            "school": a.school.name if a.school else None,
            "gender": a.gender,
            # Named, not by an internal id; what followed each offer is under "summer_work".
            "offers": [
                {"placement": str(s.placement_period), "status": s.status, "deadline": s.deadline}
                for s in a.assignments.all()
                if s.status != AssignmentStatus.PROPOSED
            ],
        }
        for a in applications
    ]


def erase_person_applications(person: Person) -> None:
    """On the person's request: open applications are withdrawn and held offers declined (freeing the
    places); what the counts need (season, status, dates) stays, the evidence note and gender go. Finished
    work (a season that has ended, a settled place) is kept as it was."""
    now = timezone.now()
    for application in Application.objects.filter(youth=person).select_related("season__city"):
        if application.status != ApplicationStatus.WITHDRAWN and not application_settled(
            application, timezone.localdate(now)
        ):
            for pk in application.assignments.filter(status__in=ACTIVE_ASSIGNMENT_STATUSES).values_list(
                "pk", flat=True
            ):
                assignment_release(pk, by=None, now=now, reason="erasure")
            workflow.transition(
                application,
                ApplicationStatus.WITHDRAWN,
                workflow=APPLICATIONS,
                by=None,
                city=application.season.city,
                person=person,
                details={"reason": "erasure"},
                now=now,
            )
        application.priority_evidence = ""
        application.gender = ""
        application.updated_at = now
        application.save(update_fields=["priority_evidence", "gender", "updated_at"])
