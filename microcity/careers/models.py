"""Career support for youth: the digital portfolio, its sharing, counselling sessions and group activities."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import City, Occupation, Organisation, Person, localized

# --- Portfolio ------------------------------------------------------------------------------------


class Section(models.TextChoices):
    ABOUT = "about", _("About me")
    EDUCATION = "education", _("Education")
    EXPERIENCE = "experience", _("Experience")
    INFORMAL_LEARNING = "informal_learning", _("Informal learning")
    SKILLS = "skills", _("Skills")
    INTERESTS = "interests", _("Interests")
    ACHIEVEMENTS = "achievements", _("Achievements")
    REFLECTIONS = "reflections", _("Reflections")
    GOALS = "goals", _("Goals and career plan")


# Sections whose content is a list of dated items of one shape (what, where, when, evidence): they
# live in Entry. Skills, interests and goals have their own shapes and models.
ENTRY_SECTIONS: tuple[str, ...] = (
    Section.EDUCATION,
    Section.EXPERIENCE,
    Section.INFORMAL_LEARNING,
    Section.ACHIEVEMENTS,
    Section.REFLECTIONS,
)


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Only me")
    COUNSELLOR = "counsellor", _("Me and my career counsellor")
    GUARDIAN = "guardian", _("Me and my parent or guardian")
    BOTH = "both", _("Me, my counsellor and my parent or guardian")


COUNSELLOR_VISIBLE: frozenset[str] = frozenset({Visibility.COUNSELLOR, Visibility.BOTH})
GUARDIAN_VISIBLE: frozenset[str] = frozenset({Visibility.GUARDIAN, Visibility.BOTH})


class Portfolio(models.Model):
    """A youth's career portfolio: one per person, kept after school ends.

    The owner is the person's own user account (`person.user`). It is not copied into a second field, so
    that an account linked later, or deleted, can never leave the portfolio with a different owner than
    the person. A portfolio may exist before its person has an account: programmes add verified
    experience to it, and the youth finds it there on first sign-in.
    """

    person = models.OneToOneField(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="portfolio"
    )
    about = models.TextField(_("about me"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("portfolio")
        verbose_name_plural = _("portfolios")
        ordering = ["pk"]

    def __str__(self) -> str:
        return str(_("Portfolio of %(name)s") % {"name": self.person.full_name})


class SectionSharing(models.Model):
    """Who besides the owner sees one section; a section without a row is private."""

    portfolio = models.ForeignKey(Portfolio, on_delete=models.CASCADE, related_name="sharing")
    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    visibility = models.CharField(
        _("visible to"), max_length=12, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("section sharing")
        verbose_name_plural = _("section sharing")
        ordering = ["portfolio", "section"]
        constraints = [
            models.UniqueConstraint(fields=["portfolio", "section"], name="careers_sharing_one_per_section"),
        ]

    def __str__(self) -> str:
        return f"{self.get_section_display()}: {self.get_visibility_display()}"


class Entry(models.Model):
    """One item of a list section: education, experience, informal learning, achievement or reflection.

    One model rather than five: these sections share their shape (a title, where, when, a description,
    evidence files, and whether a programme vouches for it), so a single table keeps ordering, sharing,
    export and evidence uniform. Field use per section: education — title is the qualification or
    class, organisation the school; experience — title is the role, organisation the employer,
    occupation its ISCO-08 group; informal learning — hours; achievement — starts_on is the date;
    reflection — the description is the text.

    A verified entry has a `source_key` (for example "summerjobs.placement:42"): the programme that
    added it vouches for it, and adding it again with the same key changes nothing.
    """

    portfolio = models.ForeignKey(Portfolio, on_delete=models.CASCADE, related_name="entries")
    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    title = models.CharField(_("title"), max_length=200)
    organisation_name = models.CharField(_("organisation or place"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("until"), null=True, blank=True)
    hours = models.PositiveIntegerField(_("hours"), null=True, blank=True)
    occupation = models.ForeignKey(
        Occupation,
        verbose_name=_("occupation (ISCO-08)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    source_key = models.CharField(_("source"), max_length=100, blank=True, editable=False)
    source_label = models.CharField(_("verified by"), max_length=200, blank=True, editable=False)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("portfolio entry")
        verbose_name_plural = _("portfolio entries")
        ordering = ["portfolio", "section", F("starts_on").desc(nulls_last=True), "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(section__in=ENTRY_SECTIONS), name="careers_entry_list_section"
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="careers_entry_dates_in_order",
            ),
            models.CheckConstraint(
                condition=(Q(source_key="") & Q(verified_at__isnull=True))
                | (~Q(source_key="") & Q(verified_at__isnull=False)),
                name="careers_entry_verified_has_source",
            ),
            models.UniqueConstraint(
                fields=["portfolio", "source_key"],
                condition=~Q(source_key=""),
                name="careers_entry_once_per_source",
            ),
        ]
        indexes = [models.Index(fields=["portfolio", "section"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_verified(self) -> bool:
        return bool(self.source_key)


def evidence_path(instance: Evidence, filename: str) -> str:
    # The stored name is random (core.uploads.safe_name); the folder keeps one portfolio's files together
    # so that erasing a portfolio can find them.
    return f"careers/evidence/{instance.entry.portfolio_id}/{filename}"


class Evidence(models.Model):
    """A file proving an entry (a certificate scan, a photo of work, a PDF); images and PDF only."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("file"), upload_to=evidence_path, max_length=200)
    original_name = models.CharField(_("original name"), max_length=200)
    mime_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")
        ordering = ["entry", "uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name


class GoalStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("goal", "Working on it")
    ACHIEVED = "achieved", pgettext_lazy("goal", "Achieved")
    DROPPED = "dropped", pgettext_lazy("goal", "Dropped")


class Goal(models.Model):
    """A goal of the career plan, with dated steps toward it."""

    portfolio = models.ForeignKey(Portfolio, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(_("goal"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    target_on = models.DateField(_("target date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=GoalStatus.choices, default=GoalStatus.OPEN)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["portfolio", F("target_on").asc(nulls_last=True), "pk"]

    def __str__(self) -> str:
        return self.title


class PlanStep(models.Model):
    """One step toward a goal, with the date the youth means to take it by."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("step"), max_length=200)
    due_on = models.DateField(_("by"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("plan step")
        verbose_name_plural = _("plan steps")
        ordering = ["goal", "position", "pk"]

    def __str__(self) -> str:
        return self.title


# --- Skills ---------------------------------------------------------------------------------------


class SkillCategory(models.TextChoices):
    TRANSVERSAL = "transversal", _("Transversal")
    DIGITAL = "digital", _("Digital")
    LANGUAGE = "language", _("Languages")
    PRACTICAL = "practical", _("Practical and technical")
    CREATIVE = "creative", _("Creative")
    SOCIAL = "social", _("Working with people")
    BUSINESS = "business", _("Business and organisation")
    SCIENCE = "science", _("Science and mathematics")


class Skill(models.Model):
    """A skill a youth can pick, with Latvian and English labels, shipped as data (careers/data/skills.csv).

    `isco_groups` names the ISCO-08 sub-major groups (two digits, space-separated) where the skill is
    most used; the profession suggestions use it. `esco_uri` links to ESCO where the label is ESCO's own.
    """

    code = models.SlugField(_("code"), max_length=80, unique=True)
    category = models.CharField(_("category"), max_length=20, choices=SkillCategory.choices)
    label_en = models.CharField(_("name (English)"), max_length=150)
    label_lv = models.CharField(_("name (Latvian)"), max_length=150)
    isco_groups = models.CharField(_("ISCO-08 groups"), max_length=100, blank=True)
    esco_uri = models.URLField(_("ESCO address"), blank=True)
    is_active = models.BooleanField(_("offered"), default=True)

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["category", "label_lv"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "label")

    @property
    def group_codes(self) -> list[str]:
        return self.isco_groups.split()


class PortfolioSkill(models.Model):
    """A skill in a portfolio: one from the list, or the youth's own words when the list lacks it."""

    portfolio = models.ForeignKey(Portfolio, on_delete=models.CASCADE, related_name="skills")
    skill = models.ForeignKey(
        Skill, verbose_name=_("skill"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    free_text = models.CharField(_("skill in my own words"), max_length=150, blank=True)
    note = models.CharField(_("where I used it"), max_length=250, blank=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("portfolio skill")
        verbose_name_plural = _("portfolio skills")
        ordering = ["portfolio", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(skill__isnull=False) & Q(free_text=""))
                | (Q(skill__isnull=True) & ~Q(free_text="")),
                name="careers_skill_listed_or_free",
            ),
            models.UniqueConstraint(
                fields=["portfolio", "skill"], condition=Q(skill__isnull=False), name="careers_skill_once"
            ),
        ]

    def __str__(self) -> str:
        return self.skill.label if self.skill else self.free_text


# --- Interests ------------------------------------------------------------------------------------


class InterestAssessment(models.Model):
    """One taking of the interest self-assessment: the answers and the RIASEC scores computed from them.

    Retaking adds a row; earlier rows stay as the youth's history.
    """

    portfolio = models.ForeignKey(Portfolio, on_delete=models.CASCADE, related_name="assessments")
    version = models.CharField(_("statements version"), max_length=20)
    answers = models.JSONField(_("answers"))
    scores = models.JSONField(_("scores"))
    code = models.CharField(_("interest profile"), max_length=6)
    taken_at = models.DateTimeField(_("taken"), default=timezone.now)

    class Meta:
        verbose_name = _("interest self-assessment")
        verbose_name_plural = _("interest self-assessments")
        ordering = ["portfolio", "-taken_at", "-pk"]
        indexes = [models.Index(fields=["portfolio", "-taken_at"])]

    def __str__(self) -> str:
        return f"{self.code} · {self.taken_at:%Y-%m-%d}"


# --- Sharing with people outside the platform ------------------------------------------------------


class ShareLink(models.Model):
    """A read-only link for an employer or school, showing the sections the owner chose, until it
    expires or the owner revokes it.

    Only a hash of the token is stored: the address is shown to the owner once, when it is made, and
    a copy of the database cannot open anyone's portfolio.
    """

    portfolio = models.ForeignKey(Portfolio, on_delete=models.CASCADE, related_name="share_links")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    label = models.CharField(
        _("for whom"), max_length=150, help_text=_("For example the employer or school you send it to.")
    )
    sections = models.JSONField(_("sections shown"))
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("share link")
        verbose_name_plural = _("share links")
        ordering = ["portfolio", "-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=F("created_at")), name="careers_share_link_expires_after_creation"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    def is_open(self, now: Any = None) -> bool:
        return self.revoked_at is None and self.expires_at > (now or timezone.now())


class ShareLinkOpening(models.Model):
    """Every time a share link is opened: when and from where, for the owner to see."""

    link = models.ForeignKey(ShareLink, on_delete=models.CASCADE, related_name="openings")
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("share link opening")
        verbose_name_plural = _("share link openings")
        ordering = ["link", "-opened_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.link} · {self.opened_at:%Y-%m-%d %H:%M}"


# --- Counselling ----------------------------------------------------------------------------------


class Availability(models.Model):
    """A counsellor's weekly pattern: on this weekday, between these times, slots of this length."""

    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("counsellor"),
        on_delete=models.CASCADE,
        related_name="counselling_availability",
    )
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.CASCADE, related_name="+")
    weekday = models.PositiveSmallIntegerField(_("weekday"), help_text=_("0 is Monday, 6 is Sunday."))
    starts_at = models.TimeField(_("from"))
    ends_at = models.TimeField(_("until"))
    slot_minutes = models.PositiveSmallIntegerField(_("session length (minutes)"), default=45)
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    location = models.CharField(_("place"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("counselling availability")
        verbose_name_plural = _("counselling availability")
        ordering = ["counsellor", "weekday", "starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(weekday__lte=6), name="careers_availability_weekday"),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="careers_availability_times"
            ),
            models.CheckConstraint(
                condition=Q(slot_minutes__gte=10, slot_minutes__lte=240),
                name="careers_availability_slot_length",
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=F("valid_from")),
                name="careers_availability_valid_dates",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.counsellor} · {self.weekday} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"


class AvailabilityException(models.Model):
    """A day (or part of it) when the weekly pattern does not hold: holiday, illness, a school event."""

    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("counsellor"),
        on_delete=models.CASCADE,
        related_name="counselling_exceptions",
    )
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("from"), null=True, blank=True, help_text=_("Empty for the whole day."))
    ends_at = models.TimeField(_("until"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("availability exception")
        verbose_name_plural = _("availability exceptions")
        ordering = ["counsellor", "date", "starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(starts_at__isnull=True) & Q(ends_at__isnull=True))
                | (Q(starts_at__isnull=False) & Q(ends_at__isnull=False) & Q(ends_at__gt=F("starts_at"))),
                name="careers_exception_whole_day_or_times",
            ),
        ]
        indexes = [models.Index(fields=["counsellor", "date"])]

    def __str__(self) -> str:
        return f"{self.counsellor} · {self.date}"

    @property
    def whole_day(self) -> bool:
        return self.starts_at is None


class BookingStatus(models.TextChoices):
    BOOKED = "booked", pgettext_lazy("counselling session", "Booked")
    CANCELLED = "cancelled", pgettext_lazy("counselling session", "Cancelled")
    ATTENDED = "attended", pgettext_lazy("counselling session", "Attended")
    NO_SHOW = "no_show", pgettext_lazy("counselling session", "Did not come")


# A booking in one of these statuses holds its slot: no second booking may take it.
HOLDING_STATUSES: tuple[str, ...] = (BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW)


class Booking(models.Model):
    """A youth's individual counselling session with a counsellor, in one slot of the counsellor's time."""

    youth = models.ForeignKey(
        Person, verbose_name=_("youth"), on_delete=models.PROTECT, related_name="counselling_bookings"
    )
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("counsellor"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="counselling_bookings",
    )
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+")
    school = models.ForeignKey(
        Organisation,
        verbose_name=_("school"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The youth's school when the session was booked, for the coordinator's overview."),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    location = models.CharField(_("place"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=BookingStatus.choices, default=BookingStatus.BOOKED
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=250, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    # Calendar programs replace an event only when its SEQUENCE grows: each move or cancel raises it.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("counselling booking")
        verbose_name_plural = _("counselling bookings")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="careers_booking_times"),
            models.UniqueConstraint(
                fields=["counsellor", "starts_at"],
                condition=Q(status__in=HOLDING_STATUSES),
                name="careers_booking_one_per_counsellor_slot",
            ),
            models.UniqueConstraint(
                fields=["youth", "starts_at"],
                condition=Q(status__in=HOLDING_STATUSES),
                name="careers_booking_one_per_youth_time",
            ),
        ]
        indexes = [
            models.Index(fields=["counsellor", "starts_at"]),
            models.Index(fields=["city", "starts_at"]),
            models.Index(fields=["youth", "starts_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.youth} · {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"


class SessionRecord(models.Model):
    """What a session was about. Topics and next steps are shown to the youth; private notes are the
    counsellor's working notes and are shown to no one else."""

    booking = models.OneToOneField(Booking, on_delete=models.CASCADE, related_name="record")
    topics = models.TextField(_("topics"), blank=True)
    private_notes = models.TextField(
        _("private notes"), blank=True, help_text=_("Seen only by the counsellor who held the session.")
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("session record")
        verbose_name_plural = _("session records")
        ordering = ["-booking__starts_at"]

    def __str__(self) -> str:
        return str(self.booking)


class NextStep(models.Model):
    """A next step the youth and counsellor agreed on, with the date it is due."""

    record = models.ForeignKey(SessionRecord, on_delete=models.CASCADE, related_name="next_steps")
    text = models.CharField(_("next step"), max_length=250)
    due_on = models.DateField(_("due"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("agreed next step")
        verbose_name_plural = _("agreed next steps")
        ordering = ["record", "position", "pk"]

    def __str__(self) -> str:
        return self.text


# --- Group activities -----------------------------------------------------------------------------


class ActivityKind(models.TextChoices):
    CAREER_DAY = "career_day", _("Career day")
    JOB_SHADOW = "job_shadow", _("Job-shadow day")
    CAMP = "camp", _("Camp")
    SUMMER_SCHOOL = "summer_school", _("Summer school")


class Activity(models.Model):
    """A group activity with limited places; youths register, and the rest wait in line."""

    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The employer that hosts a job-shadow day."),
    )
    location = models.CharField(_("place"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("places"))
    registration_deadline = models.DateTimeField(_("registration closes"))
    min_age = models.PositiveSmallIntegerField(_("youngest age"), default=13)
    max_age = models.PositiveSmallIntegerField(_("oldest age"), default=25)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("group activity")
        verbose_name_plural = _("group activities")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="careers_activity_times"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="careers_activity_capacity"),
            models.CheckConstraint(
                condition=Q(registration_deadline__lte=F("starts_at")), name="careers_activity_deadline"
            ),
            models.CheckConstraint(condition=Q(max_age__gte=F("min_age")), name="careers_activity_ages"),
            models.CheckConstraint(
                condition=~Q(kind="job_shadow") | Q(host__isnull=False), name="careers_job_shadow_has_host"
            ),
        ]
        indexes = [models.Index(fields=["city", "starts_at"])]

    def __str__(self) -> str:
        return self.title


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", pgettext_lazy("activity registration", "Registered")
    WAITLISTED = "waitlisted", pgettext_lazy("activity registration", "On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("activity registration", "Cancelled")
    ATTENDED = "attended", pgettext_lazy("activity registration", "Attended")


# These take one of the activity's places.
PLACE_STATUSES: tuple[str, ...] = (RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED)


class Registration(models.Model):
    """A youth's place (or place in line) at an activity; the waiting list is ordered by registered_at."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="registrations")
    youth = models.ForeignKey(
        Person, verbose_name=_("youth"), on_delete=models.PROTECT, related_name="activity_registrations"
    )
    school = models.ForeignKey(
        Organisation,
        verbose_name=_("school"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    registered_at = models.DateTimeField(_("registered"), default=timezone.now)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    promoted_at = models.DateTimeField(_("given a place"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended_at = models.DateTimeField(_("attendance recorded"), null=True, blank=True)

    class Meta:
        verbose_name = _("activity registration")
        verbose_name_plural = _("activity registrations")
        ordering = ["activity", "registered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "youth"],
                condition=~Q(status="cancelled"),
                name="careers_registration_once_per_youth",
            ),
        ]
        indexes = [models.Index(fields=["activity", "status", "registered_at"])]

    def __str__(self) -> str:
        return f"{self.youth} · {self.activity}"
