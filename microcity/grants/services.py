"""Every state change of grants: call set-up, applications, screening, review, decisions, agreements,
reports and payments. Keyword-only, atomic, permission first; statuses move only by core.workflow."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_UP, Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.accounts.models import Membership, User
from microcity.core import workflow
from microcity.core.models import AuditAction, City, Indicator, Organisation, OutcomeRecord, Programme
from microcity.core.services import audit_log, outcome_record
from microcity.core.uploads import DOCUMENT_TYPES, IMAGE_TYPES, safe_name, validate_upload
from microcity.grantmaths import deminimis, money, ranking
from microcity.grants import notifications, permissions
from microcity.grants.models import (
    Agreement,
    Application,
    ApplicationStatus,
    Attachment,
    BudgetLine,
    Call,
    CallStatus,
    Criterion,
    FollowUp,
    InfoRequest,
    Payment,
    PaymentKind,
    PriorAid,
    Question,
    QuestionKind,
    Report,
    ReportStatus,
    Review,
    Score,
    Strand,
)
from microcity.grants.workflows import (
    APPLICATIONS,
    CALLS,
    REPORTS,
    GrantsError,
    NotAllowed,
    RulesBroken,
)

S = ApplicationStatus
# What may be corrected in a call at any time (audited); everything else is a rule that must be the same
# for every applicant, so it is frozen once the first application is submitted.
CALL_TEXT_FIELDS = ("title_lv", "title_en", "text_lv", "text_en", "report_template")
CALL_RULE_FIELDS = (
    "budget",
    "opens_at",
    "closes_at",
    "advance_share",
    "implementation_deadline",
    "reviewers_per_application",
    "disagreement_margin",
    "registered_in_city_required",
    "excluded_sectors",
)
APPLICATION_FIELDS = (
    "title",
    "summary",
    "strand",
    "company_registered_on",
    "sector",
    "requested",
    "answers",
    "linked_undertakings",
    "deminimis_declared",
    "consent",
    "truthful",
)
FUNDED_STATES = (S.FUNDED, S.CONTRACTED, S.COMPLETED)
MAX_BUDGET_LINES = 60
MAX_PRIOR_AID = 40
FUNDED_STATUSES = frozenset(FUNDED_STATES)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise NotAllowed(message)


# --- Calls ---------------------------------------------------------------------------------------------


@transaction.atomic
def call_create(*, city: City, data: dict[str, Any], by: User) -> Call:
    _require(
        permissions.can_manage_calls(by, city), _("Only the city's programme coordinators set up calls.")
    )
    call = Call(city=city, **{k: v for k, v in data.items() if k in CALL_TEXT_FIELDS + CALL_RULE_FIELDS})
    _clean(call)
    call.save()
    audit_log(actor=by, action=AuditAction.CREATE, obj=call, city=city, details={"fields": sorted(data)})
    return call


def _clean(obj: Any, exclude: list[str] | None = None) -> None:
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as exc:
        raise GrantsError(*[str(m) for m in exc.messages]) from exc


def _frozen(call: Call) -> bool:
    return call.first_submission_at is not None


@transaction.atomic
def call_update(*, call: Call, data: dict[str, Any], by: User) -> Call:
    """Change a call. After the first submission only its texts may be corrected: a change of a rule
    would treat applicants unequally, and is refused with the reason."""
    _require(
        permissions.can_manage_calls(by, call.city), _("Only the city's programme coordinators change calls.")
    )
    call = workflow.lock(call, "city")
    changed = [
        f for f, v in data.items() if f in CALL_TEXT_FIELDS + CALL_RULE_FIELDS and getattr(call, f) != v
    ]
    rules = [f for f in changed if f in CALL_RULE_FIELDS]
    if rules and _frozen(call):
        labels = ", ".join(str(getattr(Call._meta.get_field(f), "verbose_name", f)) for f in rules)
        raise GrantsError(
            _(
                "Applications have already been submitted, so the rules of this call can no longer change "
                "(every applicant must be treated alike): %(fields)s. Texts may still be corrected."
            )
            % {"fields": labels}
        )
    for field in changed:
        setattr(call, field, data[field])
    _clean(call, exclude=["city"])
    call.save()
    if changed:
        audit_log(
            actor=by,
            action=AuditAction.CHANGE,
            obj=call,
            city=call.city,
            details={"fields": changed, "after_first_submission": _frozen(call)},
        )
    return call


def _part_add(model: type[Any], *, call: Call, data: dict[str, Any], by: User) -> Any:
    _require(
        permissions.can_manage_calls(by, call.city), _("Only the city's programme coordinators change calls.")
    )
    call = workflow.lock(call, "city")
    if _frozen(call):
        raise GrantsError(
            _(
                "Applications have already been submitted: strands, criteria and questions can no longer change."
            )
        )
    row = model(call=call, **data)
    _clean(row, exclude=["call"])
    row.save()
    audit_log(actor=by, action=AuditAction.CREATE, obj=row, city=call.city, details={"fields": sorted(data)})
    return row


@transaction.atomic
def strand_add(*, call: Call, data: dict[str, Any], by: User) -> Strand:
    return _part_add(Strand, call=call, data=data, by=by)  # type: ignore[no-any-return]


@transaction.atomic
def criterion_add(*, call: Call, data: dict[str, Any], by: User) -> Criterion:
    return _part_add(Criterion, call=call, data=data, by=by)  # type: ignore[no-any-return]


@transaction.atomic
def question_add(*, call: Call, data: dict[str, Any], by: User) -> Question:
    return _part_add(Question, call=call, data=data, by=by)  # type: ignore[no-any-return]


@transaction.atomic
def call_part_remove(*, call: Call, part: Strand | Criterion | Question, by: User) -> None:
    _require(
        permissions.can_manage_calls(by, call.city), _("Only the city's programme coordinators change calls.")
    )
    call = workflow.lock(call, "city")
    if part.call_id != call.pk:
        raise workflow.NotFound(_("No such part of this call."))
    if _frozen(call):
        raise GrantsError(
            _(
                "Applications have already been submitted: strands, criteria and questions can no longer change."
            )
        )
    if isinstance(part, Strand) and part.applications.exists():
        raise GrantsError(_("Applications use this strand: it cannot be removed."))
    audit_log(actor=by, action=AuditAction.DELETE, obj=part, city=call.city)
    part.delete()


@transaction.atomic
def call_publish(*, call: Call, by: User) -> Call:
    _require(
        permissions.can_manage_calls(by, call.city),
        _("Only the city's programme coordinators publish calls."),
    )
    if not call.strands.exists() or not call.criteria.exists():
        raise GrantsError(
            _("A call needs at least one strand and one evaluation criterion before it is published.")
        )
    workflow.transition(call, CallStatus.PUBLISHED, workflow=CALLS, by=by, city=call.city)
    call.status = CallStatus.PUBLISHED
    return call


@transaction.atomic
def call_decide(*, call: Call, by: User) -> Call:
    """The jury's decision is complete: every eligible application is funded or not."""
    _require(permissions.can_manage_calls(by, call.city), _("Only the city's programme coordinators decide."))
    waiting = call.applications.filter(status__in=[S.SUBMITTED, S.RETURNED, S.ELIGIBLE]).count()
    if waiting:
        raise GrantsError(_("%(n)d applications still wait for screening or a decision.") % {"n": waiting})
    workflow.transition(call, CallStatus.DECIDED, workflow=CALLS, by=by, city=call.city)
    call.status = CallStatus.DECIDED
    return call


