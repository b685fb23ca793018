"""The workflow core: every status workflow refuses each change that its map does not list (checked against
the changes each workflow has always allowed, written out here as "from → to"), the transition helper locks,
saves and audits, and refused actions become the right HTTP answer in one place."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.test import RequestFactory

from microcity.careers.activities import REGISTRATIONS
from microcity.careers.counselling import BOOKINGS
from microcity.careers.models import BookingStatus, GoalStatus, RegistrationStatus
from microcity.careers.services import GOALS, CareersError
from microcity.core import workflow
from microcity.core.models import AuditEvent
from microcity.core.refusals import RefusalMiddleware, refusal_as_form_error, refusal_as_message
from microcity.library.models import MaterialStatus
from microcity.library.services import MATERIALS, LibraryError
from microcity.summerjobs.models import ApplicationStatus, AssignmentStatus, MatchRunStatus, PlacementStatus
from microcity.summerjobs.workflows import (
    APPLICATIONS,
    ASSIGNMENTS,
    CONTRACT_CHANGES,
    CONTRACT_SIGNED,
    CONTRACT_UNSIGNED,
    PLACEMENTS,
    RUNS,
    SummerJobsError,
)
from microcity.summerjobs.workflows import NotAllowed as SummerNotAllowed
from microcity.talent.models import CaseStage, JobStatus
from microcity.talent.relocation import CASES, CaseError
from microcity.talent.services import JOBS, JobError

P, A, S, R = PlacementStatus, ApplicationStatus, AssignmentStatus, MatchRunStatus
B, G, RS, M, J, C = BookingStatus, GoalStatus, RegistrationStatus, MaterialStatus, JobStatus, CaseStage

# What each workflow has always allowed, as "from → to" (the maps in code say it the other way round).
EXPECTED = {
    "placements": (
        PLACEMENTS,
        SummerJobsError,
        {
            P.DRAFT: {P.SUBMITTED, P.WITHDRAWN},
            P.SUBMITTED: {P.APPROVED, P.RETURNED, P.WITHDRAWN},
            P.RETURNED: {P.SUBMITTED, P.WITHDRAWN},
            P.APPROVED: {P.WITHDRAWN},
        },
    ),
    "applications": (
        APPLICATIONS,
        SummerJobsError,
        {A.DRAFT: {A.SUBMITTED, A.WITHDRAWN}, A.SUBMITTED: {A.DRAFT, A.WITHDRAWN}},
    ),
    "assignments": (
        ASSIGNMENTS,
        SummerJobsError,
        {S.PROPOSED: {S.OFFERED}, S.OFFERED: {S.ACCEPTED, S.DECLINED, S.EXPIRED}, S.ACCEPTED: {S.DECLINED}},
    ),
    "match runs": (RUNS, SummerJobsError, {R.PREVIEW: {R.PUBLISHED, R.DISCARDED}}),
    "bookings": (
        BOOKINGS,
        CareersError,
        {B.BOOKED: {B.CANCELLED, B.ATTENDED, B.NO_SHOW}, B.NO_SHOW: {B.ATTENDED}},
    ),
    "registrations": (
        REGISTRATIONS,
        CareersError,
        {RS.REGISTERED: {RS.CANCELLED, RS.ATTENDED}, RS.WAITLISTED: {RS.REGISTERED, RS.CANCELLED}},
    ),
    "goals": (
        GOALS,
        CareersError,
        {G.OPEN: {G.ACHIEVED, G.DROPPED}, G.ACHIEVED: {G.OPEN}, G.DROPPED: {G.OPEN}},
    ),
    "materials": (
        MATERIALS,
        LibraryError,
        {
            M.DRAFT: {M.IN_REVIEW, M.ARCHIVED},
            M.RETURNED: {M.IN_REVIEW, M.ARCHIVED},
            M.IN_REVIEW: {M.PUBLISHED, M.RETURNED, M.ARCHIVED},
            M.PUBLISHED: {M.ARCHIVED, M.PUBLISHED},
        },
    ),
    "jobs": (
        JOBS,
        JobError,
        {
            J.DRAFT: {J.PENDING, J.WITHDRAWN},
            J.RETURNED: {J.PENDING, J.WITHDRAWN},
            J.PENDING: {J.PUBLISHED, J.RETURNED, J.WITHDRAWN},
            J.PUBLISHED: {J.WITHDRAWN, J.EXPIRED},
        },
    ),
    "relocation cases": (
        CASES,
        CaseError,
        {
            C.NEW: {C.IN_CONSULTATION, C.CLOSED},
            C.IN_CONSULTATION: {C.OFFER_SENT, C.DECIDED, C.CLOSED},
            C.OFFER_SENT: {C.IN_CONSULTATION, C.DECIDED, C.CLOSED},
            C.DECIDED: {C.MOVED, C.IN_CONSULTATION, C.CLOSED},
            C.MOVED: {C.SETTLED_6, C.CLOSED},
            C.SETTLED_6: {C.SETTLED_12, C.CLOSED},
            C.SETTLED_12: {C.CLOSED},
            C.CLOSED: {C.IN_CONSULTATION},
        },
    ),
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_change_outside_the_map_is_refused(name):
    flow, error, expected = EXPECTED[name]
    states = flow.labels.values
    for state, to in itertools.product(states, states):
        allowed = to in expected.get(state, set())
        assert flow.allows(state, to) is allowed, (name, state, to)
        row = SimpleNamespace(**{flow.field: state})
        if not allowed:
            with pytest.raises(error) as refused:
                flow.check(row, to)
            assert isinstance(refused.value, workflow.DomainError)
            assert not isinstance(refused.value, workflow.NotAllowed)
        assert flow.targets(state) == [s for s in states if s in expected.get(state, set())]


def test_a_signed_contract_neither_changes_nor_is_signed_again():
    assert {
        "change_terms": frozenset({CONTRACT_UNSIGNED}),
        "sign": frozenset({CONTRACT_UNSIGNED}),
    } == CONTRACT_CHANGES
    assert all(CONTRACT_SIGNED not in states for states in CONTRACT_CHANGES.values())


def test_a_map_naming_an_unknown_state_is_refused_when_defined():
    with pytest.raises(ValueError, match="unknown states"):
        workflow.Workflow(labels=GoalStatus, allowed={"open": frozenset({"lost"})}, refusal="")


def test_a_guard_refuses_a_listed_change_with_its_reason():
    flow = workflow.Workflow(
        labels=GoalStatus,
        allowed=workflow.allowed({GoalStatus.ACHIEVED: {GoalStatus.OPEN}}),
        refusal="%(from)s → %(to)s",
        error=CareersError,
        guard=lambda obj, to, now: "too late" if obj.late else None,
    )
    assert flow.check(SimpleNamespace(status="open", late=False), GoalStatus.ACHIEVED) == "open"
    with pytest.raises(CareersError, match="too late"):
        flow.check(SimpleNamespace(status="open", late=True), GoalStatus.ACHIEVED)


@pytest.mark.django_db
def test_the_transition_helper_refuses_from_the_locked_row_and_audits_a_change():
    from microcity.library.models import Material
    from microcity.library.tests.factories import MaterialFactory

    material = MaterialFactory(status=MaterialStatus.IN_REVIEW)
    editor = material.submitted_by
    stale = Material.objects.get(pk=material.pk)
    previous = workflow.transition(
        material, MaterialStatus.RETURNED, workflow=MATERIALS, by=editor, city=None
    )
    assert previous == "in_review"
    event = AuditEvent.objects.get(object_id=str(material.pk))
    assert event.details == {"status": ["in_review", "returned"]}
    assert event.actor == editor
    # The copy read before the change still says "in review"; the helper checks the row as it is now.
    with pytest.raises(LibraryError):
        workflow.transition(stale, MaterialStatus.PUBLISHED, workflow=MATERIALS, by=editor, city=None)
    assert Material.objects.get(pk=material.pk).status == MaterialStatus.RETURNED


# --- Refusals become HTTP answers in one place ------------------------------------------------------------


def _request(method="post", referer="/lv/valmiera/vasaras-darbi/mani/"):
    request = getattr(RequestFactory(), method)("/anything/", HTTP_REFERER=referer)
    SessionMiddleware(lambda r: HttpResponse()).process_request(request)
    request._messages = FallbackStorage(request)
    return request


def test_not_allowed_is_forbidden_and_not_found_is_not_found():
    middleware = RefusalMiddleware(lambda r: HttpResponse())
    with pytest.raises(PermissionDenied):
        middleware.process_exception(_request(), SummerNotAllowed("no"))
    with pytest.raises(PermissionDenied):
        middleware.process_exception(_request(), workflow.NotAllowed("no"))
    with pytest.raises(Http404):
        middleware.process_exception(_request(), workflow.NotFound("none"))
    assert middleware.process_exception(_request(), ValueError("other")) is None


def test_any_other_refusal_of_a_post_goes_back_with_its_message():
    middleware = RefusalMiddleware(lambda r: HttpResponse())
    request = _request()
    response = middleware.process_exception(request, CareersError("Too late."))
    assert response is not None and response.status_code == 302
    assert response["Location"] == "/lv/valmiera/vasaras-darbi/mani/"
    assert [str(m) for m in request._messages] == ["Too late."]
    foreign = _request(referer="https://example.com/x")
    assert middleware.process_exception(foreign, CareersError("Too late."))["Location"] == "/anything/"
    assert middleware.process_exception(_request("get"), CareersError("Too late.")) is None


def test_the_view_helpers_show_refusals_and_let_not_allowed_through():
    request = _request()
    with refusal_as_message(request):
        raise LibraryError("Cannot.")
    assert [str(m) for m in request._messages] == ["Cannot."]

    class Form:
        errors: list[str] = []

        def add_error(self, field, message):
            self.errors.append(message)

    form = Form()
    from microcity.summerjobs.contracts.services import ContractInvalid

    with refusal_as_form_error(form):
        raise ContractInvalid(["First.", "Second."])
    assert form.errors == ["First.", "Second."]
    for denied in (workflow.NotAllowed("no"), workflow.NotFound("none")):
        with pytest.raises(type(denied)), refusal_as_message(request):
            raise denied


def test_every_apps_not_allowed_is_the_cores():
    from microcity.accounts.services import PermissionDenied as AccountsDenied
    from microcity.careers.services import NotAllowed as CareersDenied
    from microcity.library.services import NotAllowed as LibraryDenied
    from microcity.summerjobs.workflows import NotAllowed as SummerDenied
    from microcity.talent.relocation import NotAllowed as CaseDenied
    from microcity.talent.services import NotAllowed as JobDenied

    for denied in (AccountsDenied, CareersDenied, LibraryDenied, SummerDenied, CaseDenied, JobDenied):
        assert issubclass(denied, workflow.NotAllowed)
