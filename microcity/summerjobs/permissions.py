"""Who may do what in the summer programme: pure predicates `can_<verb>_<thing>(user, obj) -> bool`.

The city's programme coordinators run seasons, review placements, check priority evidence and run the
lottery; an employer's representatives manage their organisation's placements and see the youths placed
with them; a work supervisor sees and confirms the timesheets of the youths at the placements they
supervise, and nothing else; a youth, and a parent or guardian linked with recorded consent, manage the youth's application
and answer offers. A superuser may do everything. The memberships are read once per request (accounts).
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from microcity.accounts import permissions
from microcity.accounts.models import GuardianLink, Role
from microcity.core.models import City, Person
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Contract,
    Placement,
    PlacementStatus,
    Season,
)

COORDINATOR_ROLES = frozenset({Role.PROGRAMME_COORDINATOR})


def _authenticated(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_active", True))


def is_coordinator(user: Any, city: City) -> bool:
    return permissions.is_superuser(user) or permissions.has_any_role(user, COORDINATOR_ROLES, city)


def employer_organisation_ids(user: Any, city: City | None = None) -> set[int]:
    """Organisations for which the user is an employer representative (in `city`, if given)."""
    return {
        m.organisation_id
        for m in permissions.memberships(user)
        if m.role == Role.EMPLOYER_REPRESENTATIVE
        and m.organisation_id is not None
        and (city is None or m.city_id == city.pk)
    }


def represents(user: Any, organisation_id: int) -> bool:
    return organisation_id in employer_organisation_ids(user)


def supervisor_organisation_ids(user: Any, city: City | None = None) -> set[int]:
    """Organisations for which the user is a work supervisor (in `city`, if given)."""
    return {
        m.organisation_id
        for m in permissions.memberships(user)
        if m.role == Role.WORK_SUPERVISOR
        and m.organisation_id is not None
        and (city is None or m.city_id == city.pk)
    }


def _own_person_id(user: Any) -> int | None:
    """The user's person record, read once per request and kept on the user object."""
    if not _authenticated(user):
        return None
    if not hasattr(user, "_microcity_person_id"):
        user._microcity_person_id = Person.objects.filter(user=user).values_list("pk", flat=True).first()
    return user._microcity_person_id


def work_supervisors(*, organisation_ids: list[int], city: City) -> QuerySet[Person]:
    """People with an account who hold the work supervisor's role at one of the organisations in `city`."""
    return (
        Person.objects.filter(
            user__memberships__role=Role.WORK_SUPERVISOR,
            user__memberships__organisation_id__in=organisation_ids,
            user__memberships__city=city,
        )
        .distinct()
        .order_by("last_name", "first_name", "pk")
    )


def supervises(user: Any, placement: Placement) -> bool:
    """The user is the placement's named work supervisor and still holds that role at its employer in the
    season's city (a role taken away ends the access, even if the placement still names them)."""
    if placement.supervisor_id is None or placement.supervisor_id != _own_person_id(user):
        return False
    return placement.organisation_id in supervisor_organisation_ids(user, placement.season.city)


def youth_ids_in_care_of(user: Any) -> set[int]:
    """People whose summer applications the user may handle: themselves and youths they are guardian of."""
    if not _authenticated(user):
        return set()
    own = Person.objects.filter(user=user).values_list("pk", flat=True).first()
    ids: set[int] = set()
    if own is not None:
        ids.add(own)
        ids.update(
            GuardianLink.objects.filter(
                guardian_id=own, revoked_at__isnull=True, consent_given_at__lte=timezone.now()
            ).values_list("youth_id", flat=True)
        )
    return ids


def acts_for_youth(user: Any, youth: Person) -> bool:
    return youth.pk in youth_ids_in_care_of(user)


# --- Seasons and the lottery ------------------------------------------------------------------------


def can_manage_season(user: Any, season: Season) -> bool:
    return is_coordinator(user, season.city)


def can_create_season(user: Any, city: City) -> bool:
    return is_coordinator(user, city)


