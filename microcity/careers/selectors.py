"""Reads of career support: who may see which part of a portfolio and session record is decided here,
once, with a fixed number of queries per page; counsellors' free slots; caseloads and the coordinator's
overview; future professions with the city's open jobs.

Two reads leave a trace on purpose: a portfolio or session record read by anyone but its owner writes an
audit event, inside the read itself, so that no view can show a youth's data and forget to log it.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.careers import permissions, riasec
from microcity.careers.models import (
    ENTRY_SECTIONS,
    HOLDING_STATUSES,
    PLACE_STATUSES,
    Activity,
    Availability,
    AvailabilityException,
    Booking,
    BookingStatus,
    Entry,
    Goal,
    InterestAssessment,
    NextStep,
    Portfolio,
    PortfolioSkill,
    Registration,
    RegistrationStatus,
    Section,
    SessionRecord,
    ShareLink,
    Visibility,
)
from microcity.core.models import AuditAction, City, Occupation, Organisation, Person
from microcity.core.services import audit_log
from microcity.textsearch.folding import fold

MAPPING_FILE = Path(__file__).resolve().parent / "data" / "riasec_isco08.csv"


# --- Portfolio ------------------------------------------------------------------------------------


@dataclass
class PortfolioView:
    """The sections of a portfolio that one viewer may see, loaded; absent sections are not shown."""

    portfolio: Portfolio
    visibility: dict[str, str]
    sections: dict[str, Any] = field(default_factory=dict)

    @property
    def owner_name(self) -> str:
        return self.portfolio.person.full_name

    def shows(self, section: str) -> bool:
        return section in self.sections


def portfolio_of(*, person: Person) -> Portfolio | None:
    return Portfolio.objects.select_related("person", "person__user").filter(person=person).first()


def visibility_of(*, portfolio: Portfolio) -> dict[str, str]:
    """Every section's visibility; sections never set are private."""
    chosen = dict(portfolio.sharing.values_list("section", "visibility"))
    return {section: chosen.get(section, Visibility.PRIVATE) for section in Section.values}


def portfolio_view_for_sections(*, portfolio: Portfolio, sections: list[str]) -> PortfolioView:
    """Load the named sections with one query per kind of content, however many items they hold."""
    wanted = [section for section in Section.values if section in set(sections)]
    view = PortfolioView(portfolio=portfolio, visibility={})
    entry_sections = [section for section in wanted if section in ENTRY_SECTIONS]
    if Section.ABOUT in wanted:
        view.sections[Section.ABOUT] = portfolio.about
    if entry_sections:
        entries = (
            Entry.objects.filter(portfolio=portfolio, section__in=entry_sections)
            .select_related("occupation")
            .prefetch_related("evidence")
        )
        by_section: dict[str, list[Entry]] = {section: [] for section in entry_sections}
        for entry in entries:
            by_section[entry.section].append(entry)
        view.sections.update(by_section)
    if Section.SKILLS in wanted:
        view.sections[Section.SKILLS] = list(
            PortfolioSkill.objects.filter(portfolio=portfolio).select_related("skill")
        )
    if Section.INTERESTS in wanted:
        view.sections[Section.INTERESTS] = list(InterestAssessment.objects.filter(portfolio=portfolio))
    if Section.GOALS in wanted:
        view.sections[Section.GOALS] = list(
            Goal.objects.filter(portfolio=portfolio).prefetch_related("steps")
        )
    return view


def portfolio_for_viewer(*, viewer: Any, portfolio: Portfolio, address: str | None = None) -> PortfolioView:
    """The portfolio as this viewer may see it. Anyone but the owner leaves an audit event.

    Raises Portfolio.DoesNotExist for a viewer who may see nothing of it, so that a view answers 404 and
    does not reveal that the youth has a portfolio.
    """
    kinds = permissions.viewer_kinds(viewer, portfolio)
    if not kinds:
        raise Portfolio.DoesNotExist
    visibility = visibility_of(portfolio=portfolio)
    allowed = [s for s in Section.values if permissions.visibility_allows(visibility[s], kinds)]
    view = portfolio_view_for_sections(portfolio=portfolio, sections=allowed)
    view.visibility = visibility
    if "owner" not in kinds:
        audit_log(
            actor=viewer,
            action=AuditAction.VIEW,
            obj=portfolio,
            person=portfolio.person,
            address=address,
            details={"sections": allowed, "as": sorted(kinds)},
        )
    return view


