"""Services of the relocation contact point: inquiries become cases, a pipeline of stages, the timeline,
personal offers sent as e-mail and PDF, the "specialist attracted" result, and anonymisation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import Membership, Role, User
from microcity.core import pdf, workflow
from microcity.core.dates import long_date
from microcity.core.links import absolute_url
from microcity.core.models import AuditAction, City, Indicator, Organisation, Person, Programme
from microcity.core.services import audit_log, outcome_record
from microcity.core.tasks import enqueue, send_email_task
from microcity.talent import permissions
from microcity.talent.models import CaseEvent, CaseEventKind, CaseStage, Job, PersonalOffer, RelocationCase

# How long a closed case keeps personal data before the nightly task anonymises it (stated on the form).
RETENTION_DAYS = 365 * 2
OPEN_STAGES = [CaseStage.NEW, CaseStage.IN_CONSULTATION, CaseStage.OFFER_SENT, CaseStage.DECIDED]


class CaseError(workflow.DomainError):
    """A case action that cannot be done; the message is translated and shown to the user."""


class NotAllowed(CaseError, workflow.NotAllowed):
    pass


# The pipeline: the stages each stage may be entered from. Closing is possible from any open stage; a
# closed case can be reopened into consultation.
CASES = workflow.Workflow(
    labels=CaseStage,
    allowed=workflow.allowed(
        {
            CaseStage.IN_CONSULTATION: {
                CaseStage.NEW,
                CaseStage.OFFER_SENT,
                CaseStage.DECIDED,
                CaseStage.CLOSED,
            },
            CaseStage.OFFER_SENT: {CaseStage.IN_CONSULTATION},
            CaseStage.DECIDED: {CaseStage.IN_CONSULTATION, CaseStage.OFFER_SENT},
            CaseStage.MOVED: {CaseStage.DECIDED},
            CaseStage.SETTLED_6: {CaseStage.MOVED},
            CaseStage.SETTLED_12: {CaseStage.SETTLED_6},
            CaseStage.CLOSED: {
                CaseStage.NEW,
                CaseStage.IN_CONSULTATION,
                CaseStage.OFFER_SENT,
                CaseStage.DECIDED,
                CaseStage.MOVED,
                CaseStage.SETTLED_6,
                CaseStage.SETTLED_12,
            },
        }
    ),
    refusal=gettext_lazy("A case that is “%(from)s” cannot become “%(to)s”."),
    error=CaseError,
    field="stage",
)


def next_consultant(*, city: City) -> User | None:
    """Assign in turn: the city's consultant with the fewest open cases, then the longest without a new one."""
    consultants = (
        User.objects.filter(
            is_active=True, memberships__city=city, memberships__role=Role.RELOCATION_CONSULTANT
        )
        .annotate(
            open_cases=Count(
                "relocation_cases", filter=Q(relocation_cases__stage__in=OPEN_STAGES), distinct=True
            )
        )
        .order_by("open_cases", "pk")
    )
    return consultants.first()


@transaction.atomic
def inquiry_submit(*, city: City, data: dict[str, Any], language: str, user: Any = None) -> RelocationCase:
    """An inquiry from the public form: a person record (or the signed-in person's), a case, e-mails."""
    person = getattr(user, "person", None) if getattr(user, "is_authenticated", False) else None
    if person is None:
        person = Person.objects.create(
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            phone=data.get("phone", ""),
        )
        if getattr(user, "is_authenticated", False) and user.email.lower() == data["email"].lower():
            person.user = user
            person.save(update_fields=["user"])
    consultant = next_consultant(city=city)
    case = RelocationCase.objects.create(
        city=city,
        person=person,
        consultant=consultant,
        profession=data["profession"],
        moving_from=data["moving_from"],
        partner_profession=data.get("partner_profession", ""),
        children=data.get("children", ""),
        housing_needs=data.get("housing_needs", ""),
        planned_move=data.get("planned_move"),
        languages=data.get("languages", ""),
        message=data.get("message", ""),
        language=language,
        consent_given_at=timezone.now(),
    )
    with translation.override(language):
        body = render_to_string("talent/email/inquiry_received.txt", {"case": case, "city": city})
        subject = _("We received your question about moving to %(city)s") % {"city": city.name}
    enqueue(send_email_task, subject=subject, body=body, to=[person.email])
    if consultant is not None:
        with translation.override(consultant.preferred_language):
            link = absolute_url("talent:case", city=city.slug, pk=case.pk)
            enqueue(
                send_email_task,
                subject=_("New relocation inquiry (case %(n)s)") % {"n": case.pk},
                body=_("A new inquiry is assigned to you: %(link)s") % {"link": link},
                to=[consultant.email],
            )
    return case