def can_run_matching(user: Any, season: Season) -> bool:
    return is_coordinator(user, season.city)


def can_publish_lottery_seed(user: Any, season: Season) -> bool:
    return is_coordinator(user, season.city)


# --- Placements -----------------------------------------------------------------------------------


def can_create_placement(user: Any, season: Season, organisation_id: int) -> bool:
    if is_coordinator(user, season.city):
        return True
    return organisation_id in employer_organisation_ids(user, season.city)


def can_edit_placement(user: Any, placement: Placement) -> bool:
    if not placement.is_editable:
        return False
    return can_create_placement(user, placement.season, placement.organisation_id)


def can_submit_placement(user: Any, placement: Placement) -> bool:
    return can_edit_placement(user, placement)


def can_review_placement(user: Any, placement: Placement) -> bool:
    return is_coordinator(user, placement.season.city)


def can_withdraw_placement(user: Any, placement: Placement) -> bool:
    return represents(user, placement.organisation_id) or is_coordinator(user, placement.season.city)


def can_view_placement(user: Any, placement: Placement) -> bool:
    """Approved placements are public (youths choose among them); drafts only for their employer and the city."""
    if placement.status == PlacementStatus.APPROVED:
        return True
    return represents(user, placement.organisation_id) or is_coordinator(user, placement.season.city)


def can_set_capacity(user: Any, placement: Placement) -> bool:
    """Places per period: the employer while the placement is editable, the coordinator at any time."""
    return can_edit_placement(user, placement) or is_coordinator(user, placement.season.city)


# --- Applications -----------------------------------------------------------------------------------


def can_apply_for(user: Any, youth: Person) -> bool:
    """A youth applies for themselves; a parent or guardian with recorded consent may apply for them."""
    return acts_for_youth(user, youth)


def can_view_application(user: Any, application: Application) -> bool:
    if acts_for_youth(user, application.youth) or is_coordinator(user, application.season.city):
        return True
    # An employer sees the applications of youths who have an offer from it or a prior agreement with it.
    organisations = employer_organisation_ids(user, application.season.city)
    if not organisations:
        return False
    agreement = application.pre_agreement if application.pre_agreement_id is not None else None
    if agreement is not None and agreement.organisation_id in organisations:
        return True
    return Assignment.objects.filter(
        application=application,
        status__in=ACTIVE_ASSIGNMENT_STATUSES,
        placement_period__placement__organisation_id__in=organisations,
    ).exists()


def can_edit_application(user: Any, application: Application) -> bool:
    return application.status == ApplicationStatus.DRAFT and acts_for_youth(user, application.youth)


def can_submit_application(user: Any, application: Application) -> bool:
    return can_edit_application(user, application)


def can_withdraw_application(user: Any, application: Application) -> bool:
    if application.status == ApplicationStatus.WITHDRAWN:
        return False
    return acts_for_youth(user, application.youth) or is_coordinator(user, application.season.city)


def can_reopen_application(user: Any, application: Application) -> bool:
    return application.status == ApplicationStatus.SUBMITTED and acts_for_youth(user, application.youth)


def can_verify_priority(user: Any, application: Application) -> bool:
    return is_coordinator(user, application.season.city)


def can_confirm_pre_agreement(user: Any, application: Application) -> bool:
    placement = application.pre_agreement
    if placement is None:
        return False
    return represents(user, placement.organisation_id) or is_coordinator(user, application.season.city)


# --- Offers -----------------------------------------------------------------------------------------


def can_answer_offer(user: Any, assignment: Assignment) -> bool:
    """The youth or their guardian accepts or declines; the coordinator may record an answer given on paper."""
    application = assignment.application
    return acts_for_youth(user, application.youth) or is_coordinator(user, application.season.city)


# --- After the job: pay, feedback, certificates -----------------------------------------------------


def _job_city(assignment: Assignment) -> City:
    return assignment.application.season.city


def _job_organisation_id(assignment: Assignment) -> int:
    return assignment.placement_period.placement.organisation_id


