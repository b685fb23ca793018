"""Spaces with opening hours, machines with prices and consumables, inductions, members, bookings and the
usage recorded for each booking."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import City, Person, localized


class MemberType(models.TextChoices):
    PUPIL = "pupil", _("Pupil")
    STUDENT = "student", _("Student")
    RESIDENT = "resident", _("Resident")
    ENTREPRENEUR = "entrepreneur", _("Entrepreneur")
    SCHOOL = "school", _("School (teacher with a class)")


class MachineKind(models.TextChoices):
    """The kind of machine an induction is for: one induction covers every machine of its kind."""

    CNC_MILL = "cnc_mill", _("CNC milling machine")
    LASER_CUTTER = "laser_cutter", _("Laser cutter")
    PRINTER_3D = "printer_3d", _("3D printer")
    ELECTRONICS = "electronics", _("Electronics bench")
    SEWING = "sewing", _("Sewing machine")
    PHOTO_LAB = "photo_lab", _("Photo lab")
    CLASSROOM = "classroom", _("Classroom")
    VR = "vr", _("VR room")


class EquipmentStatus(models.TextChoices):
    # Said of a machine (iekārta: feminine in Latvian).
    AVAILABLE = "available", pgettext_lazy("equipment", "Available")
    OUT_OF_ORDER = "out_of_order", pgettext_lazy("equipment", "Out of order")
    RETIRED = "retired", pgettext_lazy("equipment", "Retired")


class BookingStatus(models.TextChoices):
    # Said of a booking (pieraksts: masculine in Latvian).
    BOOKED = "booked", pgettext_lazy("makerspace booking", "Booked")
    CANCELLED = "cancelled", pgettext_lazy("makerspace booking", "Cancelled")
    USED = "used", pgettext_lazy("makerspace booking", "Used")
    NO_SHOW = "no_show", pgettext_lazy("makerspace booking", "No-show")


# A booking in these states holds its time on the machine.
HOLDING_STATUSES = (BookingStatus.BOOKED, BookingStatus.USED, BookingStatus.NO_SHOW)


class Space(models.Model):
    """A makerspace or a set of rooms in a city (DARE in Valmiera, the EdTech rooms in Ventspils)."""

    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+")
    name_lv = models.CharField(_("name (Latvian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    description_lv = models.TextField(_("description (Latvian)"), blank=True, max_length=3000)
    description_en = models.TextField(_("description (English)"), blank=True, max_length=3000)
    address = models.CharField(_("address"), max_length=200)
    opened_on = models.DateField(_("opened"), null=True, blank=True)
    running_cost_per_month = models.DecimalField(
        _("running costs per month (EUR)"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("0.00"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("space")
        verbose_name_plural = _("spaces")
        ordering = ["name_lv", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["city", "name_lv"], name="makerspace_space_unique_name")
        ]

    def __str__(self) -> str:
        return self.name_lv

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def description(self) -> str:
        return localized(self, "description")


class OpeningHours(models.Model):
    """One span of the weekly pattern: open on `weekday` from `opens` to `closes`."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), validators=[MaxValueValidator(6)])
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(condition=Q(opens__lt=models.F("closes")), name="makerspace_hours_order"),
            models.CheckConstraint(condition=Q(weekday__lte=6), name="makerspace_hours_weekday"),
        ]

    def __str__(self) -> str:
        return f"{self.weekday} {self.opens}–{self.closes}"