@transaction.atomic
def call_close(*, call: Call, by: User) -> Call:
    _require(
        permissions.can_manage_calls(by, call.city), _("Only the city's programme coordinators close calls.")
    )
    workflow.transition(call, CallStatus.CLOSED, workflow=CALLS, by=by, city=call.city)
    call.status = CallStatus.CLOSED
    return call


# --- Applications --------------------------------------------------------------------------------------


@transaction.atomic
def application_start(
    *,
    call: Call,
    organisation: Organisation,
    strand: Strand,
    title: str,
    by: User,
    now: dt.datetime | None = None,
) -> Application:
    if not permissions.can_apply(by, call, organisation.pk):
        raise NotAllowed(_("You can apply only for an organisation you represent."))
    if strand.call_id != call.pk:
        raise GrantsError(_("Choose a strand of this call."))
    if not call.is_open(now or timezone.now()):
        raise GrantsError(_("This call is not open for applications."))
    application = Application(call=call, strand=strand, organisation=organisation, applicant=by, title=title)
    _clean(application, exclude=["answers", "screening", "submitted_snapshot"])
    application.save()
    audit_log(actor=by, action=AuditAction.CREATE, obj=application, city=call.city)
    return application


def _clean_answers(call: Call, answers: dict[str, Any]) -> dict[str, str]:
    """Only the call's questions, as text (a draft may hold anything typed; checks come on submission)."""
    known = {str(q.pk) for q in call.questions.all()}
    return {key: str(value)[:20000] for key, value in answers.items() if key in known}


def _line_key(row: BudgetLine) -> tuple[Any, ...]:
    return (
        row.description,
        money.cents(Decimal(row.quantity)),
        money.cents(Decimal(row.unit_price)),
        bool(row.eligible),
    )


def _aid_key(row: PriorAid) -> tuple[Any, ...]:
    return (row.undertaking, row.granting_body, row.granted_on, money.cents(Decimal(row.amount)))


def _replace_lines(application: Application, lines: list[dict[str, Any]]) -> bool:
    """Replace the budget table when it changed; returns whether it did."""
    if len(lines) > MAX_BUDGET_LINES:
        raise GrantsError(_("A budget has at most %(n)d lines.") % {"n": MAX_BUDGET_LINES})
    rows = [BudgetLine(application=application, order=i, **line) for i, line in enumerate(lines)]
    for row in rows:
        _clean(row, exclude=["application"])
    if [_line_key(r) for r in application.budget_lines.all()] == [_line_key(r) for r in rows]:
        return False
    application.budget_lines.all().delete()
    BudgetLine.objects.bulk_create(rows)
    totals = money.budget_totals([row.as_money() for row in rows], requested=application.requested)
    application.total_cost, application.eligible_cost = totals.total, totals.eligible
    application.save(update_fields=["total_cost", "eligible_cost"])
    return True


def _replace_prior_aid(application: Application, prior: list[dict[str, Any]]) -> bool:
    """Replace the de minimis declaration's rows when they changed; returns whether they did."""
    if len(prior) > MAX_PRIOR_AID:
        raise GrantsError(_("A declaration has at most %(n)d rows.") % {"n": MAX_PRIOR_AID})
    aid = [PriorAid(application=application, **row) for row in prior]
    for row in aid:
        _clean(row, exclude=["application"])
    if [_aid_key(r) for r in application.prior_aid.all()] == [_aid_key(r) for r in aid]:
        return False
    application.prior_aid.all().delete()
    PriorAid.objects.bulk_create(aid)
    return True


def _apply_fields(application: Application, data: dict[str, Any]) -> list[str]:
    """Set the fields that differ; returns their names."""
    changed = []
    for field, value in data.items():
        if field not in APPLICATION_FIELDS:
            raise GrantsError(f"Unknown field {field}")
        if field == "answers":
            value = _clean_answers(application.call, value)
        if field == "strand" and value.call_id != application.call_id:
            raise GrantsError(_("Choose a strand of this call."))
        if getattr(application, field) != value:
            setattr(application, field, value)
            changed.append(field)
    return changed