def can_view_payroll(user: Any, season: Season) -> bool:
    """The coordinator sees every row; an employer's representative sees their own organisations' rows."""
    return is_coordinator(user, season.city) or bool(employer_organisation_ids(user, season.city))


def can_view_job_after(user: Any, assignment: Assignment) -> bool:
    """The youth or their guardian, the employer's side and the city's coordinator."""
    return (
        acts_for_youth(user, assignment.application.youth)
        or represents(user, _job_organisation_id(assignment))
        or is_coordinator(user, _job_city(assignment))
    )


def can_give_feedback(user: Any, assignment: Assignment, role: str) -> bool:
    """The youth's form is for the youth or their guardian, the employer's for its representatives. When
    the form opens (after the job) is the service's question."""
    if role == "youth":
        return acts_for_youth(user, assignment.application.youth)
    if role == "employer":
        return represents(user, _job_organisation_id(assignment))
    return False


def can_issue_certificate(user: Any, assignment: Assignment) -> bool:
    return represents(user, _job_organisation_id(assignment)) or is_coordinator(user, _job_city(assignment))


def can_view_certificate(user: Any, assignment: Assignment) -> bool:
    return can_view_job_after(user, assignment)


def can_view_feedback_results(user: Any, season: Season) -> bool:
    return is_coordinator(user, season.city)


# --- Jobs: contracts, documents before the first day, timesheets --------------------------------------


def _works_at(user: Any, assignment: Assignment) -> bool:
    """The employer's side of the assignment's placement."""
    return represents(user, assignment.placement_period.placement.organisation_id)


def _is_job(assignment: Assignment) -> bool:
    """An accepted place, or one given up after its contract was drawn up (its record still counts)."""
    if assignment.status == AssignmentStatus.ACCEPTED:
        return True
    return Contract.objects.filter(assignment_id=assignment.pk).exists()


def can_view_jobs(user: Any, season: Season) -> bool:
    """The list of youths at work: the city's coordinator, the season's employers and their work
    supervisors (who see only the youths they supervise: selectors.jobs_visible_to)."""
    return (
        is_coordinator(user, season.city)
        or bool(employer_organisation_ids(user, season.city))
        or bool(supervisor_organisation_ids(user, season.city))
    )


def sees_hours_only(user: Any, assignment: Assignment) -> bool:
    """Of a job, a work supervisor sees the timesheet, not the contract's pay or the youth's documents: so
    does anyone on the staff side who is neither the coordinator nor the job's employer."""
    return not (is_coordinator(user, assignment.application.season.city) or _works_at(user, assignment))


def can_view_job(user: Any, assignment: Assignment) -> bool:
    """The contract, the documents and the timesheet: the employer's side, the coordinator, and the youth
    and their guardian (who see but do not change the contract and the checklist)."""
    application = assignment.application
    allowed = (
        is_coordinator(user, application.season.city)
        or _works_at(user, assignment)
        or acts_for_youth(user, application.youth)
        or supervises(user, assignment.placement_period.placement)
    )
    return allowed and _is_job(assignment)


def can_confirm_hours(user: Any, assignment: Assignment) -> bool:
    """Confirm the hours a youth entered: the employer's representatives and the placement's work
    supervisor; never the youth."""
    return _works_at(user, assignment) or supervises(user, assignment.placement_period.placement)


def can_manage_contract(user: Any, assignment: Assignment) -> bool:
    """Draw up, change and record the signing of the contract, and record the documents before the first
    day: the employer's side and the coordinator, for an accepted place only."""
    if assignment.status != AssignmentStatus.ACCEPTED:
        return False
    return _works_at(user, assignment) or is_coordinator(user, assignment.application.season.city)


# --- Reports -----------------------------------------------------------------------------------------


def can_view_season_reports(user: Any, season: Season) -> bool:
    """The dashboard and the equity report: aggregate figures of the city's season, for its coordinators."""
    return is_coordinator(user, season.city)
