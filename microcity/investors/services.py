"""State changes of investor attraction: inquiries become leads, the pipeline's stages, the timeline and its
tasks, tailored info packs (PDF from live figures), the "investor attracted" result, the hiring plan handed
to the jobs board, the city's offer, and the anonymisation of lost leads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import Membership, Role, User
from microcity.core import pdf, registry, workflow
from microcity.core.links import absolute_url
from microcity.core.models import (
    AuditAction,
    City,
    Indicator,
    Occupation,
    Organisation,
    OrganisationKind,
    Programme,
)
from microcity.core.services import audit_log, outcome_record
from microcity.core.tasks import enqueue, send_email_task
from microcity.investors import permissions, selectors
from microcity.investors.models import (
    DATED_KINDS,
    MANUAL_KINDS,
    OPEN_STAGES,
    Activity,
    ActivityKind,
    HiringPlanLine,
    Incentive,
    InfoPack,
    Lead,
    LeadSource,
    LostReason,
    Site,
    Stage,
)

# How long a lost lead keeps its contact data before the nightly task anonymises it (said on the form).
RETENTION_DAYS = 365 * 2
LEAD_FIELDS = (
    "company",
    "country",
    "sector",
    "size",
    "contact_name",
    "contact_email",
    "contact_phone",
    "source",
    "project",
    "language",
    "planned_jobs",
    "planned_capital_eur",
    "actual_jobs",
    "actual_capital_eur",
    "manager",
)


class LeadError(workflow.DomainError):
    """An action on a lead that cannot be done; the message is translated and shown to the user."""


class NotAllowed(LeadError, workflow.NotAllowed):
    pass


def _not_anonymised(lead: Lead, to: str, now: dt.datetime) -> str | None:
    if lead.anonymised_at is not None:
        return _("An anonymised lead cannot change.")
    return None


# The pipeline: the stages each stage may be entered from. A lead may be lost or put on hold from any open
# stage; a lead on hold or lost may be taken up again; won investors go on to aftercare.
LEADS = workflow.Workflow(
    labels=Stage,
    allowed=workflow.allowed(
        {
            Stage.LEAD: {Stage.ON_HOLD, Stage.LOST},
            Stage.INFO_PACK: {Stage.LEAD, Stage.ON_HOLD},
            Stage.VISIT: {Stage.LEAD, Stage.INFO_PACK, Stage.ON_HOLD},
            Stage.NEGOTIATION: {Stage.INFO_PACK, Stage.VISIT, Stage.ON_HOLD},
            Stage.ON_HOLD: {Stage.LEAD, Stage.INFO_PACK, Stage.VISIT, Stage.NEGOTIATION},
            Stage.WON: {Stage.VISIT, Stage.NEGOTIATION},
            Stage.LOST: set(OPEN_STAGES),
            Stage.AFTERCARE: {Stage.WON},
        }
    ),
    refusal=gettext_lazy("A lead that is “%(from)s” cannot become “%(to)s”."),
    error=LeadError,
    field="stage",
    guard=_not_anonymised,
)


def _check(by: Any, lead: Lead) -> None:
    if not permissions.can_view_lead(by, lead):
        raise NotAllowed(_("You cannot see this lead."))


def _audit(by: Any, lead: Lead, action: str, address: str | None = None, **details: Any) -> None:
    audit_log(actor=by, action=action, obj=lead, city=lead.city, address=address, details=details)


def next_manager(*, city: City) -> User | None:
    """Assign in turn: the city's investment manager with the fewest open leads."""
    return (
        User.objects.filter(is_active=True, memberships__city=city, memberships__role=Role.INVESTMENT_MANAGER)
        .annotate(
            open_leads=Count("investor_leads", filter=Q(investor_leads__stage__in=OPEN_STAGES), distinct=True)
        )
        .order_by("open_leads", "pk")
        .first()
    )


def _managers(city: City) -> list[User]:
    return list(
        User.objects.filter(
            is_active=True, memberships__city=city, memberships__role=Role.INVESTMENT_MANAGER
        ).distinct()
    )


def _note(lead: Lead, kind: str, text: str, by: Any, **extra: Any) -> Activity:
    return Activity.objects.create(
        lead=lead,
        kind=kind,
        text=text[:4000],
        author=by if getattr(by, "is_authenticated", False) else None,
        **extra,
    )


