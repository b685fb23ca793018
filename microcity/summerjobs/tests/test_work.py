"""Contracts, the documents before the first working day and the job pages: which papers each age category
needs, no hours before the job may start, contract numbers and the minimum wage floor, every page and
form for every role (no leaks between employers, youths or cities), htmx fragments, the audit of staff
views and a fixed query count on the list of youths at work."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.core.models import AuditAction, AuditEvent
from microcity.core.tests.factories import OrganisationFactory, PersonFactory
from microcity.summerjobs import permissions
from microcity.summerjobs.contracts import services as contracts_services
from microcity.summerjobs.contracts.services import (
    ContractInvalid,
    NotReadyToStart,
    contract_create,
    contract_sign,
    contract_update,
    required_start_documents,
    start_document_record,
    start_document_remove,
    start_readiness,
)
from microcity.summerjobs.models import (
    AssignmentStatus,
    Contract,
    PlacementPeriod,
    StartDocument,
    StartDocumentKind,
    TimesheetEntry,
)
from microcity.summerjobs.placements import services as placements_services
from microcity.summerjobs.tests.conftest import born_aged
from microcity.summerjobs.tests.factories import (
    YEAR,
    SeasonFactory,
    SeasonPeriodFactory,
    accepted_assignment,
    ready_to_work,
)
from microcity.summerjobs.timesheets import services as timesheets_services
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError

pytestmark = pytest.mark.django_db

BASE = "/en/valmiera/summer-jobs"
CONSENT = StartDocumentKind.GUARDIAN_CONSENT
RISK = StartDocumentKind.RISK_ASSESSMENT
MEDICAL = StartDocumentKind.MEDICAL_CERTIFICATE
JUNE_1ST = dt.date(YEAR, 6, 7)


def t(value):
    return dt.time.fromisoformat(value)


@pytest.fixture
def job(june, employer, placement_with, applicant):
    """job(age=16) → an accepted place at the employer's placement (4 h a day) in June; the youth has an
    account. `ready=True` adds a signed contract and the documents."""

    def make(age=16, ready=False, status=AssignmentStatus.ACCEPTED, placement=None, youth=None, **fields):
        placement = placement or placement_with({june: 5}, organisation=employer)
        application = applicant(
            [placement], [june], age=age, youth={"user": UserFactory(), **(youth or {})}, **fields
        )
        assignment = accepted_assignment(
            application, PlacementPeriod.objects.get(placement=placement, period=june), status
        )
        if ready:
            ready_to_work(assignment)
        return assignment

    return make


def add_hours(assignment, by, day=JUNE_1ST, start="09:00", end="13:00", break_minutes=0):
    return timesheets_services.timesheet_entry_add(
        assignment=assignment, day=day, start=t(start), end=t(end), break_minutes=break_minutes, by=by
    )


def today():
    return timezone.localdate()


# --- Which documents, by age category --------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "basic_school", "expected"),
    [
        (13, False, [CONSENT, RISK, MEDICAL]),
        (14, False, [CONSENT, RISK, MEDICAL]),
        (16, True, [CONSENT, RISK, MEDICAL]),  # under 18 and still in basic school: a child
        (15, False, [RISK, MEDICAL]),
        (17, False, [RISK, MEDICAL]),
        (18, False, []),
        (19, True, []),
    ],
)
def test_required_documents_by_age_category(job, age, basic_school, expected):
    assignment = job(age=age, in_basic_education=basic_school)
    assert required_start_documents(assignment) == expected


def test_the_category_is_taken_on_the_contracts_first_day(job, rep):
    # 14 on the period's first day, 15 from 17 June: a contract starting on the 17th is an adolescent's.
    assignment = job(youth={"date_of_birth": born_aged(15, dt.date(YEAR, 6, 17))})
    assert required_start_documents(assignment) == [CONSENT, RISK, MEDICAL]
    contract_create(assignment=assignment, by=rep, data={"starts_on": dt.date(YEAR, 6, 17)})
    assert required_start_documents(assignment) == [RISK, MEDICAL]


def test_start_readiness_lists_what_is_missing_in_order(job, rep):
    assignment = job(age=13)
    assert [m.code for m in start_readiness(assignment)] == [
        "contract_missing",
        "document_missing",
        "document_missing",
        "document_missing",
    ]
    assert [m.message for m in start_readiness(assignment)] == [
        "The contract has not been drawn up yet.",
        "Not received yet: Parent's written consent.",
        "Not received yet: Parent informed of the workplace risk assessment.",
        "Not received yet: Doctor's certificate.",
    ]
    contract = contract_create(assignment=assignment, by=rep)
    for kind in (CONSENT, RISK):
        start_document_record(assignment=assignment, kind=kind, received_on=today(), by=rep)
    assert [m.message for m in start_readiness(assignment)] == [
        "The youth has not signed the contract yet.",
        "Not received yet: Doctor's certificate.",
    ]
    contract_sign(contract=contract, signed_on=today(), by=rep)
    start_document_record(assignment=assignment, kind=MEDICAL, received_on=today(), by=rep)
    assert start_readiness(assignment) == []


def test_an_adult_needs_only_the_signed_contract(job, rep):
    assignment = job(age=18)
    contract = contract_create(assignment=assignment, by=rep)
    assert [m.code for m in start_readiness(assignment)] == ["contract_unsigned"]
    contract_sign(contract=contract, signed_on=today(), by=rep)
    assert start_readiness(assignment) == []


# --- No hours before the job may start -----------------------------------------------------------------


def test_hours_are_refused_until_the_job_may_start(job, rep):
    assignment = job(age=16)
    youth_user = assignment.application.youth.user
    for user in (rep, youth_user):
        with pytest.raises(NotReadyToStart) as caught:
            add_hours(assignment, user)
        assert caught.value.messages == [
            "The contract has not been drawn up yet.",
            "Not received yet: Parent informed of the workplace risk assessment.",
            "Not received yet: Doctor's certificate.",
        ]
        assert str(caught.value).startswith("The job cannot start without them: The contract has not")
    assert not TimesheetEntry.objects.exists()

    contract = contract_create(assignment=assignment, by=rep)
    start_document_record(assignment=assignment, kind=RISK, received_on=today(), by=rep)
    start_document_record(assignment=assignment, kind=MEDICAL, received_on=today(), by=rep)
    with pytest.raises(NotReadyToStart, match="has not signed the contract"):
        add_hours(assignment, rep)
    contract_sign(contract=contract, signed_on=today(), by=rep)
    assert add_hours(assignment, rep).is_confirmed


def test_removing_a_document_stops_the_job_again(job, rep):
    assignment = job(age=16, ready=True)
    add_hours(assignment, rep)
    start_document_remove(document=StartDocument.objects.get(assignment=assignment, kind=MEDICAL), by=rep)
    with pytest.raises(NotReadyToStart, match="Doctor's certificate"):
        add_hours(assignment, rep, day=JUNE_1ST + dt.timedelta(days=1))
    assert TimesheetEntry.objects.count() == 1


def test_hours_only_within_the_contracts_days(job, rep):
    assignment = job(age=18)
    contract = contract_create(
        assignment=assignment,
        by=rep,
        data={"starts_on": dt.date(YEAR, 6, 14), "ends_on": dt.date(YEAR, 6, 18)},
    )
    contract_sign(contract=contract, signed_on=today(), by=rep)
    with pytest.raises(timesheets_services.TimesheetRefused) as caught:
        add_hours(assignment, rep, day=JUNE_1ST)
    assert [v.code for v in caught.value.violations] == ["outside_period"]
    add_hours(assignment, rep, day=dt.date(YEAR, 6, 14))


# --- The contract ------------------------------------------------------------------------------------


def test_contract_defaults_number_and_audit(job, rep, season):
    assignment = job(age=16)
    contract = contract_create(assignment=assignment, by=rep)
    assert contract.number == f"VALMIERA-{YEAR}-00001"
    assert (contract.starts_on, contract.ends_on) == (dt.date(YEAR, 6, 7), dt.date(YEAR, 6, 25))
    assert contract.hours_per_day == Decimal("4")
    # 780 a month over 168 hours = 4.642857…, rounded up so that it is never below the minimum.
    assert contract.hourly_rate == Decimal("4.6429")
    assert contract.signed_on is None and contract.created_by == rep
    event = AuditEvent.objects.get(object_type__model="contract", object_id=str(contract.pk))
    assert event.action == AuditAction.CREATE and event.person == assignment.application.youth
    assert event.details["number"] == contract.number

    assert contract_create(assignment=job(age=17), by=rep).number == f"VALMIERA-{YEAR}-00002"


def test_contract_numbers_are_shared_by_the_citys_seasons_of_a_year(job, rep, employer, valmiera, ventspils):
    contract_create(assignment=job(), by=rep)
    # The state programme in the same city and year continues the same numbers.
    state = SeasonFactory(city=valmiera, name="Valsts programma")
    period = SeasonPeriodFactory(season=state, starts_on=JUNE_1ST, ends_on=dt.date(YEAR, 6, 25))
    from microcity.summerjobs.tests.factories import ApplicationFactory, PlacementFactory

    placement = PlacementFactory(season=state, organisation=employer)
    place = PlacementPeriod.objects.create(placement=placement, period=period, capacity=1)
    other = accepted_assignment(
        ApplicationFactory(season=state, periods=[period], choices=[placement]), place
    )
    assert contract_create(assignment=other, by=rep).number == f"VALMIERA-{YEAR}-00002"
    # Another city starts at 1.
    elsewhere = SeasonFactory(city=ventspils)
    period = SeasonPeriodFactory(season=elsewhere, starts_on=JUNE_1ST, ends_on=dt.date(YEAR, 6, 25))
    placement = PlacementFactory(season=elsewhere)
    place = PlacementPeriod.objects.create(placement=placement, period=period, capacity=1)
    theirs = accepted_assignment(
        ApplicationFactory(season=elsewhere, periods=[period], choices=[placement]), place
    )
    coordinator = UserFactory()
    MembershipFactory(user=coordinator, city=ventspils, role=Role.PROGRAMME_COORDINATOR)
    assert contract_create(assignment=theirs, by=coordinator).number == f"VENTSPILS-{YEAR}-00001"


def test_contract_numbers_are_unique_in_the_database(job, rep):
    contract = contract_create(assignment=job(), by=rep)
    with pytest.raises(IntegrityError), transaction.atomic():
        Contract.objects.create(
            assignment=job(),
            number=contract.number,
            starts_on=contract.starts_on,
            ends_on=contract.ends_on,
            hours_per_day=contract.hours_per_day,
            hourly_rate=contract.hourly_rate,
        )


def test_the_next_number_follows_the_highest(job, rep):
    first = contract_create(assignment=job(), by=rep)
    Contract.objects.filter(pk=first.pk).update(number=f"VALMIERA-{YEAR}-00041")
    assert contract_create(assignment=job(), by=rep).number == f"VALMIERA-{YEAR}-00042"


def test_rate_below_the_minimum_is_refused(job, rep):
    assignment = job()
    with pytest.raises(ContractInvalid) as caught:
        contract_create(assignment=assignment, by=rep, data={"hourly_rate": Decimal("4.6428")})
    assert caught.value.messages == [
        "The pay per hour cannot be below the minimum wage pro rata: 4.6429 EUR (780.00 a month over 168 hours)."
    ]
    assert not Contract.objects.exists()
    contract = contract_create(assignment=assignment, by=rep, data={"hourly_rate": Decimal("5.5")})
    assert contract.hourly_rate == Decimal("5.5")
    with pytest.raises(ContractInvalid, match="below the minimum wage"):
        contract_update(contract=contract, by=rep, data={"hourly_rate": Decimal("4")})


def test_every_problem_of_the_terms_at_once(job, rep):
    assignment = job(age=13)
    with pytest.raises(ContractInvalid) as caught:
        contract_create(
            assignment=assignment,
            by=rep,
            data={
                "starts_on": dt.date(YEAR, 6, 1),
                "hours_per_day": Decimal("5"),
                "hourly_rate": Decimal("1"),
            },
        )
    assert caught.value.messages[0] == (
        f"The contract's dates must be within the period of the job ({YEAR}-06-07 to {YEAR}-06-25)."
    )
    assert caught.value.messages[1] == (
        "5 hours a day is more than the limit at the youth's age (4 hours a day)."
    )
    assert "below the minimum wage" in caught.value.messages[2] and len(caught.value.messages) == 3


def test_adolescent_may_have_seven_hours_a_day_but_not_eight(job, rep):
    assert contract_create(assignment=job(age=16), by=rep, data={"hours_per_day": Decimal("7")})
    with pytest.raises(ContractInvalid, match="limit at the youth's age \\(7 hours a day\\)"):
        contract_create(assignment=job(age=16), by=rep, data={"hours_per_day": Decimal("7.5")})


@pytest.mark.parametrize("status", [AssignmentStatus.OFFERED, AssignmentStatus.DECLINED])
def test_contract_only_for_an_accepted_place(job, rep, status):
    with pytest.raises(SummerJobsError, match="only for a place that the youth has accepted"):
        contract_create(assignment=job(status=status), by=rep)


def test_one_contract_per_job(job, rep):
    assignment = job()
    contract_create(assignment=assignment, by=rep)
    with pytest.raises(SummerJobsError, match="already has a contract"):
        contract_create(assignment=assignment, by=rep)


def test_update_until_signed_then_frozen(job, rep):
    assignment = job()
    contract = contract_create(assignment=assignment, by=rep)
    contract = contract_update(contract=contract, by=rep, data={"ends_on": dt.date(YEAR, 6, 18)})
    assert contract.ends_on == dt.date(YEAR, 6, 18)
    assert AuditEvent.objects.filter(object_id=str(contract.pk), details__fields=["ends_on"]).exists()
    with pytest.raises(SummerJobsError, match="cannot be in the future"):
        contract_sign(contract=contract, signed_on=today() + dt.timedelta(days=1), by=rep)
    contract_sign(contract=contract, signed_on=today(), by=rep)
    with pytest.raises(SummerJobsError, match="can no longer change"):
        contract_update(contract=contract, by=rep, data={"ends_on": dt.date(YEAR, 6, 20)})
    with pytest.raises(SummerJobsError, match="already signed"):
        contract_sign(contract=contract, signed_on=today(), by=rep)


def test_who_may_draw_up_the_contract(job, rep, coordinator, valmiera, ventspils, user_with_role):
    assignment = job()
    youth_user = assignment.application.youth.user
    other_rep = UserFactory()
    MembershipFactory(
        user=other_rep,
        city=valmiera,
        role=Role.EMPLOYER_REPRESENTATIVE,
        organisation=OrganisationFactory(city=valmiera),
    )
    for stranger in (youth_user, other_rep, user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils)):
        with pytest.raises(NotAllowed):
            contract_create(assignment=assignment, by=stranger)
        with pytest.raises(NotAllowed):
            start_document_record(assignment=assignment, kind=RISK, received_on=today(), by=stranger)
    assert contract_create(assignment=assignment, by=coordinator).created_by == coordinator


# --- The documents ------------------------------------------------------------------------------------


def test_recording_a_document_again_changes_its_date(job, rep):
    assignment = job(age=16)
    first = start_document_record(
        assignment=assignment, kind=RISK, received_on=today() - dt.timedelta(days=3), note="A", by=rep
    )
    again = start_document_record(assignment=assignment, kind=RISK, received_on=today(), note="B", by=rep)
    assert first.pk == again.pk and StartDocument.objects.count() == 1
    again.refresh_from_db()
    assert (again.received_on, again.note) == (today(), "B")
    actions = list(
        AuditEvent.objects.filter(object_type__model="startdocument")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == [AuditAction.CREATE, AuditAction.CHANGE]
    start_document_remove(document=again, by=rep)
    assert not StartDocument.objects.exists()
    assert (
        AuditEvent.objects.filter(object_type__model="startdocument", action=AuditAction.DELETE).count() == 1
    )


def test_documents_not_required_at_the_age_are_refused(job, rep):
    with pytest.raises(SummerJobsError, match="not required: Parent's written consent"):
        start_document_record(assignment=job(age=16), kind=CONSENT, received_on=today(), by=rep)
    with pytest.raises(SummerJobsError, match="not required"):
        start_document_record(assignment=job(age=18), kind=MEDICAL, received_on=today(), by=rep)
    with pytest.raises(SummerJobsError, match="cannot be in the future"):
        start_document_record(
            assignment=job(age=16), kind=MEDICAL, received_on=today() + dt.timedelta(days=1), by=rep
        )
    assert not StartDocument.objects.exists()


# --- Permissions (pure predicates) ---------------------------------------------------------------------


def test_predicates(job, rep, coordinator, valmiera):
    assignment = job()
    youth_user = assignment.application.youth.user
    assert permissions.can_view_job(rep, assignment) and permissions.can_manage_contract(rep, assignment)
    assert permissions.can_view_job(coordinator, assignment)
    assert permissions.can_manage_contract(coordinator, assignment)
    assert permissions.can_view_job(youth_user, assignment)
    assert not permissions.can_manage_contract(youth_user, assignment)
    assert not permissions.can_view_job(UserFactory(), assignment)
    offered = job(status=AssignmentStatus.OFFERED)
    assert not permissions.can_view_job(rep, offered) and not permissions.can_manage_contract(rep, offered)


# --- Concurrency (PostgreSQL only: SQLite serialises every writer anyway) ------------------------------


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_concurrent_contracts_get_different_numbers(job, rep, season):
    import threading

    from django.db import close_old_connections

    from microcity.core.models import Occupation
    from microcity.core.occupations import load_occupations
    from microcity.summerjobs.models import Season

    load_occupations(Occupation)
    first, second = job(), job()
    outcome = {}

    def create_in_thread():
        try:
            outcome["second"] = contract_create(assignment=second, by=rep).number
        finally:
            close_old_connections()
            connection.close()

    with transaction.atomic():
        # Hold the numbering lock, as a first contract being drawn up would ...
        list(Season.objects.select_for_update().filter(pk=season.pk))
        worker = threading.Thread(target=create_in_thread)
        worker.start()
        worker.join(timeout=1.5)
        assert worker.is_alive(), "contract_create did not wait for the numbering lock"
        # ... and take number 1 meanwhile.
        Contract.objects.create(
            assignment=first,
            number=f"VALMIERA-{YEAR}-00001",
            **contracts_services.contract_defaults(first),
        )
    worker.join(timeout=10)
    assert outcome == {"second": f"VALMIERA-{YEAR}-00002"}


# --- Pages: every role ------------------------------------------------------------------------------------


@pytest.fixture
def people(job, rep, coordinator, valmiera, ventspils, user_with_role, season, june, placement_with):
    """Our job (ready to start, one entry by the youth waiting) and a user for every role to try it."""
    assignment = job(age=16, ready=True)
    youth = assignment.application.youth
    entry = add_hours(assignment, youth.user)
    guardian = UserFactory()
    GuardianLinkFactory(guardian=PersonFactory(city=valmiera, user=guardian), youth=youth)
    other_rep = UserFactory()
    MembershipFactory(
        user=other_rep,
        city=valmiera,
        role=Role.EMPLOYER_REPRESENTATIVE,
        organisation=OrganisationFactory(city=valmiera),
    )
    other_youth = job(age=17).application.youth.user
    # Work supervisors: ours (named on our placement), another of the same employer (with a youth of their
    # own), one of another employer, and one named on our placement whose role is in another city.
    placement = assignment.placement_period.placement
    supervisor = supervisor_of(placement, city=valmiera)
    other_supervisor = UserFactory()
    MembershipFactory(
        user=other_supervisor, city=valmiera, role=Role.WORK_SUPERVISOR, organisation=placement.organisation
    )
    theirs = placement_with({june: 5}, organisation=placement.organisation, workplace="Cits darbs")
    theirs.supervisor = PersonFactory(city=valmiera, user=other_supervisor)
    theirs.save(update_fields=["supervisor"])
    job(age=17, placement=theirs)
    other_employer_supervisor = UserFactory()
    MembershipFactory(
        user=other_employer_supervisor,
        city=valmiera,
        role=Role.WORK_SUPERVISOR,
        organisation=other_rep.memberships.get().organisation,
    )
    other_city_supervisor = UserFactory()
    MembershipFactory(
        user=other_city_supervisor,
        city=ventspils,
        role=Role.WORK_SUPERVISOR,
        organisation=OrganisationFactory(city=ventspils),
    )
    return {
        "assignment": assignment,
        "entry": entry,
        "users": {
            "anonymous": None,
            "employer": rep,
            "other_employer": other_rep,
            "youth": youth.user,
            "guardian": guardian,
            "other_youth": other_youth,
            "coordinator": coordinator,
            "other_city_coordinator": user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils),
            "supervisor": supervisor,
            "other_supervisor": other_supervisor,
            "other_employer_supervisor": other_employer_supervisor,
            "other_city_supervisor": other_city_supervisor,
        },
    }


def supervisor_of(placement, *, city):
    """A user with the work supervisor's role at the placement's employer in `city`, named on it."""
    user = UserFactory()
    MembershipFactory(user=user, city=city, role=Role.WORK_SUPERVISOR, organisation=placement.organisation)
    placement.supervisor = PersonFactory(city=city, user=user)
    placement.save(update_fields=["supervisor"])
    return user


def client_as(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


ROLES = [
    "anonymous",
    "employer",
    "other_employer",
    "youth",
    "guardian",
    "other_youth",
    "coordinator",
    "other_city_coordinator",
    "supervisor",
    "other_supervisor",
    "other_employer_supervisor",
    "other_city_supervisor",
]
# Expected status per role: 302 to sign in for the anonymous; 404 for whoever may not know the job exists.
PAGE_STATUS = {
    "jobs": {
        "anonymous": 302,
        "employer": 200,
        "other_employer": 200,
        "youth": 403,
        "guardian": 403,
        "other_youth": 403,
        "coordinator": 200,
        "other_city_coordinator": 403,
        # A work supervisor has a list: of the youths they supervise only.
        "supervisor": 200,
        "other_supervisor": 200,
        "other_employer_supervisor": 200,
        "other_city_supervisor": 403,
    },
    "job": {
        "anonymous": 302,
        "employer": 200,
        "other_employer": 404,
        "youth": 200,
        "guardian": 200,
        "other_youth": 404,
        "coordinator": 200,
        "other_city_coordinator": 404,
        "supervisor": 200,
        "other_supervisor": 404,
        "other_employer_supervisor": 404,
        "other_city_supervisor": 404,
    },
}
MANAGE_STATUS = {
    "anonymous": 302,
    "employer": 302,
    "other_employer": 404,
    "youth": 403,
    "guardian": 403,
    "other_youth": 404,
    "coordinator": 302,
    "other_city_coordinator": 404,
    "supervisor": 403,
    "other_supervisor": 404,
    "other_employer_supervisor": 404,
    "other_city_supervisor": 404,
}
HOURS_STATUS = {**MANAGE_STATUS, "youth": 302, "coordinator": 403}
CONFIRM_STATUS = {**MANAGE_STATUS, "coordinator": 403, "supervisor": 302}


@pytest.mark.parametrize("role", ROLES)
def test_pages_for_every_role(role, people):
    assignment = people["assignment"]
    name = assignment.application.youth.full_name
    client = client_as(people["users"][role])
    response = client.get(f"{BASE}/jobs/")
    assert response.status_code == PAGE_STATUS["jobs"][role], role
    if response.status_code == 200:
        # The other employer's list is empty: our youth must not appear in it.
        assert (name in response.content.decode()) == (role in {"employer", "coordinator", "supervisor"}), (
            role
        )
    if role == "anonymous":
        assert "/accounts/login/" in response["Location"]
    response = client.get(f"{BASE}/jobs/{assignment.pk}/")
    assert response.status_code == PAGE_STATUS["job"][role], role


@pytest.mark.parametrize("role", ROLES)
def test_contract_post_for_every_role(role, people):
    assignment = people["assignment"]
    Contract.objects.filter(assignment=assignment).update(signed_on=None)
    response = client_as(people["users"][role]).post(
        f"{BASE}/jobs/{assignment.pk}/contract/",
        {
            "action": "save",
            "starts_on": f"{YEAR}-06-08",
            "ends_on": f"{YEAR}-06-25",
            "hours_per_day": "4",
            "hourly_rate": "5",
        },
    )
    assert response.status_code == MANAGE_STATUS[role], role
    changed = Contract.objects.get(assignment=assignment).starts_on == dt.date(YEAR, 6, 8)
    assert changed == (role in {"employer", "coordinator"}), role


@pytest.mark.parametrize("role", ROLES)
def test_sign_post_for_every_role(role, people):
    assignment = people["assignment"]
    Contract.objects.filter(assignment=assignment).update(signed_on=None)
    response = client_as(people["users"][role]).post(
        f"{BASE}/jobs/{assignment.pk}/contract/", {"action": "sign", "signed_on": today().isoformat()}
    )
    assert response.status_code == MANAGE_STATUS[role], role
    signed = Contract.objects.get(assignment=assignment).signed_on is not None
    assert signed == (role in {"employer", "coordinator"}), role


@pytest.mark.parametrize("role", ROLES)
def test_document_posts_for_every_role(role, people):
    assignment = people["assignment"]
    client = client_as(people["users"][role])
    url = f"{BASE}/jobs/{assignment.pk}/documents/"
    response = client.post(url, {"action": "remove", "kind": MEDICAL})
    assert response.status_code == MANAGE_STATUS[role], role
    removed = not StartDocument.objects.filter(assignment=assignment, kind=MEDICAL).exists()
    assert removed == (role in {"employer", "coordinator"}), role
    response = client.post(
        url, {"action": "record", "kind": MEDICAL, f"doc-{MEDICAL}-received_on": "2024-05-02"}
    )
    assert response.status_code == MANAGE_STATUS[role], role
    recorded = StartDocument.objects.filter(
        assignment=assignment, kind=MEDICAL, received_on=dt.date(2024, 5, 2)
    )
    assert recorded.exists() == (role in {"employer", "coordinator"}), role


@pytest.mark.parametrize("role", ROLES)
def test_hours_post_for_every_role(role, people):
    assignment = people["assignment"]
    response = client_as(people["users"][role]).post(
        f"{BASE}/jobs/{assignment.pk}/hours/",
        {"day": f"{YEAR}-06-08", "start": "09:00", "end": "12:00", "break_minutes": "0"},
    )
    assert response.status_code == HOURS_STATUS[role], role
    added = TimesheetEntry.objects.filter(assignment=assignment, day=dt.date(YEAR, 6, 8)).exists()
    assert added == (role in {"employer", "youth"}), role


@pytest.mark.parametrize("role", ROLES)
def test_confirm_post_for_every_role(role, people):
    assignment, entry = people["assignment"], people["entry"]
    response = client_as(people["users"][role]).post(f"{BASE}/jobs/{assignment.pk}/hours/{entry.pk}/confirm/")
    assert response.status_code == CONFIRM_STATUS[role], role
    entry.refresh_from_db()
    assert entry.is_confirmed == (role in {"employer", "supervisor"}), role


def test_a_job_of_another_city_is_not_found_under_this_city(people, ventspils, client_for, rep):
    assignment = people["assignment"]
    assert client_for(rep).get(f"/en/ventspils/summer-jobs/jobs/{assignment.pk}/").status_code == 404


def test_an_offer_not_accepted_has_no_job_page(job, rep, client_for):
    offered = job(status=AssignmentStatus.OFFERED)
    assert client_for(rep).get(f"{BASE}/jobs/{offered.pk}/").status_code == 404


# --- Pages: the flows ---------------------------------------------------------------------------------


def test_employer_draws_up_signs_and_records_documents_through_the_page(job, rep, client_for):
    assignment = job(age=16)
    client = client_for(rep)
    url = f"{BASE}/jobs/{assignment.pk}/"
    html = client.get(url).content.decode()
    assert 'data-ready="no"' in html and 'data-contract="none"' in html
    # The form comes filled in with the defaults.
    assert f'value="{YEAR}-06-07"' in html and 'value="4.6429"' in html
    assert 'tabindex="0" role="region"' not in html  # no timesheet table yet

    # Below the minimum wage: the page says why and keeps what was typed.
    response = client.post(
        f"{url}contract/",
        {
            "action": "save",
            "starts_on": f"{YEAR}-06-07",
            "ends_on": f"{YEAR}-06-25",
            "hours_per_day": "8",
            "hourly_rate": "3.5",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and 'id="error-summary"' in html
    assert "below the minimum wage pro rata" in html and "more than the limit at the youth" in html
    assert 'value="3.5"' in html and not Contract.objects.exists()

    response = client.post(
        f"{url}contract/",
        {
            "action": "save",
            "starts_on": f"{YEAR}-06-07",
            "ends_on": f"{YEAR}-06-25",
            "hours_per_day": "4",
            "hourly_rate": "5.0000",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("#contract")
    contract = Contract.objects.get(assignment=assignment)
    assert contract.hourly_rate == Decimal("5")
    html = client.get(url).content.decode()
    assert contract.number in html and 'data-contract="draft"' in html and 'name="signed_on"' in html

    # A signing date in the future is refused on the page.
    response = client.post(
        f"{url}contract/", {"action": "sign", "signed_on": (today() + dt.timedelta(days=2)).isoformat()}
    )
    assert response.status_code == 200 and "cannot be in the future" in response.content.decode()
    assert (
        client.post(f"{url}contract/", {"action": "sign", "signed_on": today().isoformat()}).status_code
        == 302
    )
    html = client.get(url).content.decode()
    assert 'data-contract="signed"' in html and 'name="signed_on"' not in html
    assert 'name="hourly_rate"' not in html  # signed: no more changes

    for kind in (RISK, MEDICAL):
        response = client.post(
            f"{url}documents/",
            {
                "action": "record",
                "kind": kind,
                f"doc-{kind}-received_on": today().isoformat(),
                f"doc-{kind}-note": "ok",
            },
        )
        assert response.status_code == 302 and response["Location"].endswith("#documents")
    html = client.get(url).content.decode()
    assert 'data-ready="yes"' in html and 'data-received="no"' not in html
    # An invalid date stays on the page with the error.
    response = client.post(
        f"{url}documents/", {"action": "record", "kind": RISK, f"doc-{RISK}-received_on": "x"}
    )
    assert response.status_code == 200 and 'id="error-summary"' in response.content.decode()
    assert client.post(f"{url}documents/", {"action": "record", "kind": "passport"}).status_code == 404


def test_refused_entry_shows_every_violation_and_keeps_the_input(job, rep, client_for):
    assignment = job(age=13, ready=True)
    client = client_for(rep)
    url = f"{BASE}/jobs/{assignment.pk}/hours/"
    assert (
        client.post(
            url, {"day": f"{YEAR}-06-07", "start": "09:00", "end": "11:00", "break_minutes": "0"}
        ).status_code
        == 302
    )
    data = {"day": f"{YEAR}-06-08", "start": "15:00", "end": "21:00", "break_minutes": "0"}
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        response = client.post(url, data, **headers)
        html = response.content.decode()
        assert response.status_code == 200
        assert 'id="error-summary"' in html
        assert "limit is 4 hours a day" in html and "reach into the night (20:00–06:00)" in html
        assert 'value="15:00"' in html and 'value="21:00"' in html and f'value="{YEAR}-06-08"' in html
        # What was saved before is still there.
        assert html.count("data-entry=") == 1
        assert ("<html" in html) == (not headers)
    assert TimesheetEntry.objects.count() == 1


def test_entry_before_the_job_may_start_lists_what_is_missing(job, rep, client_for):
    assignment = job(age=16)
    response = client_for(rep).post(
        f"{BASE}/jobs/{assignment.pk}/hours/",
        {"day": f"{YEAR}-06-07", "start": "09:00", "end": "11:00", "break_minutes": "0"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert response.status_code == 200 and 'id="timesheet"' in html and "<html" not in html
    assert "The job cannot start without them:" in html
    assert "The contract has not been drawn up yet." in html and "Doctor&#x27;s certificate" in html
    assert not TimesheetEntry.objects.exists()


def test_htmx_add_and_confirm_return_the_timesheet_fragment(job, rep, client_for):
    assignment = job(age=16, ready=True)
    youth_client = client_for(assignment.application.youth.user)
    url = f"{BASE}/jobs/{assignment.pk}/"
    response = youth_client.post(
        f"{url}hours/",
        {"day": f"{YEAR}-06-08", "start": "09:00", "end": "12:00", "break_minutes": "0"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert response.status_code == 200 and html.lstrip().startswith('<section id="timesheet"')
    assert "The hours are recorded." in html and 'data-confirmed="no"' in html
    assert "Waiting for the employer's confirmation" in html
    assert "Confirm" not in html.split('id="hours-form-title"')[0].split("<tbody>")[1]  # the youth cannot
    entry = TimesheetEntry.objects.get()

    response = client_for(rep).post(f"{url}hours/{entry.pk}/confirm/", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html and 'data-confirmed="yes"' in html
    assert "The hours are confirmed." in html
    # Confirming again says so, in the fragment.
    response = client_for(rep).post(f"{url}hours/{entry.pk}/confirm/", HTTP_HX_REQUEST="true")
    assert "already been confirmed" in response.content.decode()
    # Without JavaScript: a redirect back to the timesheet.
    response = client_for(rep).post(f"{url}hours/{entry.pk}/confirm/")
    assert response.status_code == 302 and response["Location"].endswith("#timesheet")


def test_week_totals(job, rep, client_for):
    assignment = job(age=18, ready=True)
    for day, start, end in [(7, "09:00", "13:00"), (8, "09:00", "11:30"), (14, "09:00", "10:00")]:
        add_hours(assignment, rep, day=dt.date(YEAR, 6, day), start=start, end=end)
    add_hours(
        assignment, assignment.application.youth.user, day=dt.date(YEAR, 6, 15), start="09:00", end="11:00"
    )
    html = client_for(rep).get(f"{BASE}/jobs/{assignment.pk}/").content.decode()
    assert "6.50 confirmed, 0.00 waiting" in html and "1.00 confirmed, 2.00 waiting" in html
    assert "Hours confirmed: 7.50. Waiting for the employer's confirmation: 2.00." in html
    assert html.count('tabindex="0" role="region"') == 2


def test_youth_and_guardian_see_the_page_read_only(job, valmiera, client_for):
    assignment = job(age=16, ready=True)
    youth = assignment.application.youth
    guardian = UserFactory()
    GuardianLinkFactory(guardian=PersonFactory(city=valmiera, user=guardian), youth=youth)
    for user, may_add in ((youth.user, True), (guardian, False)):
        html = client_for(user).get(f"{BASE}/jobs/{assignment.pk}/").content.decode()
        assert 'data-contract="signed"' in html and 'data-ready="yes"' in html
        assert 'name="action"' not in html  # no contract or document forms
        assert ('id="hours-form-title"' in html) == may_add
        assert "Your viewing of this record is logged." not in html
    assert not AuditEvent.objects.filter(action=AuditAction.VIEW).exists()


def test_staff_views_are_audited(job, rep, coordinator, client_for):
    assignment = job(age=16)
    for user in (rep, coordinator):
        html = client_for(user).get(f"{BASE}/jobs/{assignment.pk}/").content.decode()
        assert "Your viewing of this record is logged." in html
        event = AuditEvent.objects.filter(action=AuditAction.VIEW, actor=user).get()
        assert event.person == assignment.application.youth and event.object_id == str(assignment.pk)


# --- The list ------------------------------------------------------------------------------------------


def test_list_shows_status_search_and_filter(
    job, rep, coordinator, employer, placement_with, june, client_for
):
    ready = job(age=16, ready=True, youth={"first_name": "Anna", "last_name": "Ozola"})
    add_hours(ready, rep)
    add_hours(ready, ready.application.youth.user, day=dt.date(YEAR, 6, 8), start="09:00", end="11:00")
    other_place = placement_with({june: 1}, organisation=employer, workplace="Bibliotēka")
    waiting = job(age=13, placement=other_place, youth={"first_name": "Jānis", "last_name": "Bērziņš"})
    client = client_for(coordinator)
    html = client.get(f"{BASE}/jobs/").content.decode()
    assert "Anna Ozola" in html and "Jānis Bērziņš" in html
    assert 'data-contract="signed"' in html and 'data-contract="none"' in html
    assert 'data-missing="3"' in html and 'data-missing="0"' in html
    assert "<td data-confirmed>4.00</td>" in html and "<td data-pending>2.00</td>" in html
    html = client.get(f"{BASE}/jobs/", {"q": "ozol"}).content.decode()
    assert "Anna Ozola" in html and "Jānis Bērziņš" not in html
    html = client.get(f"{BASE}/jobs/", {"placement": other_place.pk}).content.decode()
    assert "Anna Ozola" not in html and "Jānis Bērziņš" in html
    assert f'href="/en/valmiera/summer-jobs/jobs/{waiting.pk}/"' in html


def test_list_paginates_with_the_search_kept(job, coordinator, client_for, monkeypatch):
    from microcity.summerjobs.jobs import views as views_work

    monkeypatch.setattr(views_work, "PER_PAGE", 2)
    for _ in range(3):
        job(youth={"last_name": "Kalniņš"})
    html = client_for(coordinator).get(f"{BASE}/jobs/", {"q": "Kalniņš"}).content.decode()
    assert "Page 1 of 2" in html and "page=2" in html and "q=Kalni" in html
    html = client_for(coordinator).get(f"{BASE}/jobs/", {"q": "Kalniņš", "page": "2"}).content.decode()
    assert html.count("data-job=") == 1


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("who", ["coordinator", "rep"])
def test_list_has_a_fixed_query_count(who, job, rep, coordinator, client_for):
    def add_jobs(n):
        for i in range(n):
            assignment = job(age=13 + i % 6, ready=i % 2 == 0)
            if i % 2 == 0:
                add_hours(assignment, rep)
                add_hours(assignment, assignment.application.youth.user, day=dt.date(YEAR, 6, 8))

    client = client_for({"coordinator": coordinator, "rep": rep}[who])
    add_jobs(2)
    small = count_queries(client, f"{BASE}/jobs/")
    add_jobs(4)
    large = count_queries(client, f"{BASE}/jobs/")
    assert small == large == 10


# --- Links from the other pages ------------------------------------------------------------------------


def test_links_to_the_job_pages(job, rep, coordinator, client_for):
    assignment = job(age=16)
    job_url = f"/en/valmiera/summer-jobs/jobs/{assignment.pk}/"
    assert f'href="{BASE}/jobs/"' in client_for(rep).get(f"{BASE}/employer/").content.decode()
    assert f'href="{job_url}"' in client_for(rep).get(f"{BASE}/employer/youths/").content.decode()
    assert (
        f'href="{job_url}"'
        in client_for(assignment.application.youth.user).get(f"{BASE}/mine/").content.decode()
    )
    assert f'href="{BASE}/jobs/"' in client_for(coordinator).get(f"{BASE}/manage/").content.decode()


# --- Seasons -------------------------------------------------------------------------------------------


def test_list_and_pay_page_switch_between_the_city_seasons(job, rep, coordinator, season, client_for):
    """A past season's jobs stay reachable: `?season=` picks one of the city's seasons (kept by the search
    and the pages), another city's season or an unknown one is not found."""
    from microcity.summerjobs.tests.factories import SeasonFactory

    old = job(age=16, youth={"first_name": "Vecais", "last_name": "Darbs"})
    newer = SeasonFactory(city=season.city, year=season.year + 1, name="Nākamā vasara")
    elsewhere = SeasonFactory(name="Cita pilsēta")
    for user in (coordinator, rep):
        client = client_for(user)
        html = client.get(f"{BASE}/jobs/").content.decode()
        assert "Vecais Darbs" not in html  # the latest season has no jobs yet
        assert 'id="season-switch"' in html and f'value="{newer.pk}" selected' in html
        html = client.get(f"{BASE}/jobs/", {"season": season.pk}).content.decode()
        assert f'href="/en/valmiera/summer-jobs/jobs/{old.pk}/"' in html
        assert f'name="season" value="{season.pk}"' in html  # the search keeps the season
        html = client.get(f"{BASE}/after/", {"season": season.pk}).content.decode()
        assert f"/after/jobs/{old.pk}/" in html
        for wanted in (elsewhere.pk, 999999):
            assert client.get(f"{BASE}/jobs/", {"season": wanted}).status_code == 404
            assert client.get(f"{BASE}/after/", {"season": wanted}).status_code == 404