@transaction.atomic
def application_save(
    *,
    application: Application,
    data: dict[str, Any],
    by: User,
    lines: list[dict[str, Any]] | None = None,
    prior: list[dict[str, Any]] | None = None,
) -> Application:
    """Save a draft as the applicant types: fields, and (when given) the whole budget table and the whole
    de minimis declaration, which replace what was there."""
    if not permissions.can_edit_application(by, application):
        raise NotAllowed(_("You cannot change this application now."))
    application = workflow.lock(application, "call__city", "strand")
    if application.status != S.DRAFT:
        raise GrantsError(_("Only a draft can be changed."))
    changed = _apply_fields(application, data)
    if changed:
        # Saved as the applicant types: the fields are checked here, keys and constraints by the database.
        try:
            application.full_clean(
                exclude=[
                    "answers",
                    "screening",
                    "submitted_snapshot",
                    "call",
                    "strand",
                    "organisation",
                    "applicant",
                ],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as exc:
            raise GrantsError(*[str(m) for m in exc.messages]) from exc
        application.save(update_fields=[*changed, "updated_at"])
    if lines is not None and _replace_lines(application, lines):
        changed.append("budget_lines")
    if prior is not None and _replace_prior_aid(application, prior):
        changed.append("prior_aid")
    if changed:
        audit_log(
            actor=by,
            action=AuditAction.CHANGE,
            obj=application,
            city=application.call.city,
            details={"fields": changed},
        )
    return application


ATTACHMENT_TYPES = {**DOCUMENT_TYPES, **IMAGE_TYPES}
MAX_ATTACHMENTS = 10


@transaction.atomic
def attachment_add(*, application: Application, upload: UploadedFile, by: User) -> Attachment:
    """Attach a file to a draft, checked by its content (not its name) through the safe-upload path."""
    if not permissions.can_edit_application(by, application):
        raise NotAllowed(_("You cannot change this application now."))
    application = workflow.lock(application, "call__city")
    if application.attachments.count() >= MAX_ATTACHMENTS:
        raise GrantsError(_("An application can have at most %(n)d files.") % {"n": MAX_ATTACHMENTS})
    try:
        mime = validate_upload(upload, allowed=ATTACHMENT_TYPES)
    except ValidationError as exc:
        raise GrantsError(" ".join(exc.messages)) from exc
    upload.seek(0)
    data = upload.read()
    stored = Attachment(
        application=application,
        original_name=(upload.name or "file")[:200],
        content_type=mime,
        size=len(data),
    )
    stored.file.save(safe_name(upload, mime=mime, allowed=ATTACHMENT_TYPES), ContentFile(data), save=False)
    stored.save()
    audit_log(actor=by, action=AuditAction.CREATE, obj=stored, city=application.call.city)
    return stored


@transaction.atomic
def attachment_remove(*, attachment: Attachment, by: User) -> None:
    application = attachment.application
    if not permissions.can_edit_application(by, application):
        raise NotAllowed(_("You cannot change this application now."))
    audit_log(actor=by, action=AuditAction.DELETE, obj=attachment, city=application.call.city)
    attachment.file.delete(save=False)
    attachment.delete()


def prior_aid_of(application: Application, *, exclude_self: bool = True) -> list[deminimis.PriorAid]:
    """The single undertaking's de minimis aid: what the applicant declared, and the grants of this
    platform already awarded to the same organisation."""
    rows = [deminimis.PriorAid(a.granted_on, a.amount) for a in application.prior_aid.all()]
    awarded = Application.objects.filter(
        organisation_id=application.organisation_id, status__in=FUNDED_STATES, award__isnull=False
    )
    if exclude_self:
        awarded = awarded.exclude(pk=application.pk)
    for other in awarded.only("award", "decided_at"):
        when = timezone.localdate(other.decided_at) if other.decided_at else timezone.localdate()
        rows.append(deminimis.PriorAid(when, other.award or Decimal("0")))
    return rows


def headrooms(applications: list[Application], *, on: dt.date | None = None) -> dict[int, Decimal]:
    """`deminimis_headroom` of many applications in two queries."""
    day = on or timezone.localdate()
    ids = [a.pk for a in applications]
    declared: dict[int, list[deminimis.PriorAid]] = {}
    for app_id, granted_on, amount in PriorAid.objects.filter(application_id__in=ids).values_list(
        "application_id", "granted_on", "amount"
    ):
        declared.setdefault(app_id, []).append(deminimis.PriorAid(granted_on, amount))
    awarded: dict[int, list[tuple[int, deminimis.PriorAid]]] = {}
    for pk, org, award, decided_at in Application.objects.filter(
        organisation_id__in={a.organisation_id for a in applications},
        status__in=FUNDED_STATES,
        award__isnull=False,
    ).values_list("pk", "organisation_id", "award", "decided_at"):
        when = timezone.localdate(decided_at) if decided_at else day
        awarded.setdefault(org, []).append((pk, deminimis.PriorAid(when, award or Decimal("0"))))
    return {
        a.pk: deminimis.headroom(
            declared.get(a.pk, []) + [aid for pk, aid in awarded.get(a.organisation_id, []) if pk != a.pk],
            on=day,
        )
        for a in applications
    }


def deminimis_headroom(application: Application, *, on: dt.date | None = None) -> Decimal:
    return deminimis.headroom(prior_aid_of(application), on=on or timezone.localdate())


BREACH_MESSAGES = {
    money.NOTHING_REQUESTED: lambda s: _("Enter the grant you request."),
    money.BELOW_MINIMUM: lambda s: _("The smallest grant of this strand is EUR %(v)s.") % {"v": s.min_amount},
    money.ABOVE_MAXIMUM: lambda s: _("The largest grant of this strand is EUR %(v)s.") % {"v": s.max_amount},
    money.NO_ELIGIBLE_COSTS: lambda s: _("The budget has no eligible costs."),
    money.ABOVE_INTENSITY: lambda s: (
        _("The grant may cover at most %(p)s %% of the eligible costs: add own co-financing or ask for less.")
        % {"p": _percent(s.max_intensity)}
    ),
    money.BELOW_INTENSITY: lambda s: (
        _("In this strand the grant covers at least %(p)s %% of the eligible costs.")
        % {"p": _percent(s.min_intensity)}
    ),
}


def _percent(share: Decimal) -> str:
    return f"{(share * 100).normalize():f}"


def budget_problems(application: Application) -> list[str]:
    """What the budget breaks of the strand's rules, as messages (shown live and checked on submission)."""
    totals = application.totals()
    strand = application.strand
    return [BREACH_MESSAGES[code](strand) for code in money.rule_breaches(totals, strand.rules)]


def _answer_problem(question: Question, value: str) -> str | None:
    """What is wrong with one answer, or None."""
    if not value:
        return _("Answer the question: %(q)s") % {"q": question.text} if question.required else None
    kind = question.kind
    if kind == QuestionKind.TEXT and question.word_limit and len(value.split()) > question.word_limit:
        return _("At most %(n)d words: %(q)s") % {"n": question.word_limit, "q": question.text}
    if kind in (QuestionKind.NUMBER, QuestionKind.MONEY):
        try:
            Decimal(value.replace(",", ".").replace(" ", ""))
        except ArithmeticError:
            return _("Enter a number: %(q)s") % {"q": question.text}
    if kind == QuestionKind.DATE:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return _("Enter a date: %(q)s") % {"q": question.text}
    if kind == QuestionKind.CHOICE and value not in question.choice_list:
        return _("Choose one of the answers: %(q)s") % {"q": question.text}
    if kind == QuestionKind.YES_NO and value not in ("yes", "no"):
        return _("Answer yes or no: %(q)s") % {"q": question.text}
    return None


def _company_problems(application: Application, *, now: dt.datetime) -> list[str]:
    problems = []
    strand = application.strand
    if strand.max_company_age_years:
        registered = application.company_registered_on
        if registered is None:
            problems.append(_("Enter the date the company was registered."))
        else:
            age_limit = deminimis.window_start(timezone.localdate(now), years=strand.max_company_age_years)
            if registered < age_limit - dt.timedelta(days=1):
                problems.append(
                    _("This strand is for companies younger than %(n)d years.")
                    % {"n": strand.max_company_age_years}
                )
    excluded = {code.strip().upper() for code in application.call.excluded_sectors.split(",") if code.strip()}
    sector = application.sector.strip().upper()
    if sector and any(sector.startswith(code) for code in excluded):
        problems.append(_("The de minimis regulation excludes the sector %(s)s.") % {"s": application.sector})
    return problems


def application_problems(application: Application, *, now: dt.datetime) -> list[str]:
    """Everything that keeps an application from being submitted, as messages."""
    problems = budget_problems(application)
    if not application.title.strip():
        problems.append(_("Give the project a title."))
    problems.extend(_company_problems(application, now=now))
    answers = application.answers or {}
    for question in application.call.questions.all():
        problem = _answer_problem(question, str(answers.get(str(question.pk), "")).strip())
        if problem:
            problems.append(problem)
    if not application.deminimis_declared:
        problems.append(_("Make the de minimis declaration."))
    elif application.requested > deminimis_headroom(application, on=timezone.localdate(now)):
        problems.append(
            _("With this grant the company's de minimis aid would pass EUR 300,000 in three years.")
        )
    if not application.consent:
        problems.append(_("Give your consent to the processing of the application."))
    if not application.truthful:
        problems.append(_("Confirm that the information is true."))
    return problems


def _snapshot(application: Application) -> dict[str, Any]:
    totals = application.totals()
    return {
        "title": application.title,
        "summary": application.summary,
        "organisation": application.organisation.name,
        "registration_number": application.organisation.registration_number,
        "strand": application.strand.name_lv,
        "strand_en": application.strand.name_en,
        "company_registered_on": application.company_registered_on.isoformat()
        if application.company_registered_on
        else "",
        "sector": application.sector,
        "requested": str(totals.requested),
        "total": str(totals.total),
        "eligible": str(totals.eligible),
        "own_funding": str(totals.own_funding),
        "answers": [
            {
                "section_lv": q.section_lv,
                "section_en": q.section_en,
                "q_lv": q.text_lv,
                "q_en": q.text_en,
                "a": str((application.answers or {}).get(str(q.pk), "")),
            }
            for q in application.call.questions.all()
        ],
        "lines": [
            {
                "description": line.description,
                "quantity": str(line.quantity),
                "unit_price": str(line.unit_price),
                "cost": str(line.cost),
                "eligible": line.eligible,
            }
            for line in application.budget_lines.all()
        ],
        "prior_aid": [
            {
                "undertaking": a.undertaking,
                "granting_body": a.granting_body,
                "granted_on": a.granted_on.isoformat(),
                "amount": str(a.amount),
            }
            for a in application.prior_aid.all()
        ],
        "linked_undertakings": application.linked_undertakings,
        "attachments": [a.original_name for a in application.attachments.all()],
    }


@transaction.atomic
def application_submit(*, application: Application, by: User, now: dt.datetime | None = None) -> Application:
    """Submit a draft. The server refuses it after the closing time whatever the page showed, and when any
    rule is broken (each reason is listed)."""
    now = now or timezone.now()
    if not permissions.is_applicant_of(by, application):
        raise NotAllowed(_("Only the organisation's representatives submit its application."))
    call = Call.objects.select_for_update().get(pk=application.call_id)
    if not call.is_open(now):
        raise GrantsError(
            _("The call closed at %(t)s: applications can no longer be submitted.")
            % {"t": timezone.localtime(call.closes_at).strftime("%d.%m.%Y %H:%M")}
            if now >= call.closes_at
            else _("This call is not open for applications.")
        )
    application = workflow.lock(application, "call", "strand", "organisation")
    problems = application_problems(application, now=now)
    if problems:
        raise RulesBroken(problems)
    if not application.number:
        count = call.applications.exclude(number="").count() + 1
        application.number = f"{timezone.localtime(call.opens_at).year}-{count:03d}"
    application.submitted_at = now
    application.submitted_snapshot = _snapshot(application)
    workflow.transition(
        application,
        S.SUBMITTED,
        workflow=APPLICATIONS,
        by=by,
        city=call.city,
        locked=True,
        fields=["number", "submitted_at", "submitted_snapshot"],
        now=now,
    )
    if call.first_submission_at is None:
        call.first_submission_at = now
        call.save(update_fields=["first_submission_at"])
    notifications.receipt(application)
    return application


@transaction.atomic
def application_withdraw(*, application: Application, by: User) -> Application:
    if not permissions.is_applicant_of(by, application):
        raise NotAllowed(_("Only the organisation's representatives withdraw its application."))
    workflow.transition(application, S.WITHDRAWN, workflow=APPLICATIONS, by=by, city=application.call.city)
    application.status = S.WITHDRAWN
    return application


@transaction.atomic
def application_return(*, application: Application, question: str, by: User) -> InfoRequest:
    """Ask the applicant for more information; they answer in place and the application comes back."""
    _require(
        permissions.is_coordinator(by, application.call.city), _("Only coordinators return applications.")
    )
    if not question.strip():
        raise GrantsError(_("Write what information is needed."))
    workflow.transition(application, S.RETURNED, workflow=APPLICATIONS, by=by, city=application.call.city)
    application.status = S.RETURNED
    request = InfoRequest.objects.create(application=application, question=question, asked_by=by)
    notifications.info_requested(application, request)
    return request


@transaction.atomic
def application_answer(*, application: Application, answer: str, by: User) -> InfoRequest:
    if not permissions.is_applicant_of(by, application):
        raise NotAllowed(_("Only the organisation's representatives answer for it."))
    if not answer.strip():
        raise GrantsError(_("Write your answer."))
    request = application.info_requests.filter(answered_at__isnull=True).order_by("-asked_at").first()
    if request is None:
        raise GrantsError(_("No question waits for an answer."))
    workflow.transition(application, S.SUBMITTED, workflow=APPLICATIONS, by=by, city=application.call.city)
    application.status = S.SUBMITTED
    request.answer = answer
    request.answered_at = timezone.now()
    request.save(update_fields=["answer", "answered_at"])
    return request


def application_viewed(*, application: Application, by: User, address: str | None = None) -> None:
    """Staff opened an application: kept in the audit log."""
    audit_log(actor=by, action=AuditAction.VIEW, obj=application, city=application.call.city, address=address)


# --- Screening -----------------------------------------------------------------------------------------

SCREENING_RULES = (
    "registered_in_city",
    "company_age",
    "sector_allowed",
    "deminimis_within_ceiling",
    "complete",
)


@transaction.atomic
def application_screen(
    *, application: Application, checklist: dict[str, bool], reason: str, by: User
) -> Application:
    """The eligibility checklist: every rule met makes the application eligible for review; any rule not met
    makes it ineligible, with a reason the applicant is told in their language."""
    _require(
        permissions.is_coordinator(by, application.call.city), _("Only coordinators screen applications.")
    )
    checks = {rule: bool(checklist.get(rule)) for rule in SCREENING_RULES}
    eligible = all(checks.values())
    if not eligible and not reason.strip():
        raise GrantsError(_("Write the reason why the application is not eligible."))
    application.screening = checks
    application.ineligible_reason = "" if eligible else reason
    to = S.ELIGIBLE if eligible else S.INELIGIBLE
    workflow.transition(
        application,
        to,
        workflow=APPLICATIONS,
        by=by,
        city=application.call.city,
        fields=["screening", "ineligible_reason"],
        details={"checklist": checks},
    )
    if not eligible:
        notifications.ineligible(application)
    return application


def suggested_screening(application: Application) -> dict[str, bool]:
    """What the data says for each rule, as the coordinator's starting point."""
    strand = application.strand
    today = timezone.localdate()
    age_ok = True
    if strand.max_company_age_years:
        registered = application.company_registered_on
        age_ok = bool(
            registered
            and registered
            >= deminimis.window_start(today, years=strand.max_company_age_years) - dt.timedelta(days=1)
        )
    excluded = {c.strip().upper() for c in application.call.excluded_sectors.split(",") if c.strip()}
    return {
        "registered_in_city": (not application.call.registered_in_city_required)
        or application.organisation.city_id == application.call.city_id,
        "company_age": age_ok,
        "sector_allowed": not any(application.sector.upper().startswith(c) for c in excluded),
        "deminimis_within_ceiling": application.requested <= deminimis_headroom(application),
        "complete": True,
    }


# --- Review --------------------------------------------------------------------------------------------


def _evaluators(city: City) -> list[int]:
    from microcity.grants.permissions import EVALUATOR_ROLES

    return sorted(
        set(
            Membership.objects.filter(city=city, role__in=EVALUATOR_ROLES, user__is_active=True).values_list(
                "user_id", flat=True
            )
        )
    )


@transaction.atomic
def review_assign(*, application: Application, evaluator: User, by: User) -> Review:
    city = application.call.city
    _require(permissions.is_coordinator(by, city), _("Only coordinators assign evaluators."))
    if evaluator.pk not in _evaluators(city):
        raise GrantsError(_("This person is not a grant evaluator of the city."))
    if application.status != S.ELIGIBLE:
        raise GrantsError(_("Only eligible applications are reviewed."))
    if application.reviews.filter(evaluator=evaluator).exists():
        raise GrantsError(_("This evaluator already has the application."))
    review = Review.objects.create(application=application, evaluator=evaluator)
    audit_log(actor=by, action=AuditAction.CREATE, obj=review, city=city, details={"evaluator": evaluator.pk})
    return review


def _balance(call: Call, applications: list[int], *, by: User | None) -> int:
    existing: dict[int, list[int]] = {}
    excluded: dict[int, list[int]] = {}
    for app_id, evaluator_id, conflict in Review.objects.filter(application__call=call).values_list(
        "application_id", "evaluator_id", "conflict"
    ):
        (excluded if conflict else existing).setdefault(app_id, []).append(evaluator_id)
    additions = ranking.balanced_assignment(
        applications,
        _evaluators(call.city),
        per_application=call.reviewers_per_application,
        existing=existing,
        excluded=excluded,
    )
    reviews = [Review(application_id=a, evaluator_id=e) for a, es in additions.items() for e in es]
    Review.objects.bulk_create(reviews)
    if by is not None or reviews:
        audit_log(
            actor=by,
            action=AuditAction.CREATE,
            obj=call,
            city=call.city,
            details={"reviews_assigned": len(reviews)},
        )
    return len(reviews)


@transaction.atomic
def reviews_assign_balanced(*, call: Call, by: User) -> int:
    """Give each eligible application its number of evaluators, to the least loaded first; returns how
    many assignments were made."""
    _require(permissions.is_coordinator(by, call.city), _("Only coordinators assign evaluators."))
    call = workflow.lock(call, "city")
    ids = list(call.applications.filter(status=S.ELIGIBLE).order_by("pk").values_list("pk", flat=True))
    return _balance(call, ids, by=by)


@transaction.atomic
def reviews_assign_matching(*, call: Call, application_ids: list[int], by: User) -> int:
    """The bulk action of the ranked table: balanced assignment for every eligible application the filter
    matched (all of them, not one page)."""
    _require(permissions.is_coordinator(by, call.city), _("Only coordinators assign evaluators."))
    call = workflow.lock(call, "city")
    ids = list(
        call.applications.filter(pk__in=application_ids, status=S.ELIGIBLE)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return _balance(call, ids, by=by)


@transaction.atomic
def review_declare(*, review: Review, conflict: bool, reason: str, by: User) -> Review:
    """The evaluator declares a conflict of interest (the application goes to another evaluator and this
    one never sees it again) or that there is none (scoring opens)."""
    review = workflow.lock(review, "application__call__city")
    if review.evaluator_id != by.pk or review.conflict:
        raise NotAllowed(_("This is not your review."))
    if review.submitted_at is not None:
        raise GrantsError(_("The scores are already submitted."))
    call = review.application.call
    if conflict:
        review.conflict = True
        review.conflict_reason = reason[:500]
        review.save(update_fields=["conflict", "conflict_reason"])
        review.scores.all().delete()
        audit_log(
            actor=by, action=AuditAction.CHANGE, obj=review, city=call.city, details={"fields": ["conflict"]}
        )
        _balance(call, [review.application_id], by=None)
    else:
        review.no_conflict_confirmed = True
        review.save(update_fields=["no_conflict_confirmed"])
        audit_log(
            actor=by,
            action=AuditAction.CHANGE,
            obj=review,
            city=call.city,
            details={"fields": ["no_conflict_confirmed"]},
        )
    return review


def _criteria(call: Call) -> list[ranking.Criterion]:
    return [ranking.Criterion(c.pk, c.weight, c.max_score) for c in call.criteria.all()]


def application_scores_refresh(application: Application) -> None:
    totals = [
        t
        for t in application.reviews.filter(conflict=False, submitted_at__isnull=False).values_list(
            "total", flat=True
        )
        if t is not None
    ]
    summary = ranking.summarise(totals)
    Application.objects.filter(pk=application.pk).update(
        average_score=summary.average, score_spread=summary.spread
    )


@transaction.atomic
def review_submit(*, review: Review, scores: dict[int, tuple[int, str]], by: User) -> Review:
    """Scores per criterion, each with a comment; once submitted the evaluator sees the others' scores."""
    review = workflow.lock(review, "application__call__city")
    if not permissions.can_review(by, review):
        raise NotAllowed(_("This is not your review."))
    if not review.no_conflict_confirmed:
        raise GrantsError(_("Declare first whether you have a conflict of interest."))
    if review.submitted_at is not None:
        raise GrantsError(_("The scores are already submitted."))
    if review.application.status != S.ELIGIBLE:
        raise GrantsError(_("This application is no longer in review."))
    criteria = list(review.application.call.criteria.all())
    problems = []
    rows = []
    for criterion in criteria:
        score, comment = scores.get(criterion.pk, (None, ""))
        if score is None or not (0 <= score <= criterion.max_score):
            problems.append(
                _("Score %(c)s from 0 to %(m)d.") % {"c": criterion.name, "m": criterion.max_score}
            )
        elif not comment.strip():
            problems.append(_("Comment on your score for %(c)s.") % {"c": criterion.name})
        else:
            rows.append(Score(review=review, criterion=criterion, score=score, comment=comment[:3000]))
    if problems:
        raise RulesBroken(problems)
    review.scores.all().delete()
    Score.objects.bulk_create(rows)
    review.total = ranking.weighted_total(
        {r.criterion_id: r.score for r in rows}, _criteria(review.application.call)
    )
    review.submitted_at = timezone.now()
    review.save(update_fields=["total", "submitted_at"])
    application_scores_refresh(review.application)
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=review,
        city=review.application.call.city,
        details={"fields": ["scores"]},
    )
    return review


# --- Decisions -----------------------------------------------------------------------------------------


def awarded_total(call: Call, *, exclude: Application | None = None) -> Decimal:
    rows = call.applications.filter(status__in=FUNDED_STATES, award__isnull=False)
    if exclude is not None:
        rows = rows.exclude(pk=exclude.pk)
    return sum((a for a in rows.values_list("award", flat=True) if a is not None), Decimal("0.00"))


@transaction.atomic
def decision_save(
    *, application: Application, award: Decimal | None, reason: str, by: User, now: dt.datetime | None = None
) -> Application:
    """The jury's decision on one application: an award (possibly partial) or none. An award that would take
    the single undertaking's de minimis aid past the ceiling, or the call past its budget, is not saved."""
    now = now or timezone.now()
    call = Call.objects.select_for_update().select_related("city").get(pk=application.call_id)
    _require(permissions.is_coordinator(by, call.city), _("Only coordinators record decisions."))
    application = workflow.lock(application, "strand", "organisation")
    if award is not None and award > 0:
        award = money.cents(award)
        if award > application.requested:
            raise GrantsError(
                _("The award cannot be more than the grant requested (EUR %(v)s).")
                % {"v": application.requested}
            )
        room = deminimis.headroom(prior_aid_of(application), on=timezone.localdate(now))
        if award > room:
            raise GrantsError(
                _(
                    "This award would take the company's de minimis aid past EUR 300,000 in three years: at most EUR %(v)s may be awarded."
                )
                % {"v": room}
            )
        left = call.budget - awarded_total(call, exclude=application)
        if award > left:
            raise GrantsError(_("Only EUR %(v)s of the call's budget is left.") % {"v": left})
        if award < application.requested and not reason.strip():
            raise GrantsError(_("Write the reason for a partial award."))
        application.award = award
        to = S.FUNDED
    else:
        if not reason.strip():
            raise GrantsError(_("Write the reason why the application is not funded."))
        application.award = None
        to = S.NOT_FUNDED
    application.award_reason = reason
    application.decided_at = now
    workflow.transition(
        application,
        to,
        workflow=APPLICATIONS,
        by=by,
        city=call.city,
        locked=True,
        fields=["award", "award_reason", "decided_at"],
        now=now,
    )
    notifications.decision(application)
    return application


def funding_proposal(call: Call) -> dict[int, Decimal]:
    """The funding line the scores suggest: eligible applications by average score, within the budget,
    each capped by its de minimis headroom."""
    rows = list(
        call.applications.filter(status=S.ELIGIBLE).only(
            "pk", "organisation_id", "average_score", "requested"
        )
    )
    rooms = headrooms(rows)
    candidates = [
        ranking.Candidate(a.pk, a.average_score or Decimal(0), a.requested, cap=rooms[a.pk]) for a in rows
    ]
    left = call.budget - awarded_total(call)
    return ranking.funding_line(candidates, budget=left)


# --- Agreements, reports and payments ------------------------------------------------------------------


def _intensity(application: Application) -> Decimal:
    eligible = application.totals().eligible
    if eligible <= 0 or application.award is None:
        return Decimal("0")
    exact = (application.award / eligible).quantize(Decimal("0.0001"), rounding=ROUND_UP)
    return min(exact, application.strand.max_intensity)


@transaction.atomic
def agreement_sign(*, application: Application, signed_on: dt.date, by: User) -> Agreement:
    """Record the signed agreement with its unique number, order the advance, and count the company once
    in the outcome ledger ("company supported to innovate")."""
    call = Call.objects.select_for_update().select_related("city").get(pk=application.call_id)
    _require(permissions.is_coordinator(by, call.city), _("Only coordinators record agreements."))
    application = workflow.lock(application, "strand", "organisation")
    if application.award is None:
        raise GrantsError(_("Only a funded application gets an agreement."))
    workflow.transition(application, S.CONTRACTED, workflow=APPLICATIONS, by=by, city=call.city, locked=True)
    count = (
        Agreement.objects.filter(application__call__city=call.city, signed_on__year=signed_on.year).count()
        + 1
    )
    number = f"ZILE-{call.city.slug.upper()[:3]}-{signed_on.year}-{count:03d}"
    while Agreement.objects.filter(number=number).exists():
        count += 1
        number = f"ZILE-{call.city.slug.upper()[:3]}-{signed_on.year}-{count:03d}"
    advance = money.advance_amount(application.award, call.advance_share)
    agreement = Agreement.objects.create(
        application=application,
        number=number,
        signed_on=signed_on,
        amount=application.award,
        intensity=_intensity(application),
        advance=advance,
    )
    if advance > 0:
        Payment.objects.create(
            application=application,
            kind=PaymentKind.ADVANCE,
            amount=advance,
            ordered_on=signed_on,
            ordered_by=by,
        )
    audit_log(actor=by, action=AuditAction.CREATE, obj=agreement, city=call.city, details={"number": number})
    already = OutcomeRecord.objects.filter(
        indicator=Indicator.COMPANY_INNOVATION_SUPPORTED, organisation=application.organisation
    ).exists()
    if not already:
        outcome_record(
            indicator=Indicator.COMPANY_INNOVATION_SUPPORTED,
            programme=Programme.GRANTS,
            city=call.city,
            occurred_on=signed_on,
            source=agreement,
            organisation=application.organisation,
        )
    return agreement


REPORT_FIELDS = (
    "done",
    "results",
    "actual_total",
    "actual_eligible",
    "jobs_created",
    "new_products",
    "turnover",
    "exports",
)


@transaction.atomic
def report_save(*, application: Application, data: dict[str, Any], by: User, submit: bool = False) -> Report:
    if not permissions.is_applicant_of(by, application):
        raise NotAllowed(_("Only the organisation's representatives report on its project."))
    application = workflow.lock(application, "call__city")
    if application.status != S.CONTRACTED:
        raise GrantsError(_("A report is made for a project with a signed agreement."))
    report, _created = Report.objects.select_for_update().get_or_create(application=application)
    if report.status not in (ReportStatus.DRAFT, ReportStatus.RETURNED):
        raise GrantsError(_("The report is already submitted."))
    for field, value in data.items():
        if field not in REPORT_FIELDS:
            raise GrantsError(f"Unknown field {field}")
        setattr(report, field, value)
    _clean(report, exclude=["application"])
    if submit:
        if not report.done.strip() or not report.results.strip():
            raise GrantsError(_("Describe what was done and its results."))
        report.submitted_at = timezone.now()
        report.save()
        workflow.transition(
            report, ReportStatus.SUBMITTED, workflow=REPORTS, by=by, city=application.call.city, locked=True
        )
    else:
        report.save()
        audit_log(
            actor=by,
            action=AuditAction.CHANGE,
            obj=report,
            city=application.call.city,
            details={"fields": sorted(data)},
        )
    return report


@transaction.atomic
def report_return(*, report: Report, note: str, by: User) -> Report:
    city = report.application.call.city
    _require(permissions.is_coordinator(by, city), _("Only coordinators review reports."))
    if not note.strip():
        raise GrantsError(_("Write what must change in the report."))
    report.coordinator_note = note
    workflow.transition(
        report, ReportStatus.RETURNED, workflow=REPORTS, by=by, city=city, fields=["coordinator_note"]
    )
    return report


@transaction.atomic
def report_accept(
    *, report: Report, accepted_eligible: Decimal, by: User, on: dt.date | None = None
) -> Payment | None:
    """Accept the report with the eligible costs the coordinator accepts; the final payment is
    min(award, intensity × accepted eligible costs) − advance, or a recovery when that is negative."""
    application = report.application
    city = application.call.city
    _require(permissions.is_coordinator(by, city), _("Only coordinators review reports."))
    if accepted_eligible < 0:
        raise GrantsError(_("Accepted costs cannot be negative."))
    agreement = application.agreement
    report.accepted_eligible = money.cents(accepted_eligible)
    report.accepted_at = timezone.now()
    workflow.transition(
        report,
        ReportStatus.ACCEPTED,
        workflow=REPORTS,
        by=by,
        city=city,
        fields=["accepted_eligible", "accepted_at"],
    )
    result = money.settlement(
        award=agreement.amount,
        intensity=agreement.intensity,
        accepted_eligible=report.accepted_eligible,
        advance=agreement.advance,
    )
    day = on or timezone.localdate()
    payment = None
    if result.payment > 0:
        payment = Payment.objects.create(
            application=application,
            kind=PaymentKind.FINAL,
            amount=result.payment,
            ordered_on=day,
            ordered_by=by,
        )
    elif result.recovery > 0:
        payment = Payment.objects.create(
            application=application,
            kind=PaymentKind.RECOVERY,
            amount=result.recovery,
            ordered_on=day,
            ordered_by=by,
        )
    workflow.transition(
        application,
        S.COMPLETED,
        workflow=APPLICATIONS,
        by=by,
        city=city,
        details={"earned": str(result.earned)},
    )
    return payment


def counts_by_status(call: Call) -> dict[str, int]:
    return dict(call.applications.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))