def portfolios_shared_with_counsellor(*, user: Any, city: City) -> QuerySet[Portfolio]:
    """Portfolios of the city's youths with at least one section shared with their counsellor."""
    if not permissions.is_counsellor_in(user, city):
        return Portfolio.objects.none()
    from microcity.accounts.selectors import people_visible_to

    youths = people_visible_to(user=user, city=city)
    return (
        Portfolio.objects.filter(
            person__in=youths,
            sharing__visibility__in=[Visibility.COUNSELLOR, Visibility.BOTH],
        )
        .distinct()
        .select_related("person", "person__school")
        .order_by("person__last_name", "person__first_name", "pk")
    )


def portfolios_for_guardian(*, user: Any) -> QuerySet[Portfolio]:
    """Portfolios of the youths this user is an active guardian of (what they show is per section)."""
    own = getattr(user, "person", None) if getattr(user, "is_authenticated", False) else None
    if own is None:
        return Portfolio.objects.none()
    return (
        Portfolio.objects.filter(
            person__guardian_links__guardian=own,
            person__guardian_links__revoked_at__isnull=True,
            person__guardian_links__consent_given_at__lte=timezone.now(),
        )
        .distinct()
        .select_related("person")
    )


def interest_history(*, portfolio: Portfolio) -> list[InterestAssessment]:
    return list(InterestAssessment.objects.filter(portfolio=portfolio))


def share_links_of(*, portfolio: Portfolio) -> QuerySet[ShareLink]:
    """The owner's links, with how often each was opened and when last."""
    from django.db.models import Max

    return ShareLink.objects.filter(portfolio=portfolio).annotate(
        opened=Count("openings"), last_opened=Max("openings__opened_at")
    )


# --- Future professions ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def interest_group_weights() -> tuple[riasec.GroupWeight, ...]:
    """The RIASEC → ISCO-08 sub-major group mapping, kept as data in careers/data/riasec_isco08.csv."""
    with MAPPING_FILE.open(encoding="utf-8", newline="") as handle:
        return tuple(
            riasec.GroupWeight(type=row["type"], code=row["isco_code"], weight=int(row["weight"]))
            for row in csv.DictReader(handle)
        )


@dataclass
class ProfessionSuggestion:
    occupation: Occupation
    score: int
    types: tuple[str, ...]
    skills: int
    open_jobs: int
    # Unit groups of this group that have open jobs in the city, most jobs first.
    examples: list[tuple[Occupation, int]] = field(default_factory=list)


def future_professions(
    *, person: Person, city: City | None = None, limit: int = 8
) -> list[ProfessionSuggestion]:
    """ISCO-08 sub-major groups suggested by the latest interest profile and the skills, each with the
    number of open jobs in the youth's city. At most six queries, whatever the number of skills or jobs."""
    from microcity.talent.selectors import open_jobs

    portfolio = Portfolio.objects.filter(person=person).first()
    if portfolio is None:
        return []
    latest = InterestAssessment.objects.filter(portfolio=portfolio).first()
    scores = {str(k): int(v) for k, v in (latest.scores if latest else {}).items()}
    skill_groups: Counter[str] = Counter()
    for codes in PortfolioSkill.objects.filter(portfolio=portfolio, skill__isnull=False).values_list(
        "skill__isco_groups", flat=True
    ):
        skill_groups.update(set((codes or "").split()))
    matches = riasec.rank_groups(
        scores=scores, weights=interest_group_weights(), skill_groups=skill_groups, limit=limit
    )
    if not matches:
        return []
    groups = {o.code: o for o in Occupation.objects.filter(code__in=[m.code for m in matches])}
    place = city or person.city
    jobs_by_unit: dict[str, int] = {}
    if place is not None:
        in_groups = Q()
        for code in groups:
            in_groups |= Q(occupation__code__startswith=code)
        rows = open_jobs(city=place).filter(in_groups).values("occupation_id").annotate(n=Count("pk"))
        jobs_by_unit = {row["occupation_id"]: row["n"] for row in rows}
    units = Occupation.objects.in_bulk(list(jobs_by_unit)) if jobs_by_unit else {}
    suggestions = []
    for match in matches:
        group = groups.get(match.code)
        if group is None:
            continue
        examples = sorted(
            ((units[pk], n) for pk, n in jobs_by_unit.items() if units[pk].code.startswith(match.code)),
            key=lambda pair: (-pair[1], pair[0].code),
        )
        suggestions.append(
            ProfessionSuggestion(
                occupation=group,
                score=match.score,
                types=match.types,
                skills=match.skills,
                open_jobs=sum(n for _unit, n in examples),
                examples=examples[:5],
            )
        )
    return suggestions