def case_viewed(*, case: RelocationCase, by: User, address: str | None) -> None:
    if not permissions.can_view_case(by, case):
        raise NotAllowed(_("You cannot see this case."))
    audit_log(
        actor=by, action=AuditAction.VIEW, obj=case, person=case.person, city=case.city, address=address
    )


@transaction.atomic
def case_assign(
    *, case: RelocationCase, consultant: User, by: User, address: str | None = None
) -> RelocationCase:
    if not permissions.can_manage_cases(by, case.city):
        raise NotAllowed(_("Only coordinators and administrators reassign cases."))
    if not Membership.objects.filter(
        user=consultant, city=case.city, role=Role.RELOCATION_CONSULTANT
    ).exists():
        raise CaseError(_("This person is not a relocation consultant of the city."))
    case.consultant = consultant
    case.save(update_fields=["consultant", "updated_at"])
    CaseEvent.objects.create(
        case=case, kind=CaseEventKind.NOTE, text=_("Assigned to %(who)s") % {"who": consultant}, author=by
    )
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=case,
        person=case.person,
        city=case.city,
        address=address,
        details={"fields": ["consultant"]},
    )
    return case


@transaction.atomic
def case_transition(
    *,
    case: RelocationCase,
    to: str,
    by: User,
    close_reason: str = "",
    employer: Organisation | None = None,
    moved_on: dt.date | None = None,
    address: str | None = None,
) -> RelocationCase:
    if not permissions.can_view_case(by, case):
        raise NotAllowed(_("You cannot change this case."))
    # Lock the row: two consultants clicking at once must not both move the case.
    case = workflow.lock(case)
    previous = CASES.check(case, to)
    if to == CaseStage.CLOSED and not close_reason:
        raise CaseError(_("Choose why the case is closed."))
    fields: list[str] = []
    if to == CaseStage.CLOSED:
        case.close_reason = close_reason
        case.closed_at = timezone.now()
        fields += ["close_reason", "closed_at"]
    elif previous == CaseStage.CLOSED:
        case.close_reason = ""
        case.closed_at = None
        fields += ["close_reason", "closed_at"]
    if to == CaseStage.MOVED:
        case.moved_on = moved_on or timezone.localdate()
        case.employer = employer
        fields += ["moved_on", "employer"]
    workflow.transition(
        case,
        to,
        workflow=CASES,
        by=by,
        city=case.city,
        person=case.person,
        fields=fields,
        address=address,
        locked=True,
    )
    CaseEvent.objects.create(
        case=case,
        kind=CaseEventKind.STAGE,
        text=f"{CaseStage(previous).label} → {CaseStage(to).label}",
        author=by,
    )
    if to == CaseStage.MOVED:
        # Counted once per person: the ledger keeps one row per (indicator, person, case), and headline
        # numbers count distinct people, however often a case is reopened and moved again.
        outcome_record(
            indicator=Indicator.SPECIALIST_ATTRACTED,
            programme=Programme.TALENT,
            city=case.city,
            occurred_on=case.moved_on or timezone.localdate(),
            source=case,
            person=case.person,
            details={
                "employer": employer.name if employer else "",
                "employer_id": employer.pk if employer else None,
            },
        )
    return case