# --- The work supervisor ------------------------------------------------------------------------------


def test_the_supervisor_sees_the_hours_but_not_the_contract_or_the_documents(people, client_for):
    assignment = people["assignment"]
    client = client_for(people["users"]["supervisor"])
    html = client.get(f"{BASE}/jobs/").content.decode()
    assert assignment.application.youth.full_name in html
    assert "data-contract" not in html and "data-missing" not in html
    assert "Back to our placements" not in html
    html = client.get(f"{BASE}/jobs/{assignment.pk}/").content.decode()
    assert 'id="timesheet"' in html and "/confirm/" in html
    assert 'id="contract"' not in html and 'id="documents"' not in html
    assert str(assignment.contract.hourly_rate) not in html
    # The view is audited like any staff view of a youth's record.
    assert AuditEvent.objects.filter(
        actor=people["users"]["supervisor"], action=AuditAction.VIEW, person=assignment.application.youth
    ).exists()


def test_the_supervisor_confirms_through_the_service_and_cannot_add_hours(people):
    supervisor, entry = people["users"]["supervisor"], people["entry"]
    assert permissions.can_view_job(supervisor, people["assignment"])
    assert not timesheets_services.can_add_timesheet_entry(supervisor, people["assignment"])
    with pytest.raises(NotAllowed):
        add_hours(people["assignment"], supervisor, day=dt.date(YEAR, 6, 9))
    timesheets_services.timesheet_entry_confirm(entry=entry, by=supervisor)
    entry.refresh_from_db()
    assert entry.confirmed_by == supervisor