# --- Counselling ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    starts_at: dt.datetime
    ends_at: dt.datetime
    city_id: int
    location: str
    taken: bool = False


def _local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def slots_for(
    *, counsellor: Any, start: dt.date, end: dt.date, include_taken: bool = False, city: City | None = None
) -> list[Slot]:
    """The counsellor's slots from `start` to `end` (dates, inclusive): the weekly patterns, less the
    exceptions, less (unless asked) slots that a booking holds. Three queries for any span."""
    patterns = Availability.objects.filter(counsellor=counsellor, valid_from__lte=end).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=start)
    )
    if city is not None:
        patterns = patterns.filter(city=city)
    by_weekday: dict[int, list[Availability]] = defaultdict(list)
    for pattern in patterns:
        by_weekday[pattern.weekday].append(pattern)
    exceptions: dict[dt.date, list[AvailabilityException]] = defaultdict(list)
    for exception in AvailabilityException.objects.filter(
        counsellor=counsellor, date__gte=start, date__lte=end
    ):
        exceptions[exception.date].append(exception)
    zone = _local_zone()
    window_start = dt.datetime.combine(start, dt.time.min, tzinfo=zone)
    window_end = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    held = list(
        Booking.objects.filter(
            counsellor=counsellor,
            status__in=HOLDING_STATUSES,
            starts_at__lt=window_end,
            ends_at__gt=window_start,
        ).values_list("starts_at", "ends_at")
    )
    slots: list[Slot] = []
    day = start
    while day <= end:
        for pattern in by_weekday.get(day.weekday(), []):
            if day < pattern.valid_from or (pattern.valid_to is not None and day > pattern.valid_to):
                continue
            length = dt.timedelta(minutes=pattern.slot_minutes)
            moment = dt.datetime.combine(day, pattern.starts_at, tzinfo=zone)
            closing = dt.datetime.combine(day, pattern.ends_at, tzinfo=zone)
            while moment + length <= closing:
                finish = moment + length
                if not _excepted(exceptions.get(day, []), day, moment, finish, zone):
                    taken = any(b_start < finish and b_end > moment for b_start, b_end in held)
                    if include_taken or not taken:
                        slots.append(
                            Slot(
                                starts_at=moment,
                                ends_at=finish,
                                city_id=pattern.city_id,
                                location=pattern.location,
                                taken=taken,
                            )
                        )
                moment = finish
        day += dt.timedelta(days=1)
    slots.sort(key=lambda slot: slot.starts_at)
    return slots


def _excepted(
    exceptions: list[AvailabilityException],
    day: dt.date,
    start: dt.datetime,
    end: dt.datetime,
    zone: ZoneInfo,
) -> bool:
    for exception in exceptions:
        if exception.starts_at is None or exception.ends_at is None:
            return True
        blocked_from = dt.datetime.combine(day, exception.starts_at, tzinfo=zone)
        blocked_to = dt.datetime.combine(day, exception.ends_at, tzinfo=zone)
        if start < blocked_to and end > blocked_from:
            return True
    return False


@dataclass
class AvailabilityPage:
    """What the availability editor shows for one counsellor in one city."""

    patterns: list[Availability]
    exceptions: list[AvailabilityException]
    preview: list[Slot]
    outside_hours: list[Booking]


def availability_page(*, counsellor: Any, city: City, preview_days: int = 14) -> AvailabilityPage:
    """The counsellor's current and future weekly hours in `city`, exceptions ahead, the slots of the
    coming days, and booked sessions that no longer lie in offered hours (hours removed or an exception
    added after they were booked): they stay booked until somebody moves or cancels them. Six queries,
    however many rows."""
    today = timezone.localdate()
    patterns = list(
        Availability.objects.filter(counsellor=counsellor, city=city)
        .exclude(valid_to__lt=today)
        .order_by("weekday", "starts_at", "pk")
    )
    exceptions = list(
        AvailabilityException.objects.filter(counsellor=counsellor, date__gte=today).order_by(
            "date", "starts_at", "pk"
        )
    )
    upcoming = list(
        Booking.objects.filter(
            counsellor=counsellor, city=city, status=BookingStatus.BOOKED, starts_at__gte=timezone.now()
        )
        .select_related("youth")
        .order_by("starts_at", "pk")
    )
    last_day = today + dt.timedelta(days=preview_days - 1)
    if upcoming:
        last_day = max(last_day, timezone.localdate(upcoming[-1].starts_at))
    slots = slots_for(counsellor=counsellor, start=today, end=last_day, include_taken=True, city=city)
    offered = {slot.starts_at for slot in slots}
    preview_end = today + dt.timedelta(days=preview_days - 1)
    return AvailabilityPage(
        patterns=patterns,
        exceptions=exceptions,
        preview=[slot for slot in slots if timezone.localdate(slot.starts_at) <= preview_end],
        outside_hours=[booking for booking in upcoming if booking.starts_at not in offered],
    )


