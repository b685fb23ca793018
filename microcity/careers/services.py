"""State changes of the career portfolio: its sections, evidence files, skills, interests, goals,
sharing with counsellor and guardian, and read-only share links for employers and schools.

Counselling lives in counselling.py and group activities in activities.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.careers import conf, permissions, riasec
from microcity.careers.interest_statements import STATEMENTS, VERSION
from microcity.careers.models import (
    ENTRY_SECTIONS,
    Entry,
    Evidence,
    Goal,
    GoalStatus,
    InterestAssessment,
    PlanStep,
    Portfolio,
    PortfolioSkill,
    Section,
    SectionSharing,
    ShareLink,
    ShareLinkOpening,
    Skill,
    Visibility,
)
from microcity.core import workflow
from microcity.core.models import AuditAction, Occupation, Person
from microcity.core.services import audit_log
from microcity.core.uploads import IMAGE_TYPES, safe_name, validate_upload

# Evidence is shown in the browser: images and PDF only, nothing a browser would run.
EVIDENCE_TYPES: dict[str, str] = {**IMAGE_TYPES, "application/pdf": "pdf"}
# What a programme may state about a verified entry; everything else is the owner's to write.
VERIFIED_FIELDS = ("title", "organisation_name", "starts_on", "ends_on", "hours", "occupation")


class CareersError(workflow.DomainError):
    """A career-support action that cannot be done; the message is translated and shown to the user."""


class NotAllowed(CareersError, workflow.NotAllowed):
    pass


class ShareLinkClosed(CareersError):
    """The share link does not exist, has expired or was revoked; the visitor is not told which."""


def clean(obj: models.Model, *, exclude: Sequence[str] = ()) -> None:
    """full_clean(), its errors as a CareersError."""
    try:
        obj.full_clean(exclude=list(exclude))
    except ValidationError as error:
        raise CareersError(" ".join(error.messages)) from error


def _require_owner(by: User, portfolio: Portfolio) -> None:
    if not permissions.can_edit_portfolio(by, portfolio):
        raise NotAllowed(_("Only the owner changes a portfolio."))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# --- The portfolio itself -------------------------------------------------------------------------


@transaction.atomic
def portfolio_create(*, person: Person, by: User) -> Portfolio:
    """The youth starts their portfolio (from 13); if a programme already started it, it is theirs now."""
    if not permissions.is_self(by, person):
        raise NotAllowed(_("A portfolio is started by its owner."))
    if not permissions.can_create_portfolio(by, person):
        raise CareersError(
            _("A portfolio can be started from the age of %(age)s.") % {"age": conf.portfolio_min_age()}
        )
    portfolio, created = Portfolio.objects.get_or_create(person=person)
    if created:
        audit_log(actor=by, action=AuditAction.CREATE, obj=portfolio, person=person)
    return portfolio


def _portfolio_of(person: Person) -> Portfolio:
    """The person's portfolio, started quietly if a programme is the first to add to it."""
    try:
        with transaction.atomic():
            portfolio, _created = Portfolio.objects.get_or_create(person=person)
    except IntegrityError:
        portfolio = Portfolio.objects.get(person=person)
    return portfolio


@transaction.atomic
def portfolio_update_about(*, portfolio: Portfolio, by: User, about: str) -> Portfolio:
    _require_owner(by, portfolio)
    portfolio.about = about.strip()
    portfolio.save(update_fields=["about", "updated_at"])
    return portfolio


@transaction.atomic
def section_visibility_set(
    *, portfolio: Portfolio, by: User, section: str, visibility: str
) -> SectionSharing:
    _require_owner(by, portfolio)
    if section not in Section.values:
        raise CareersError(_("Unknown section."))
    if visibility not in Visibility.values:
        raise CareersError(_("Unknown choice of who may see it."))
    row, _created = SectionSharing.objects.update_or_create(
        portfolio=portfolio, section=section, defaults={"visibility": visibility}
    )
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=portfolio,
        person=portfolio.person,
        details={"section": section, "visibility": visibility},
    )
    return row


# --- Entries and evidence -------------------------------------------------------------------------


@transaction.atomic
def entry_create(
    *,
    portfolio: Portfolio,
    by: User,
    section: str,
    title: str,
    organisation_name: str = "",
    description: str = "",
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    hours: int | None = None,
    occupation: Occupation | None = None,
) -> Entry:
    _require_owner(by, portfolio)
    if section not in ENTRY_SECTIONS:
        raise CareersError(_("This section has no list of entries."))
    entry = Entry(
        portfolio=portfolio,
        section=section,
        title=title.strip(),
        organisation_name=organisation_name.strip(),
        description=description.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        hours=hours,
        occupation=occupation,
    )
    clean(entry)
    entry.save()
    return entry