@transaction.atomic
def inquiry_submit(*, city: City, data: dict[str, Any], language: str) -> Lead:
    """An investor's inquiry from the public form: a lead of the inquiry source, an acknowledgement to the
    investor and a notice to every investment manager of the city (after commit)."""
    manager = next_manager(city=city)
    lead = Lead.objects.create(
        city=city,
        company=data["company"],
        country=data["country"],
        sector=data["sector"],
        size=data.get("size", ""),
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        contact_phone=data.get("contact_phone", ""),
        source=LeadSource.INQUIRY,
        project=data.get("project", ""),
        planned_jobs=data.get("planned_jobs") or 0,
        planned_capital_eur=data.get("planned_capital_eur") or Decimal(0),
        language=language,
        manager=manager,
        consent_given_at=timezone.now(),
    )
    audit_log(actor=None, action=AuditAction.CREATE, obj=lead, city=city, details={"source": "inquiry"})
    with translation.override(language):
        body = render_to_string("investors/email/inquiry_received.txt", {"lead": lead, "city": city})
        subject = _("Your inquiry about investing in %(city)s") % {"city": city.name}
    enqueue(send_email_task, subject=subject, body=body, to=[lead.contact_email])
    link = absolute_url("investors:lead", city=city.slug, pk=lead.pk)
    for person in _managers(city):
        with translation.override(person.preferred_language):
            # The e-mail names no company: it leaves the platform, the lead stays behind the sign-in.
            enqueue(
                send_email_task,
                subject=_("New investor inquiry in %(city)s") % {"city": city.name},
                body=_("A new investor inquiry has arrived%(assigned)s: %(link)s")
                % {"assigned": _(" and is assigned to you") if person == manager else "", "link": link},
                to=[person.email],
            )
    return lead


@transaction.atomic
def lead_create(
    *, city: City, data: dict[str, Any], by: User, address: str | None = None, now: dt.datetime | None = None
) -> Lead:
    """A lead the manager enters (from an agency, a fair, their own approach); `now` dates it (the demo's
    history), today unless told."""
    if not permissions.can_work_leads(by, city):
        raise NotAllowed(_("Only the city's investment managers keep leads."))
    unknown = set(data) - set(LEAD_FIELDS)
    if unknown:
        raise LeadError(f"Unknown fields {sorted(unknown)}")
    moment = now or timezone.now()
    lead = Lead(city=city, created_at=moment, stage_since=moment, **data)
    if lead.manager_id is None and permissions.permissions.has_role(by, Role.INVESTMENT_MANAGER, city):
        lead.manager = by
    _check_manager(lead)
    lead.full_clean()
    lead.save()
    _audit(by, lead, AuditAction.CREATE, address)
    return lead


def _check_manager(lead: Lead) -> None:
    if (
        lead.manager_id is not None
        and not Membership.objects.filter(
            user_id=lead.manager_id, city_id=lead.city_id, role=Role.INVESTMENT_MANAGER
        ).exists()
    ):
        raise LeadError(_("This person is not an investment manager of the city."))


@transaction.atomic
def lead_update(*, lead: Lead, data: dict[str, Any], by: User, address: str | None = None) -> Lead:
    _check(by, lead)
    lead = workflow.lock(lead, "city")
    if lead.anonymised_at is not None:
        raise LeadError(_("An anonymised lead cannot change."))
    unknown = set(data) - set(LEAD_FIELDS)
    if unknown:
        raise LeadError(f"Unknown fields {sorted(unknown)}")
    changed = [field for field, value in data.items() if getattr(lead, field) != value]
    for field in changed:
        setattr(lead, field, data[field])
    if changed:
        _check_manager(lead)
        lead.full_clean()
        lead.save()
        _audit(by, lead, AuditAction.CHANGE, address, fields=changed)
    return lead


def lead_viewed(*, lead: Lead, by: User, address: str | None) -> None:
    """Every opening of a lead by staff is written to the audit log."""
    _check(by, lead)
    _audit(by, lead, AuditAction.VIEW, address)