def bookings_in_hours(*, availability: Availability, after: dt.date | None = None) -> list[Booking]:
    """Sessions still booked in these weekly hours (on days after `after`, if given, else from now):
    what ending or deleting the hours would leave outside the hours offered."""
    zone = _local_zone()
    first_day = availability.valid_from
    if after is not None:
        # Ending keeps the hours up to and including their last day, never before their first day.
        first_day = max(after, availability.valid_from) + dt.timedelta(days=1)
    start = dt.datetime.combine(first_day, dt.time.min, zone)
    bookings = (
        Booking.objects.filter(
            counsellor_id=availability.counsellor_id,
            city_id=availability.city_id,
            status=BookingStatus.BOOKED,
            starts_at__gte=max(start, timezone.now()),
        )
        .select_related("youth")
        .order_by("starts_at", "pk")
    )
    if availability.valid_to is not None:
        bookings = bookings.filter(
            starts_at__lt=dt.datetime.combine(availability.valid_to + dt.timedelta(days=1), dt.time.min, zone)
        )
    inside = []
    for booking in bookings:
        local = booking.starts_at.astimezone(zone)
        if (
            local.weekday() == availability.weekday
            and availability.starts_at <= local.time() < availability.ends_at
        ):
            inside.append(booking)
    return inside


def youths_of_guardian(*, user: Any, city: City) -> list[Person]:
    """The youths of counselling age in `city` whom this user may book for as their guardian (an active
    link with consent given)."""
    own = getattr(user, "person", None) if getattr(user, "is_authenticated", False) else None
    if own is None:
        return []
    youths = (
        Person.objects.filter(
            city=city,
            guardian_links__guardian=own,
            guardian_links__revoked_at__isnull=True,
            guardian_links__consent_given_at__lte=timezone.now(),
        )
        .distinct()
        .order_by("first_name", "last_name", "pk")
    )
    return [youth for youth in youths if youth.is_youth]


STAFF_YOUTH_MATCHES = 20


def youths_for_staff_booking(*, city: City, query: str, today: dt.date | None = None) -> list[Person]:
    """Youths of counselling age (13–25) living in `city` whose name contains every word of `query`,
    whatever the case and diacritics ("eliza" finds Elīza): whom the city's counsellors and coordinator
    may book a session for. At most STAFF_YOUTH_MATCHES, by surname; nothing for a query shorter than
    two characters. Two queries: the names of the city's youths (a few thousand at most), matched here
    so that both databases fold letters alike, then the chosen ones."""
    words = [fold(word) for word in query.split()[:4]]
    if len("".join(words)) < 2:
        return []
    day = today or timezone.localdate()
    youngest = _years_before(day, 13)  # born on or before: at least 13
    oldest = _years_before(day, 26) + dt.timedelta(days=1)  # born after: at most 25
    names = Person.objects.filter(city=city, date_of_birth__lte=youngest, date_of_birth__gte=oldest)
    chosen = [
        pk
        for pk, first, last in names.order_by("last_name", "first_name", "pk").values_list(
            "pk", "first_name", "last_name"
        )
        if all(word in fold(f"{first} {last}") for word in words)
    ][:STAFF_YOUTH_MATCHES]
    by_pk = Person.objects.select_related("school").in_bulk(chosen)
    return [by_pk[pk] for pk in chosen if pk in by_pk]


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def bookings_of_youth(*, youth: Person) -> QuerySet[Booking]:
    return (
        Booking.objects.filter(youth=youth)
        .select_related("counsellor", "city")
        .prefetch_related(Prefetch("record__next_steps", queryset=NextStep.objects.all()))
        .order_by("-starts_at")
    )