@transaction.atomic
def case_event_add(
    *, case: RelocationCase, by: User, kind: str, text: str, due_on: dt.date | None = None
) -> CaseEvent:
    if not permissions.can_view_case(by, case):
        raise NotAllowed(_("You cannot change this case."))
    if kind not in {CaseEventKind.NOTE, CaseEventKind.CALL, CaseEventKind.EMAIL, CaseEventKind.TASK}:
        raise CaseError(_("Unknown kind of entry."))
    if kind == CaseEventKind.TASK and due_on is None:
        raise CaseError(_("A task needs a due date."))
    if not text.strip():
        raise CaseError(_("Write something first."))
    return CaseEvent.objects.create(case=case, kind=kind, text=text.strip(), due_on=due_on, author=by)


def task_done(*, event: CaseEvent, by: User) -> CaseEvent:
    if not permissions.can_view_case(by, event.case):
        raise NotAllowed(_("You cannot change this case."))
    if event.kind == CaseEventKind.TASK and event.done_at is None:
        event.done_at = timezone.now()
        event.save(update_fields=["done_at"])
    return event


def offer_pdf(*, offer: PersonalOffer) -> bytes:
    """The personal offer as a letter: tagged and archival (PDF/A-2a), its links clickable and built from
    the configured site address."""
    with translation.override(offer.language):
        html = render_to_string(
            "talent/offer_pdf.html",
            {
                "offer": offer,
                "case": offer.case,
                "city": offer.case.city,
                "jobs": list(offer.jobs.select_related("organisation")),
                "partner_jobs": list(offer.partner_jobs.select_related("organisation")),
            },
        )
    return pdf.html_to_pdf(html, archival=True)


@transaction.atomic
def offer_send(
    *,
    case: RelocationCase,
    by: User,
    jobs: list[Job],
    partner_jobs: list[Job],
    housing: str,
    schools: str,
    message: str,
    address: str | None = None,
) -> PersonalOffer:
    """Save the offer, e-mail it with its PDF in the person's language, and move the case to "offer sent"."""
    if not permissions.can_view_case(by, case):
        raise NotAllowed(_("You cannot change this case."))
    if case.stage not in {CaseStage.IN_CONSULTATION, CaseStage.OFFER_SENT, CaseStage.NEW}:
        raise CaseError(_("An offer can be sent while the case is in consultation."))
    if not (jobs or partner_jobs or housing.strip() or schools.strip()):
        raise CaseError(_("Pick at least one job, housing or school for the offer."))
    offer = PersonalOffer.objects.create(
        case=case,
        housing=housing,
        schools=schools,
        message=message,
        language=case.language,
        sent_by=by,
        sent_at=timezone.now(),
    )
    offer.jobs.set(jobs)
    offer.partner_jobs.set(partner_jobs)
    pdf = offer_pdf(offer=offer)
    with translation.override(case.language):
        body = render_to_string(
            "talent/email/offer.txt",
            {"offer": offer, "case": case, "city": case.city, "jobs": jobs, "partner_jobs": partner_jobs},
        )
        subject = _("Your personal offer from %(city)s") % {"city": case.city.name}
        filename = _("offer-%(city)s.pdf") % {"city": case.city.slug}
    email = EmailMultiAlternatives(subject=subject, body=body, to=[case.person.email])
    email.attach(filename, pdf, "application/pdf")
    transaction.on_commit(email.send)
    CaseEvent.objects.create(case=case, kind=CaseEventKind.OFFER, text=subject, author=by)
    if case.stage != CaseStage.OFFER_SENT:
        if case.stage == CaseStage.NEW:
            case_transition(case=case, to=CaseStage.IN_CONSULTATION, by=by, address=address)
            case.refresh_from_db()
        case_transition(case=case, to=CaseStage.OFFER_SENT, by=by, address=address)
    return offer