class ClosedDay(models.Model):
    """A holiday or another day the space is closed, whatever the weekly pattern says."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="closed_days")
    day = models.DateField(_("day"))
    reason = models.CharField(_("reason"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("closed day")
        verbose_name_plural = _("closed days")
        ordering = ["day"]
        constraints = [models.UniqueConstraint(fields=["space", "day"], name="makerspace_closed_day_unique")]

    def __str__(self) -> str:
        return f"{self.day} {self.reason}"


def equipment_photo_to(instance: Equipment, filename: str) -> str:
    return f"makerspace/equipment/{instance.pk or 'new'}/{filename}"


class Equipment(models.Model):
    """A machine or a room that members book by the step (30 minutes by default)."""

    space = models.ForeignKey(
        Space, verbose_name=_("space"), on_delete=models.CASCADE, related_name="equipment"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=MachineKind.choices)
    name_lv = models.CharField(_("name (Latvian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    description_lv = models.TextField(_("description (Latvian)"), blank=True, max_length=3000)
    description_en = models.TextField(_("description (English)"), blank=True, max_length=3000)
    safety_rules_lv = models.TextField(_("safety rules (Latvian)"), blank=True, max_length=3000)
    safety_rules_en = models.TextField(_("safety rules (English)"), blank=True, max_length=3000)
    photo = models.ImageField(_("photo"), upload_to=equipment_photo_to, blank=True, max_length=250)
    photo_alt = models.CharField(_("photo description"), max_length=200, blank=True)
    needs_induction = models.BooleanField(_("needs an induction"), default=True)
    slot_minutes = models.PositiveSmallIntegerField(
        _("booking step (minutes)"), default=30, validators=[MinValueValidator(15), MaxValueValidator(240)]
    )
    max_booking_minutes = models.PositiveSmallIntegerField(
        _("longest booking (minutes)"),
        default=240,
        validators=[MinValueValidator(15), MaxValueValidator(720)],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EquipmentStatus.choices, default=EquipmentStatus.AVAILABLE
    )
    out_of_order_until = models.DateField(_("out of order until"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")
        ordering = ["space", "name_lv", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_booking_minutes__gte=models.F("slot_minutes")),
                name="makerspace_equipment_limits",
            ),
        ]

    def __str__(self) -> str:
        return self.name_lv

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def description(self) -> str:
        return localized(self, "description")

    @property
    def safety_rules(self) -> str:
        return localized(self, "safety_rules")

    @property
    def bookable(self) -> bool:
        return self.status == EquipmentStatus.AVAILABLE


class Price(models.Model):
    """What an hour on the machine costs a member of a type, in euros."""

    equipment = models.ForeignKey(Equipment, on_delete=models.CASCADE, related_name="prices")
    member_type = models.CharField(_("member type"), max_length=20, choices=MemberType.choices)
    per_hour = models.DecimalField(
        _("price per hour (EUR)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )

    class Meta:
        verbose_name = _("price")
        verbose_name_plural = _("prices")
        ordering = ["equipment", "member_type"]
        constraints = [
            models.UniqueConstraint(fields=["equipment", "member_type"], name="makerspace_price_unique"),
            models.CheckConstraint(condition=Q(per_hour__gte=0), name="makerspace_price_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.equipment} {self.member_type} {self.per_hour}"


class Consumable(models.Model):
    """Material used on a machine and charged by the unit (PLA filament by the gram, plywood by the sheet)."""

    equipment = models.ForeignKey(Equipment, on_delete=models.CASCADE, related_name="consumables")
    name_lv = models.CharField(_("name (Latvian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    unit = models.CharField(_("unit"), max_length=20)
    unit_price = models.DecimalField(
        _("price per unit (EUR)"),
        max_digits=8,
        decimal_places=3,
        validators=[MinValueValidator(Decimal("0"))],
    )

    class Meta:
        verbose_name = _("consumable")
        verbose_name_plural = _("consumables")
        ordering = ["equipment", "name_lv", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(unit_price__gte=0), name="makerspace_consumable_not_negative"),
        ]

    def __str__(self) -> str:
        return self.name_lv

    @property
    def name(self) -> str:
        return localized(self, "name")


class Member(models.Model):
    """A person who uses a city's makerspace, with the member type their prices follow."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+")
    member_type = models.CharField(_("member type"), max_length=20, choices=MemberType.choices)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["-joined_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["person", "city"], name="makerspace_member_unique")]

    def __str__(self) -> str:
        return f"{self.person} ({self.member_type})"


class Induction(models.Model):
    """A person passed the induction for a kind of machine; it is valid until a date."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("machine kind"), max_length=20, choices=MachineKind.choices)
    passed_on = models.DateField(_("passed on"))
    valid_until = models.DateField(_("valid until"))
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("instructor"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("induction")
        verbose_name_plural = _("inductions")
        ordering = ["-passed_on", "-pk"]
        indexes = [models.Index(fields=["person", "kind", "valid_until"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(passed_on__lt=models.F("valid_until")), name="makerspace_induction_dates"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.kind} → {self.valid_until}"


class Booking(models.Model):
    """A person's time on a machine. Two bookings that hold time never overlap on one machine: decided
    under a lock of the machine's row, and on PostgreSQL also by an exclusion constraint (migration 0002)."""

    equipment = models.ForeignKey(
        Equipment, verbose_name=_("equipment"), on_delete=models.PROTECT, related_name="bookings"
    )
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+")
    member_type = models.CharField(_("member type"), max_length=20, choices=MemberType.choices)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    purpose = models.CharField(_("what you will make"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=BookingStatus.choices, default=BookingStatus.BOOKED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("booked at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    sequence = models.PositiveIntegerField(default=0)  # the calendar file's SEQUENCE

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["equipment", "starts_at"]),
            models.Index(fields=["city", "starts_at"]),
            models.Index(fields=["person", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=models.F("ends_at")), name="makerspace_booking_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.equipment} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


class Usage(models.Model):
    """What a booking really used (time and consumables) and what it costs; the desk records payment."""

    booking = models.OneToOneField(Booking, on_delete=models.CASCADE, related_name="usage")
    minutes = models.PositiveIntegerField(_("minutes used"), validators=[MaxValueValidator(24 * 60)])
    lines = models.JSONField(_("consumables"), default=list, blank=True)
    time_charge = models.DecimalField(_("time (EUR)"), max_digits=10, decimal_places=2)
    consumables_charge = models.DecimalField(_("consumables (EUR)"), max_digits=10, decimal_places=2)
    total = models.DecimalField(_("total (EUR)"), max_digits=10, decimal_places=2)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)

    class Meta:
        verbose_name = _("usage")
        verbose_name_plural = _("usage records")
        ordering = ["-recorded_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.booking} {self.total} EUR"