def bookings_of_counsellor(*, counsellor: Any, start: dt.datetime, end: dt.datetime) -> QuerySet[Booking]:
    return (
        Booking.objects.filter(counsellor=counsellor, starts_at__gte=start, starts_at__lt=end)
        .select_related("youth", "youth__school", "city")
        .order_by("starts_at")
    )


@dataclass
class SessionRecordView:
    record: SessionRecord
    topics: str
    next_steps: list[NextStep]
    private_notes: str | None


def session_record_for_viewer(
    *, viewer: Any, record: SessionRecord, address: str | None = None
) -> SessionRecordView:
    """Topics and next steps for the youth and the session's counsellor; private notes for the
    counsellor only. A staff read is audited. Raises SessionRecord.DoesNotExist for anyone else."""
    if not permissions.can_view_session_record(viewer, record):
        raise SessionRecord.DoesNotExist
    notes_allowed = permissions.can_view_private_notes(viewer, record)
    booking = record.booking
    if not permissions.is_self(viewer, booking.youth):
        audit_log(
            actor=viewer,
            action=AuditAction.VIEW,
            obj=record,
            person=booking.youth,
            city=booking.city,
            address=address,
            details={"private_notes": notes_allowed},
        )
    return SessionRecordView(
        record=record,
        topics=record.topics,
        next_steps=list(record.next_steps.all()),
        private_notes=record.private_notes if notes_allowed else None,
    )


@dataclass
class CaseloadRow:
    youth: Person
    sessions: int
    attended: int
    no_shows: int
    next_session: dt.datetime | None
    open_steps: int


def caseload(
    *, counsellor: Any, city: City, start: dt.date, end: dt.date, viewer: Any | None = None
) -> list[CaseloadRow]:
    """The youths a counsellor saw or will see in the period, with their sessions and open next steps.
    Two queries for any number of youths."""
    if viewer is not None and not permissions.can_view_caseload(viewer, counsellor, city):
        return []
    zone = _local_zone()
    window = (
        dt.datetime.combine(start, dt.time.min, tzinfo=zone),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone),
    )
    now = timezone.now()
    rows = (
        Person.objects.filter(
            counselling_bookings__counsellor=counsellor,
            counselling_bookings__city=city,
            counselling_bookings__starts_at__gte=window[0],
            counselling_bookings__starts_at__lt=window[1],
        )
        .distinct()
        .select_related("school")
        .annotate(
            sessions=Count(
                "counselling_bookings",
                filter=Q(counselling_bookings__counsellor=counsellor)
                & ~Q(counselling_bookings__status=BookingStatus.CANCELLED),
                distinct=True,
            ),
            attended=Count(
                "counselling_bookings",
                filter=Q(counselling_bookings__counsellor=counsellor)
                & Q(counselling_bookings__status=BookingStatus.ATTENDED),
                distinct=True,
            ),
            no_shows=Count(
                "counselling_bookings",
                filter=Q(counselling_bookings__counsellor=counsellor)
                & Q(counselling_bookings__status=BookingStatus.NO_SHOW),
                distinct=True,
            ),
        )
        .order_by("last_name", "first_name", "pk")
    )
    youths = list(rows)
    upcoming: dict[int, dt.datetime] = {}
    open_steps: Counter[int] = Counter()
    for youth_id, starts_at in (
        Booking.objects.filter(
            counsellor=counsellor, youth__in=youths, status=BookingStatus.BOOKED, starts_at__gte=now
        )
        .order_by("starts_at")
        .values_list("youth_id", "starts_at")
    ):
        upcoming.setdefault(youth_id, starts_at)
    for youth_id in NextStep.objects.filter(
        record__booking__counsellor=counsellor, record__booking__youth__in=youths, done_at__isnull=True
    ).values_list("record__booking__youth_id", flat=True):
        open_steps[youth_id] += 1
    return [
        CaseloadRow(
            youth=youth,
            sessions=youth.sessions,  # type: ignore[attr-defined]
            attended=youth.attended,  # type: ignore[attr-defined]
            no_shows=youth.no_shows,  # type: ignore[attr-defined]
            next_session=upcoming.get(youth.pk),
            open_steps=open_steps[youth.pk],
        )
        for youth in youths
    ]


@dataclass
class OverviewRow:
    school: Organisation | None
    sessions_booked: int = 0
    sessions_attended: int = 0
    no_shows: int = 0
    cancelled: int = 0
    activity_places: int = 0
    activity_attended: int = 0
    youths_supported: int = 0