@transaction.atomic
def lead_transition(
    *,
    lead: Lead,
    to: str,
    by: User,
    lost_reason: str = "",
    note: str = "",
    on: dt.date | None = None,
    address: str | None = None,
    now: dt.datetime | None = None,
) -> Lead:
    """Move a lead along the pipeline. Lost needs a reason; won makes the investor an organisation of the
    city (if it is not one yet) and records "investor attracted" in the outcome ledger once per
    organisation; `on` is the day of the decision (today unless told)."""
    _check(by, lead)
    moment = now or timezone.now()
    lead = workflow.lock(lead, "city")
    previous = LEADS.check(lead, to, now=moment)
    if to == Stage.LOST and lost_reason not in LostReason.values:
        raise LeadError(_("Choose why the lead is lost."))
    day = on or timezone.localdate(moment)
    if day > timezone.localdate(moment):
        raise LeadError(_("A decision cannot be dated in the future."))
    fields = ["stage_since"]
    lead.stage_since = moment
    if to == Stage.LOST:
        lead.lost_reason = lost_reason
        lead.decided_on = day
        fields += ["lost_reason", "decided_on"]
    elif previous == Stage.LOST:
        lead.lost_reason = ""
        lead.decided_on = None
        fields += ["lost_reason", "decided_on"]
    if to == Stage.WON:
        if lead.organisation_id is None:
            lead.organisation = Organisation.objects.create(
                name=lead.company, kind=OrganisationKind.COMPANY, city=lead.city
            )
            fields.append("organisation")
        lead.decided_on = day
        fields.append("decided_on")
    workflow.transition(
        lead,
        to,
        workflow=LEADS,
        by=by,
        city=lead.city,
        fields=fields,
        address=address,
        now=moment,
        locked=True,
    )
    text = f"{Stage(previous).label} → {Stage(to).label}"
    if to == Stage.LOST:
        text += f" ({LostReason(lost_reason).label})"
    if note.strip():
        text += f"\n{note.strip()}"
    _note(lead, ActivityKind.STAGE, text, by, to_stage=to, created_at=moment)
    if to == Stage.WON:
        assert lead.organisation is not None
        # Once per organisation: the investor is the source as well as the subject, so a second lead of
        # the same company, or a lead reopened and won again, adds nothing.
        outcome_record(
            indicator=Indicator.INVESTOR_ATTRACTED,
            programme=Programme.INVESTORS,
            city=lead.city,
            occurred_on=day,
            source=lead.organisation,
            organisation=lead.organisation,
            details={"lead": lead.pk, "planned_jobs": lead.planned_jobs, "sector": lead.sector},
        )
    return lead


