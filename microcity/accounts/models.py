"""The custom user, the roles a user holds in each city, and guardianship with recorded consent."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from microcity.core.models import City, Organisation, Person


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """Signs in with an e-mail address; `is_staff` (Django's admin) is kept for superusers only."""

    username = None  # type: ignore[assignment]
    email = models.EmailField(_("e-mail address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="lv"
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email


class Role(models.TextChoices):
    YOUTH = "youth", _("Youth")
    GUARDIAN = "guardian", _("Parent or guardian")
    COUNSELLOR = "counsellor", _("Career counsellor")
    EMPLOYER_REPRESENTATIVE = "employer_rep", _("Employer representative")
    WORK_SUPERVISOR = "work_supervisor", _("Work supervisor")
    RELOCATION_CONSULTANT = "relocation_consultant", _("Relocation consultant")
    PROGRAMME_COORDINATOR = "coordinator", _("Programme coordinator")
    TEACHER = "teacher", _("Teacher")
    CONTENT_EDITOR = "content_editor", _("Content editor")
    GRANT_EVALUATOR = "grant_evaluator", _("Grant evaluator")
    MAKERSPACE_INSTRUCTOR = "makerspace_instructor", _("Makerspace instructor")
    INVESTMENT_MANAGER = "investment_manager", _("Investment manager")
    CITY_ADMINISTRATOR = "city_admin", _("City administrator")


# Roles that work for the city: they reach the back office and, in production, must use two-factor
# sign-in. Youths, guardians, employers' people and teachers use the public site only.
STAFF_ROLES: frozenset[str] = frozenset(
    {
        Role.COUNSELLOR,
        Role.RELOCATION_CONSULTANT,
        Role.PROGRAMME_COORDINATOR,
        Role.CONTENT_EDITOR,
        Role.GRANT_EVALUATOR,
        Role.MAKERSPACE_INSTRUCTOR,
        Role.INVESTMENT_MANAGER,
        Role.CITY_ADMINISTRATOR,
    }
)
# Roles that act for an organisation must name it.
ORGANISATION_ROLES: frozenset[str] = frozenset(
    {Role.EMPLOYER_REPRESENTATIVE, Role.WORK_SUPERVISOR, Role.TEACHER}
)


class Membership(models.Model):
    """A role that a user holds in one city; holding it in a second city is a second row."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
        help_text=_("Required for employer representatives, work supervisors and teachers."),
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted"), default=timezone.now)

    class Meta:
        verbose_name = _("role membership")
        verbose_name_plural = _("role memberships")
        ordering = ["city__name_lv", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "city", "role", "organisation"], name="membership_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "city", "role"],
                condition=Q(organisation__isnull=True),
                name="membership_unique_no_org",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.city}"

    @property
    def is_staff_role(self) -> bool:
        return self.role in STAFF_ROLES


class GuardianLink(models.Model):
    """A parent or guardian linked to a youth, valid only while the recorded consent stands."""

    class Relationship(models.TextChoices):
        MOTHER = "mother", _("Mother")
        FATHER = "father", _("Father")
        GUARDIAN = "guardian", _("Legal guardian")
        OTHER = "other", _("Other legal representative")

    guardian = models.ForeignKey(
        Person, verbose_name=_("guardian"), on_delete=models.CASCADE, related_name="youth_links"
    )
    youth = models.ForeignKey(
        Person, verbose_name=_("youth"), on_delete=models.CASCADE, related_name="guardian_links"
    )
    relationship = models.CharField(_("relationship"), max_length=20, choices=Relationship.choices)
    consent_given_at = models.DateTimeField(_("consent given"))
    consent_text = models.TextField(_("consent wording"))
    consent_version = models.CharField(_("consent version"), max_length=20)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("guardian link")
        verbose_name_plural = _("guardian links")
        ordering = ["-consent_given_at"]
        constraints = [
            models.CheckConstraint(condition=~Q(guardian=models.F("youth")), name="guardian_not_self"),
            models.UniqueConstraint(
                fields=["guardian", "youth"],
                condition=Q(revoked_at__isnull=True),
                name="guardian_link_one_active",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.guardian} → {self.youth}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