# --- Follow-up of results, 12 months after the final payment -------------------------------------------

FOLLOW_UP_AFTER = dt.timedelta(days=365)
FOLLOW_UP_FIELDS = ("jobs_created", "new_products", "turnover", "exports")


def follow_ups_send(*, today: dt.date | None = None) -> int:
    """Ask each completed project's company for its KPI figures again once 12 months have passed since the
    final payment (or recovery): one e-mail with a one-time link per project. Safe to run every day."""
    import secrets

    day = today or timezone.localdate()
    due = (
        Application.objects.filter(
            status=S.COMPLETED,
            follow_up__isnull=True,
            payments__kind__in=[PaymentKind.FINAL, PaymentKind.RECOVERY],
            payments__ordered_on__lte=day - FOLLOW_UP_AFTER,
        )
        .select_related("call__city", "applicant")
        .distinct()
    )
    sent = 0
    for application in due:
        with transaction.atomic():
            follow_up, created = FollowUp.objects.get_or_create(
                application=application, defaults={"token": secrets.token_urlsafe(32)}
            )
            if created:
                notifications.follow_up(application)
                sent += 1
    return sent


@transaction.atomic
def follow_up_answer(*, token: str, data: dict[str, Any], address: str | None = None) -> FollowUp:
    """Record the figures once; the link then no longer accepts answers."""
    follow_up = (
        FollowUp.objects.select_for_update()
        .select_related("application__call__city")
        .filter(token=token)
        .first()
    )
    if follow_up is None:
        raise workflow.NotFound(_("This link is not valid."))
    if follow_up.answered_at is not None:
        raise GrantsError(_("These figures have already been sent. Thank you."))
    for field in FOLLOW_UP_FIELDS:
        setattr(follow_up, field, data.get(field))
    follow_up.answered_at = timezone.now()
    follow_up.save()
    audit_log(
        actor=None,
        action=AuditAction.CHANGE,
        obj=follow_up,
        city=follow_up.application.call.city,
        address=address,
        details={"fields": list(FOLLOW_UP_FIELDS)},
    )
    return follow_up