def tasks_remind(*, today: dt.date | None = None) -> int:
    """E-mail each consultant their tasks due today or overdue, once per task."""
    day = today or timezone.localdate()
    due = (
        CaseEvent.objects.filter(
            kind=CaseEventKind.TASK, done_at__isnull=True, reminded_at__isnull=True, due_on__lte=day
        )
        .select_related("case__consultant", "case__city")
        .order_by("case__consultant_id", "due_on")
    )
    by_consultant: dict[int, list[CaseEvent]] = {}
    for event in due:
        if event.case.consultant_id:
            by_consultant.setdefault(event.case.consultant_id, []).append(event)
    for events in by_consultant.values():
        consultant = events[0].case.consultant
        assert consultant is not None
        with translation.override(consultant.preferred_language):
            lines = [
                f"- {long_date(e.due_on)}: {e.text} — "
                + absolute_url("talent:case", city=e.case.city.slug, pk=e.case_id)
                for e in events
            ]
            send_email_task.call_local(
                subject=_("Tasks due in your relocation cases"), body="\n".join(lines), to=[consultant.email]
            )
        CaseEvent.objects.filter(pk__in=[e.pk for e in events]).update(reminded_at=timezone.now())
    return sum(len(v) for v in by_consultant.values())


@transaction.atomic
def cases_anonymise(*, now: dt.datetime | None = None) -> int:
    """Closed cases past the retention period lose their personal data; the counted result stays."""
    from microcity.accounts.services import person_anonymise

    moment = now or timezone.now()
    cutoff = moment - dt.timedelta(days=RETENTION_DAYS)
    cases = RelocationCase.objects.filter(
        stage=CaseStage.CLOSED, closed_at__lt=cutoff, anonymised_at__isnull=True
    ).select_related("person")
    count = 0
    for case in cases:
        _strip_case(case, moment)
        if (
            case.person.user_id is None
            and not case.person.relocation_cases.exclude(pk=case.pk)
            .filter(anonymised_at__isnull=True)
            .exists()
        ):
            person_anonymise(person=case.person)
        count += 1
    return count


def case_export_rows(*, cases: Any) -> list[list[Any]]:
    header = [
        _("Case"),
        _("Created"),
        _("Stage"),
        _("Consultant"),
        _("Name"),
        _("E-mail"),
        _("Phone"),
        _("Profession"),
        _("Where from"),
        _("Spouse's or partner's profession"),
        _("Children"),
        _("Planned move"),
        _("Moved on"),
        _("Employer"),
        _("Reason for closing"),
    ]
    rows: list[list[Any]] = [[str(h) for h in header]]
    for case in cases:
        rows.append(
            [
                case.pk,
                timezone.localdate(case.created_at),
                str(case.get_stage_display()),
                case.consultant.email if case.consultant else "",
                case.person.full_name,
                case.person.email,
                case.person.phone,
                case.profession,
                case.moving_from,
                case.partner_profession,
                case.children,
                case.planned_move,
                case.moved_on,
                case.employer.name if case.employer else "",
                str(case.get_close_reason_display()) if case.close_reason else "",
            ]
        )
    return rows


def export_person_cases(person: Person) -> list[dict[str, Any]]:
    """The person's relocation cases, for their own data download."""
    return [
        {
            "city": case.city.slug,
            "stage": case.stage,
            "created_at": case.created_at,
            "profession": case.profession,
            "moving_from": case.moving_from,
            "partner_profession": case.partner_profession,
            "children": case.children,
            "housing_needs": case.housing_needs,
            "planned_move": case.planned_move,
            "languages": case.languages,
            "message": case.message,
            "offers": [
                {
                    "sent_at": offer.sent_at,
                    "jobs": [job.title for job in offer.jobs.all()],
                    "housing": offer.housing,
                    "schools": offer.schools,
                }
                for offer in case.offers.all()
            ],
        }
        for case in person.relocation_cases.select_related("city").prefetch_related("offers__jobs")
    ]


def erase_person_cases(person: Person) -> None:
    """On the person's request: their cases keep stage and dates (for the counts), nothing personal."""
    now = timezone.now()
    for case in person.relocation_cases.all():
        if case.stage != CaseStage.CLOSED:
            case.stage = CaseStage.CLOSED
            case.close_reason = "other"
            case.closed_at = now
        _strip_case(case, now)


def _strip_case(case: RelocationCase, moment: dt.datetime) -> None:
    """Keep a case's stage and dates (what the counts need) and drop everything personal."""
    case.profession = case.moving_from = case.partner_profession = ""
    case.children = case.housing_needs = case.languages = case.message = ""
    case.anonymised_at = moment
    case.save()
    case.events.all().delete()
    case.offers.all().delete()