def coordinator_overview(
    *, city: City, start: dt.date, end: dt.date, viewer: Any | None = None
) -> list[OverviewRow]:
    """Per school (as recorded at booking or registration): sessions, no-shows, activity attendance and
    distinct youths supported in the period. Counts only, no names. Five queries."""
    if viewer is not None and not permissions.can_view_overview(viewer, city):
        return []
    zone = _local_zone()
    since = dt.datetime.combine(start, dt.time.min, tzinfo=zone)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    rows: dict[int | None, OverviewRow] = {}

    def row(school_id: int | None) -> OverviewRow:
        if school_id not in rows:
            rows[school_id] = OverviewRow(school=None)
        return rows[school_id]

    bookings = Booking.objects.filter(city=city, starts_at__gte=since, starts_at__lt=until)
    for item in bookings.values("school_id").annotate(
        booked=Count("pk"),
        attended=Count("pk", filter=Q(status=BookingStatus.ATTENDED)),
        no_show=Count("pk", filter=Q(status=BookingStatus.NO_SHOW)),
        cancelled=Count("pk", filter=Q(status=BookingStatus.CANCELLED)),
    ):
        target = row(item["school_id"])
        target.sessions_booked = item["booked"]
        target.sessions_attended = item["attended"]
        target.no_shows = item["no_show"]
        target.cancelled = item["cancelled"]
    registrations = Registration.objects.filter(
        activity__city=city, activity__starts_at__gte=since, activity__starts_at__lt=until
    )
    for item in registrations.values("school_id").annotate(
        places=Count("pk", filter=Q(status__in=PLACE_STATUSES)),
        attended=Count("pk", filter=Q(status=RegistrationStatus.ATTENDED)),
    ):
        target = row(item["school_id"])
        target.activity_places = item["places"]
        target.activity_attended = item["attended"]
    # A youth supported by both a session and an activity, or by several, counts once per school.
    supported: dict[int | None, set[int]] = defaultdict(set)
    attended_pairs = list(
        bookings.filter(status=BookingStatus.ATTENDED).values_list("school_id", "youth_id")
    ) + list(registrations.filter(status=RegistrationStatus.ATTENDED).values_list("school_id", "youth_id"))
    pair: tuple[Any, Any]
    for pair in attended_pairs:
        supported[pair[0]].add(pair[1])
    for school_key, youths in supported.items():
        row(school_key).youths_supported = len(youths)
    schools = Organisation.objects.in_bulk([pk for pk in rows if pk is not None])
    for key, overview in rows.items():
        overview.school = schools.get(key) if key is not None else None
    return sorted(rows.values(), key=lambda r: (r.school is None, r.school.name if r.school else ""))


def counsellors_of(*, city: City) -> QuerySet[Any]:
    from microcity.accounts.models import User

    return User.objects.filter(
        is_active=True, memberships__city=city, memberships__role=Role.COUNSELLOR
    ).distinct()


@dataclass(frozen=True)
class PublicCounsellor:
    """What anyone may read about a counsellor: the name and the organisation they counsel for."""

    name: str
    organisation: str


def counsellors_public(*, city: City) -> list[PublicCounsellor]:
    """The city's counsellors as the public page shows them (no e-mail, no phone); one query."""
    from microcity.accounts.models import Membership

    seen: dict[int, PublicCounsellor] = {}
    for membership in (
        Membership.objects.filter(city=city, role=Role.COUNSELLOR, user__is_active=True)
        .select_related("user", "organisation")
        .order_by("user__last_name", "user__first_name", "user_id", "pk")
    ):
        if membership.user_id in seen:
            continue
        name = membership.user.get_full_name().strip()
        if name:
            organisation = membership.organisation.name if membership.organisation else ""
            seen[membership.user_id] = PublicCounsellor(name=name, organisation=organisation)
    return list(seen.values())


# --- Activities -----------------------------------------------------------------------------------


def activities_upcoming(*, city: City, now: dt.datetime | None = None) -> QuerySet[Activity]:
    """The city's activities not yet over, with places taken and the waiting list's length."""
    moment = now or timezone.now()
    return (
        Activity.objects.filter(city=city, ends_at__gte=moment)
        .select_related("host")
        .annotate(
            places_taken=Count("registrations", filter=Q(registrations__status__in=PLACE_STATUSES)),
            waiting=Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITLISTED)),
        )
        .order_by("starts_at", "pk")
    )


def waiting_list(*, activity: Activity) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(activity=activity, status=RegistrationStatus.WAITLISTED)
        .select_related("youth")
        .order_by("registered_at", "pk")
    )