@transaction.atomic
def activity_add(
    *,
    lead: Lead,
    by: User,
    kind: str,
    text: str,
    due_on: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Activity:
    """A meeting, call, e-mail or note on the timeline; a task, or a site or aftercare visit, with its date."""
    _check(by, lead)
    if lead.anonymised_at is not None:
        raise LeadError(_("An anonymised lead cannot change."))
    if kind not in MANUAL_KINDS:
        raise LeadError(_("Unknown kind of entry."))
    if kind in DATED_KINDS and due_on is None:
        raise LeadError(_("A task or a visit needs a date."))
    if kind == ActivityKind.AFTERCARE and lead.stage not in (Stage.WON, Stage.AFTERCARE):
        raise LeadError(_("Aftercare visits are for won investors."))
    if not text.strip():
        raise LeadError(_("Write something first."))
    extra: dict[str, Any] = {"due_on": due_on if kind in DATED_KINDS else None}
    if now is not None:
        extra["created_at"] = now
    activity = _note(lead, kind, text.strip(), by, **extra)
    Lead.objects.filter(pk=lead.pk).update(updated_at=now or timezone.now())
    return activity


@transaction.atomic
def activity_done(*, activity: Activity, by: User, now: dt.datetime | None = None) -> Activity:
    _check(by, activity.lead)
    if activity.kind in DATED_KINDS and activity.done_at is None:
        activity.done_at = now or timezone.now()
        activity.save(update_fields=["done_at"])
    return activity


# --- Info packs ----------------------------------------------------------------------------------------


@transaction.atomic
def info_pack_make(
    *,
    lead: Lead,
    by: User,
    language: str,
    sites: list[Site],
    incentives: list[Incentive],
    message: str = "",
    send: bool = False,
    address: str | None = None,
) -> InfoPack:
    """A tailored info pack: the picked sites and incentives and the city's live figures of today, kept
    with the pack. Sent by e-mail with its PDF if asked; the lead moves on from "lead" to "info pack"."""
    _check(by, lead)
    if lead.anonymised_at is not None:
        raise LeadError(_("An anonymised lead cannot change."))
    if language not in dict(settings.LANGUAGES):
        raise LeadError(_("Choose the pack's language."))
    if any(site.city_id != lead.city_id for site in sites) or any(
        item.city_id != lead.city_id for item in incentives
    ):
        raise NotAllowed(_("Pick the city's own sites and incentives."))
    if not (sites or incentives):
        raise LeadError(_("Pick at least one site or incentive for the pack."))
    if send and not lead.contact_email:
        raise LeadError(_("The lead has no e-mail address to send the pack to."))
    with translation.override(language):
        figures = selectors.city_figures(city=lead.city)
    pack = InfoPack.objects.create(
        lead=lead,
        language=language,
        message=message,
        figures=figures,
        figures_on=dt.date.fromisoformat(figures["as_of"]),
        made_by=by,
    )
    pack.sites.set(sites)
    pack.incentives.set(incentives)
    with translation.override(language):
        subject = _("Investing in %(city)s: information for %(company)s") % {
            "city": lead.city.name,
            "company": lead.company,
        }
    text = _("Info pack (%(language)s): %(sites)s sites, %(incentives)s incentives") % {
        "language": language,
        "sites": len(sites),
        "incentives": len(incentives),
    }
    if send:
        pdf = info_pack_pdf(pack=pack)
        with translation.override(language):
            body = render_to_string(
                "investors/email/info_pack.txt", {"pack": pack, "lead": lead, "city": lead.city}
            )
            filename = _("invest-%(city)s.pdf") % {"city": lead.city.slug}
        email = EmailMultiAlternatives(subject=subject, body=body, to=[lead.contact_email])
        email.attach(filename, pdf, "application/pdf")
        transaction.on_commit(email.send)
        text += " · " + _("sent by e-mail")
    _note(lead, ActivityKind.INFO_PACK, text, by)
    _audit(by, lead, AuditAction.CHANGE, address, info_pack=pack.pk, sent=send)
    if lead.stage == Stage.LEAD:
        lead_transition(lead=lead, to=Stage.INFO_PACK, by=by, address=address)
    return pack


def info_pack_pdf(*, pack: InfoPack) -> bytes:
    """The pack as an A4 PDF in its language, in the city's colours, from the figures kept with it."""

    lead = pack.lead
    with translation.override(pack.language):
        html = render_to_string(
            "investors/info_pack_pdf.html",
            {
                "pack": pack,
                "lead": lead,
                "city": lead.city,
                "sites": list(pack.sites.all()),
                "incentives": list(pack.incentives.all()),
                "figures": pack.figures,
                "figures_on": pack.figures_on,
            },
        )
    return pdf.html_to_pdf(html)


# --- Won: the hiring plan and aftercare -------------------------------------------------------------


@transaction.atomic
def hiring_line_add(
    *,
    lead: Lead,
    by: User,
    occupation: Occupation,
    count: int,
    needed_by: dt.date,
    salary_min: Decimal,
    salary_max: Decimal,
) -> HiringPlanLine:
    _check(by, lead)
    if lead.stage not in (Stage.WON, Stage.AFTERCARE, Stage.NEGOTIATION):
        raise LeadError(_("A hiring plan is kept from the negotiation on."))
    if occupation.level != 4:
        raise LeadError(_("Choose an occupation of four digits (ISCO-08 unit group)."))
    line = HiringPlanLine(
        lead=lead,
        occupation=occupation,
        count=count,
        needed_by=needed_by,
        salary_min=salary_min,
        salary_max=salary_max,
    )
    line.full_clean()
    line.save()
    _note(
        lead,
        ActivityKind.HIRING,
        _("Hiring plan: %(count)s × %(occupation)s by %(date)s")
        % {"count": count, "occupation": occupation.label, "date": needed_by.strftime("%d.%m.%Y")},
        by,
    )
    return line


@transaction.atomic
def hiring_plan_hand_over(*, lead: Lead, by: User, address: str | None = None) -> int:
    """Every line of a won investor's hiring plan not handed over yet becomes a draft job post of the
    investor on the jobs board (through core.registry.hiring_plans); returns how many were made. Twice is
    harmless: a line is handed over once, under its lock."""
    _check(by, lead)
    if lead.stage not in (Stage.WON, Stage.AFTERCARE):
        raise LeadError(_("Draft job posts are made for won investors."))
    if not registry.hiring_plans.has_handlers():
        raise LeadError(_("The jobs board is not available, so no draft job posts can be made."))
    lines = list(
        HiringPlanLine.objects.select_for_update(of=("self",))
        .filter(lead=lead, handed_over_at__isnull=True)
        .select_related("occupation", "lead__organisation")
    )
    made = 0
    for line in lines:
        made += len(registry.hiring_plans.hand_over(selectors.hiring_need(line, city=lead.city, by=by)))
        line.handed_over_at = timezone.now()
        line.save(update_fields=["handed_over_at"])
    if lines:
        _note(
            lead,
            ActivityKind.HIRING,
            _("%(n)s hiring plan lines turned into draft job posts for the investor to complete.")
            % {"n": len(lines)},
            by,
        )
        _audit(by, lead, AuditAction.CHANGE, address, hiring_lines=[line.pk for line in lines])
    return made


# --- The offer ------------------------------------------------------------------------------------------


@transaction.atomic
def site_save(*, city: City, by: User, data: dict[str, Any], site: Site | None = None) -> Site:
    if not permissions.can_manage_offer(by, city):
        raise NotAllowed(_("Only the city's investment managers keep its offer."))
    if site is not None and site.city_id != city.pk:
        raise NotAllowed(_("Only the city's investment managers keep its offer."))
    site = site or Site(city=city)
    for field, value in data.items():
        setattr(site, field, value)
    site.full_clean()
    site.save()
    audit_log(actor=by, action=AuditAction.CHANGE, obj=site, city=city, details={"fields": sorted(data)})
    return site


@transaction.atomic
def incentive_save(
    *, city: City, by: User, data: dict[str, Any], incentive: Incentive | None = None
) -> Incentive:
    if not permissions.can_manage_offer(by, city):
        raise NotAllowed(_("Only the city's investment managers keep its offer."))
    if incentive is not None and incentive.city_id != city.pk:
        raise NotAllowed(_("Only the city's investment managers keep its offer."))
    incentive = incentive or Incentive(city=city)
    for field, value in data.items():
        setattr(incentive, field, value)
    incentive.full_clean()
    incentive.save()
    audit_log(actor=by, action=AuditAction.CHANGE, obj=incentive, city=city, details={"fields": sorted(data)})
    return incentive


# --- Background work ----------------------------------------------------------------------------------


def tasks_remind(*, today: dt.date | None = None) -> int:
    """E-mail each manager their tasks and visits due today or overdue, once per entry."""
    day = today or timezone.localdate()
    due = (
        Activity.objects.filter(
            kind__in=DATED_KINDS, done_at__isnull=True, reminded_at__isnull=True, due_on__lte=day
        )
        .exclude(lead__manager__isnull=True)
        .select_related("lead__manager", "lead__city")
        .order_by("lead__manager_id", "due_on")
    )
    by_manager: dict[int, list[Activity]] = {}
    for activity in due:
        assert activity.lead.manager_id is not None
        by_manager.setdefault(activity.lead.manager_id, []).append(activity)
    for activities in by_manager.values():
        manager = activities[0].lead.manager
        assert manager is not None
        with translation.override(manager.preferred_language):
            lines = [
                f"- {a.due_on:%d.%m.%Y}: {a.get_kind_display()} — "
                + absolute_url("investors:lead", city=a.lead.city.slug, pk=a.lead_id)
                for a in activities
            ]
            send_email_task.call_local(
                subject=_("Tasks due in your investor leads"), body="\n".join(lines), to=[manager.email]
            )
        Activity.objects.filter(pk__in=[a.pk for a in activities]).update(reminded_at=timezone.now())
    return sum(len(v) for v in by_manager.values())


@transaction.atomic
def leads_anonymise(*, now: dt.datetime | None = None) -> int:
    """Lost leads decided longer ago than the retention period lose their contacts and notes; the company,
    sector, country, stage and figures stay (the report needs them, and they name no person)."""
    moment = now or timezone.now()
    cutoff = timezone.localdate(moment) - dt.timedelta(days=RETENTION_DAYS)
    leads = Lead.objects.select_for_update().filter(
        stage=Stage.LOST, decided_on__lt=cutoff, anonymised_at__isnull=True
    )
    count = 0
    for lead in leads:
        lead.contact_name = "—"
        lead.contact_email = lead.contact_phone = lead.project = ""
        lead.anonymised_at = moment
        lead.save(
            update_fields=["contact_name", "contact_email", "contact_phone", "project", "anonymised_at"]
        )
        lead.activities.exclude(kind=ActivityKind.STAGE).delete()
        lead.activities.filter(kind=ActivityKind.STAGE).update(text="", author=None)
        lead.info_packs.all().delete()
        count += 1
    return count