@transaction.atomic
def entry_update(*, entry: Entry, by: User, data: Mapping[str, Any]) -> Entry:
    """The owner edits an entry; what a programme verified (title, place, dates) stays as it stated."""
    _require_owner(by, entry.portfolio)
    allowed = {"title", "organisation_name", "description", "starts_on", "ends_on", "hours", "occupation"}
    unknown = set(data) - allowed
    if unknown:
        raise CareersError(
            _("These fields cannot be changed: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    if entry.is_verified:
        locked = [name for name in VERIFIED_FIELDS if name in data and data[name] != getattr(entry, name)]
        if locked:
            raise CareersError(
                _("A verified entry keeps what the programme stated; you can add a description.")
            )
    for name, value in data.items():
        setattr(entry, name, value.strip() if isinstance(value, str) else value)
    clean(entry)
    entry.save()
    return entry


def _delete_files(evidence: Iterable[Evidence]) -> None:
    for item in evidence:
        if item.file:
            item.file.delete(save=False)


@transaction.atomic
def entry_delete(*, entry: Entry, by: User) -> None:
    """The owner may remove any entry, verified ones too: it is their portfolio."""
    _require_owner(by, entry.portfolio)
    files = list(entry.evidence.all())
    entry.delete()
    transaction.on_commit(lambda: _delete_files(files))


@transaction.atomic
def portfolio_add_verified_entry(
    *,
    person: Person,
    section: str,
    title: str,
    source_key: str,
    source_label: str,
    organisation_name: str = "",
    description: str = "",
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    hours: int | None = None,
    occupation: Occupation | None = None,
) -> Entry:
    """A programme (summer jobs, activities) adds experience it vouches for; idempotent by `source_key`.

    Calling again with the same key returns the entry already there and changes nothing, so a
    programme may call this whenever its record reaches the state that earns the entry.
    """
    if section not in ENTRY_SECTIONS:
        raise CareersError(_("This section has no list of entries."))
    if not source_key:
        raise CareersError("A verified entry needs its source key.")
    portfolio = _portfolio_of(person)
    existing = Entry.objects.filter(portfolio=portfolio, source_key=source_key).first()
    if existing is not None:
        return existing
    entry = Entry(
        portfolio=portfolio,
        section=section,
        title=title[:200],
        organisation_name=organisation_name[:200],
        description=description,
        starts_on=starts_on,
        ends_on=ends_on,
        hours=hours,
        occupation=occupation,
        source_key=source_key,
        source_label=source_label[:200],
        verified_at=timezone.now(),
    )
    clean(entry, exclude=["portfolio"])
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        # The same programme event arrived twice at once: the first one's entry stands.
        return Entry.objects.get(portfolio=portfolio, source_key=source_key)
    return entry


@transaction.atomic
def evidence_add(*, entry: Entry, by: User, upload: UploadedFile) -> Evidence:
    """Keep a file proving an entry, after checking what it really is (images and PDF) and its size."""
    _require_owner(by, entry.portfolio)
    try:
        mime = validate_upload(upload, allowed=EVIDENCE_TYPES, max_bytes=conf.evidence_max_bytes())
    except ValidationError as error:
        raise CareersError(" ".join(error.messages)) from error
    name = safe_name(upload, mime=mime, allowed=EVIDENCE_TYPES)
    evidence = Evidence(
        entry=entry,
        original_name=(upload.name or name)[:200],
        mime_type=mime,
        size=upload.size or 0,
    )
    upload.seek(0)
    evidence.file.save(name, upload, save=False)
    try:
        evidence.save()
    except Exception:
        evidence.file.delete(save=False)
        raise
    return evidence


@transaction.atomic
def evidence_delete(*, evidence: Evidence, by: User) -> None:
    _require_owner(by, evidence.entry.portfolio)
    evidence.delete()
    transaction.on_commit(lambda: _delete_files([evidence]))


# --- Skills ---------------------------------------------------------------------------------------


@transaction.atomic
def skill_add(
    *, portfolio: Portfolio, by: User, skill: Skill | None = None, free_text: str = "", note: str = ""
) -> PortfolioSkill:
    _require_owner(by, portfolio)
    free_text = free_text.strip()
    if (skill is None) == (not free_text):
        raise CareersError(_("Pick a skill from the list or write it in your own words."))
    if skill is not None:
        existing = PortfolioSkill.objects.filter(portfolio=portfolio, skill=skill).first()
        if existing is not None:
            return existing
    row = PortfolioSkill(portfolio=portfolio, skill=skill, free_text=free_text, note=note.strip())
    clean(row)
    row.save()
    return row


@transaction.atomic
def skill_remove(*, portfolio_skill: PortfolioSkill, by: User) -> None:
    _require_owner(by, portfolio_skill.portfolio)
    portfolio_skill.delete()


# --- Interests ------------------------------------------------------------------------------------


@transaction.atomic
def assessment_submit(*, portfolio: Portfolio, by: User, answers: Mapping[str, Any]) -> InterestAssessment:
    """Score a completed self-assessment and keep it; earlier results stay as history."""
    _require_owner(by, portfolio)
    try:
        clean = {str(key): int(value) for key, value in answers.items()}
        scores = riasec.score(clean, STATEMENTS)
    except (riasec.AnswerError, TypeError, ValueError) as error:
        raise CareersError(_("Answer every statement with a number from 1 to 5.")) from error
    return InterestAssessment.objects.create(
        portfolio=portfolio,
        version=VERSION,
        answers=clean,
        scores=scores,
        code=riasec.holland_code(scores),
    )


# --- Goals and the career plan --------------------------------------------------------------------


@transaction.atomic
def goal_create(
    *,
    portfolio: Portfolio,
    by: User,
    title: str,
    description: str = "",
    target_on: dt.date | None = None,
    steps: Sequence[tuple[str, dt.date | None]] = (),
) -> Goal:
    _require_owner(by, portfolio)
    goal = Goal(
        portfolio=portfolio, title=title.strip(), description=description.strip(), target_on=target_on
    )
    clean(goal)
    goal.save()
    for position, (step_title, due_on) in enumerate(steps):
        plan_step_add(goal=goal, by=by, title=step_title, due_on=due_on, position=position)
    return goal


GOALS = workflow.Workflow(
    labels=GoalStatus,
    allowed=workflow.allowed(
        {
            GoalStatus.ACHIEVED: {GoalStatus.OPEN},
            GoalStatus.DROPPED: {GoalStatus.OPEN},
            GoalStatus.OPEN: {GoalStatus.ACHIEVED, GoalStatus.DROPPED},
        }
    ),
    refusal=gettext_lazy("This goal cannot change that way."),
    error=CareersError,
)


@transaction.atomic
def goal_set_status(*, goal: Goal, by: User, status: str) -> Goal:
    _require_owner(by, goal.portfolio)
    if status not in GoalStatus.values:
        raise CareersError(_("This goal cannot change that way."))
    workflow.transition(goal, status, workflow=GOALS, by=by, city=None, person=goal.portfolio.person)
    return goal


@transaction.atomic
def plan_step_add(
    *, goal: Goal, by: User, title: str, due_on: dt.date | None = None, position: int | None = None
) -> PlanStep:
    _require_owner(by, goal.portfolio)
    if position is None:
        position = goal.steps.count()
    step = PlanStep(goal=goal, title=title.strip(), due_on=due_on, position=position)
    clean(step)
    step.save()
    return step


@transaction.atomic
def plan_step_set_done(*, step: PlanStep, by: User, done: bool = True) -> PlanStep:
    _require_owner(by, step.goal.portfolio)
    step.done_at = timezone.now() if done else None
    step.save(update_fields=["done_at"])
    return step


# --- Share links ----------------------------------------------------------------------------------


@transaction.atomic
def share_link_create(
    *, portfolio: Portfolio, by: User, label: str, sections: Sequence[str], expires_at: dt.datetime
) -> tuple[ShareLink, str]:
    """A read-only link to the chosen sections; returns the link and its token, shown to the owner once."""
    _require_owner(by, portfolio)
    chosen = [section for section in Section.values if section in set(sections)]
    if not chosen or len(set(sections)) != len(chosen):
        raise CareersError(_("Choose at least one section to show."))
    if not label.strip():
        raise CareersError(_("Say whom the link is for."))
    now = timezone.now()
    if expires_at <= now:
        raise CareersError(_("The expiry date must be in the future."))
    if expires_at > now + dt.timedelta(days=conf.share_link_max_days()):
        raise CareersError(
            _("A link can stay open for at most %(days)s days.") % {"days": conf.share_link_max_days()}
        )
    token = secrets.token_urlsafe(32)
    link = ShareLink.objects.create(
        portfolio=portfolio,
        token_hash=token_hash(token),
        label=label.strip()[:150],
        sections=chosen,
        expires_at=expires_at,
        created_at=now,
    )
    audit_log(
        actor=by,
        action=AuditAction.CREATE,
        obj=link,
        person=portfolio.person,
        details={"sections": chosen, "expires_at": expires_at.isoformat()},
    )
    return link, token


@transaction.atomic
def share_link_revoke(*, link: ShareLink, by: User) -> ShareLink:
    _require_owner(by, link.portfolio)
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
        audit_log(actor=by, action=AuditAction.CHANGE, obj=link, person=link.portfolio.person)
    return link


@transaction.atomic
def share_link_open(
    *, token: str, address: str | None = None, user_agent: str = "", now: dt.datetime | None = None
) -> Any:
    """Someone opened a share link: log the opening and return what the link shows (a PortfolioView)."""
    from microcity.careers.selectors import portfolio_view_for_sections

    moment = now or timezone.now()
    link = (
        ShareLink.objects.select_related("portfolio__person")
        .filter(token_hash=token_hash(token or ""))
        .first()
    )
    if link is None or not link.is_open(moment):
        raise ShareLinkClosed(_("This link has expired or was withdrawn by its owner."))
    ShareLinkOpening.objects.create(
        link=link, opened_at=moment, address=address or None, user_agent=user_agent[:250]
    )
    return portfolio_view_for_sections(portfolio=link.portfolio, sections=list(link.sections))