def test_a_supervisor_whose_role_is_taken_away_sees_nothing(people, client_for):
    supervisor, assignment = people["users"]["supervisor"], people["assignment"]
    supervisor.memberships.all().delete()
    client = client_for(supervisor)
    assert client.get(f"{BASE}/jobs/").status_code == 403
    assert client.get(f"{BASE}/jobs/{assignment.pk}/").status_code == 404
    with pytest.raises(NotAllowed):
        timesheets_services.timesheet_entry_confirm(entry=people["entry"], by=supervisor)


def test_only_a_supervisor_of_the_employer_can_be_named_on_a_placement(people, rep, valmiera):
    placement = people["assignment"].placement_period.placement
    placement.status = "draft"
    placement.save(update_fields=["status"])
    stranger = PersonFactory(city=valmiera, user=people["users"]["other_employer_supervisor"])
    with pytest.raises(SummerJobsError, match="work supervisor"):
        placements_services.placement_update(placement=placement, by=rep, data={"supervisor": stranger})
    ours = people["users"]["other_supervisor"].person
    placements_services.placement_update(placement=placement, by=rep, data={"supervisor": ours})
    placement.refresh_from_db()
    assert placement.supervisor == ours


def test_a_supervisor_who_represents_another_employer_sees_only_hours_of_the_supervised_job(
    people, client_for, valmiera
):
    supervisor, assignment = people["users"]["supervisor"], people["assignment"]
    MembershipFactory(
        user=supervisor,
        city=valmiera,
        role=Role.EMPLOYER_REPRESENTATIVE,
        organisation=OrganisationFactory(city=valmiera),
    )
    client = client_for(supervisor)
    html = client.get(f"{BASE}/jobs/").content.decode()
    row = html[html.index(f'data-job="{assignment.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "data-contract" not in row and "data-missing" not in row and "data-confirmed" in row
    html = client.get(f"{BASE}/jobs/{assignment.pk}/").content.decode()
    assert 'id="contract"' not in html and 'id="timesheet"' in html
