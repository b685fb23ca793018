"""Pages of the makerspace under /<lang>/<city>/makerspace/: spaces and machines with their free times, the
booking flow, a member's bookings, the instructors' desk (usage, no-shows, inductions, machine status,
opening hours) and the coordinator's usage report with its CSV download."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.core import exports
from microcity.core.certificates import DEFAULT_BRAND, CertificateData, certificate_pdf
from microcity.core.dates import month_year
from microcity.core.decorators import with_city
from microcity.core.http import date_param, id_param
from microcity.core.links import absolute_url
from microcity.core.models import City, Person
from microcity.core.refusals import refusal_as_form_error, refusal_as_message
from microcity.makerspace import calendar, labels, permissions, selectors, services
from microcity.makerspace.forms import (
    BookingForm,
    InductionForm,
    OpeningYearForm,
    PeriodForm,
    StatusForm,
    UsageForm,
)
from microcity.makerspace.models import (
    Booking,
    BookingStatus,
    Equipment,
    EquipmentStatus,
    MachineKind,
    Member,
    Space,
    Usage,
)

# How many weeks ahead the grid offers.
GRID_WEEKS = 8


def _nav(request: HttpRequest, city: City) -> dict[str, Any]:
    """What the section menu needs to know about the visitor."""
    return {
        "city": city,
        "can_instruct": permissions.can_instruct(request.user, city),
        "can_report": permissions.can_view_report(request.user, city),
    }


def _equipment(city: City, pk: int) -> Equipment:
    equipment = selectors.equipment_in(city, pk)
    if equipment is None:
        raise Http404
    return equipment


def _booking(request: HttpRequest, city: City, pk: int) -> Booking:
    booking = get_object_or_404(
        Booking.objects.select_related("equipment", "equipment__space", "person", "city", "usage"),
        pk=pk,
        city=city,
    )
    # Somebody else's booking is not shown to exist.
    if not permissions.can_view_booking(request.user, booking):
        raise Http404
    return booking


def _require_instructor(request: HttpRequest, city: City) -> None:
    if not permissions.can_instruct(request.user, city):
        raise PermissionDenied


# --- Everyone -------------------------------------------------------------------------------------------


@with_city
def index(request: HttpRequest, city: City) -> HttpResponse:
    spaces = selectors.spaces_of(city)
    return render(request, "makerspace/index.html", {**_nav(request, city), "spaces": spaces})


@with_city
def equipment_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    equipment = _equipment(city, pk)
    this_week = selectors.week_start(timezone.localdate())
    weeks = [this_week + dt.timedelta(weeks=n) for n in range(GRID_WEEKS)]
    raw = request.GET.get("week")
    monday = selectors.week_start(date_param(raw)) if raw else this_week
    if monday not in weeks:
        monday = this_week
    days = selectors.week_grid(equipment, monday) if equipment.status != EquipmentStatus.RETIRED else []
    index = weeks.index(monday)
    context = {
        **_nav(request, city),
        "equipment": equipment,
        "space": equipment.space,
        "days": days,
        "monday": monday,
        "sunday": monday + dt.timedelta(days=6),
        "previous_week": weeks[index - 1] if index > 0 else None,
        "next_week": weeks[index + 1] if index + 1 < len(weeks) else None,
        "prices": sorted(equipment.prices.all(), key=lambda p: p.member_type),
        "consumables": list(equipment.consumables.all()),
        # Reversed once for the whole grid, not once per slot.
        "book_url": reverse("makerspace:book", kwargs={"city": city.slug, "pk": equipment.pk}),
    }
    template = "makerspace/equipment.html#grid" if request.htmx else "makerspace/equipment.html"  # type: ignore[attr-defined]
    return render(request, template, context)


@with_city
def equipment_label(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """The machine's printable label: a QR code that opens its page."""
    equipment = _equipment(city, pk)
    url = absolute_url(reverse("makerspace:equipment", kwargs={"city": city.slug, "pk": equipment.pk}))
    svg = labels.label_svg(url=url, title=equipment.name, subtitle=f"{equipment.space.name}, {city.name}")
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="label-{equipment.pk}.svg"'
    return response


# --- Members ---------------------------------------------------------------------------------------------


def _own_person(request: HttpRequest) -> Person:
    person = permissions.person_of(request.user)
    if person is None:
        raise PermissionDenied
    return person


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def book(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    equipment = _equipment(city, pk)
    person = _own_person(request)
    member = selectors.member_of(person, city)
    data = request.POST if request.method == "POST" else None
    initial = {"start": request.GET.get("start", ""), "minutes": equipment.slot_minutes * 2}
    form = BookingForm(data, initial=initial, equipment=equipment, needs_type=member is None)
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            booking = services.booking_create(
                equipment=equipment,
                person=person,
                by=acting_user(request),
                starts_at=form.cleaned_data["start"],
                minutes=form.cleaned_data["minutes"],
                member_type=form.cleaned_data.get("member_type") or None,
                purpose=form.cleaned_data["purpose"],
            )
            messages.success(
                request, _("Booked. The confirmation and a calendar file are on their way by e-mail.")
            )
            return redirect("makerspace:booking", city=city.slug, pk=booking.pk)
    start = None
    raw = form.data.get("start") if form.is_bound else initial["start"]
    try:
        start = dt.datetime.fromisoformat(str(raw)) if raw else None
    except ValueError:
        start = None
    if start is not None and timezone.is_naive(start):
        start = None
    induction = (
        services.valid_induction(person, equipment.kind, city, timezone.localdate())
        if equipment.needs_induction
        else None
    )
    context = {
        **_nav(request, city),
        "equipment": equipment,
        "form": form,
        "start": start,
        "member": member,
        "induction_missing": equipment.needs_induction and induction is None,
    }
    return render(request, "makerspace/book.html", context, status=400 if form.errors else 200)


@login_required
@with_city
def mine(request: HttpRequest, city: City) -> HttpResponse:
    person = _own_person(request)
    bookings = list(selectors.bookings_of(person, city)[:200])
    now = timezone.now()
    context = {
        **_nav(request, city),
        "upcoming": [b for b in bookings if b.status == BookingStatus.BOOKED and b.ends_at > now][::-1],
        "past": [b for b in bookings if not (b.status == BookingStatus.BOOKED and b.ends_at > now)],
        "inductions": list(selectors.inductions_of(person, city)),
        "member": selectors.member_of(person, city),
        "today": timezone.localdate(),
    }
    return render(request, "makerspace/mine.html", context)


@login_required
@with_city
def booking_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    context = {
        **_nav(request, city),
        "booking": booking,
        "usage": getattr(booking, "usage", None),
        "can_cancel": booking.status == BookingStatus.BOOKED and booking.ends_at > timezone.now(),
        "cutoff_hours": int(services.CANCEL_CUTOFF.total_seconds() // 3600),
    }
    return render(request, "makerspace/booking.html", context)


@login_required
@with_city
@require_POST
def booking_cancel(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    with refusal_as_message(request):
        services.booking_cancel(booking=booking, by=acting_user(request))
        messages.success(request, _("The booking is cancelled."))
    return redirect("makerspace:booking", city=city.slug, pk=booking.pk)


@login_required
@with_city
def booking_ics(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    return exports.download(
        calendar.booking_ics(booking),
        filename=f"booking-{booking.pk}.ics",
        content_type="text/calendar; charset=utf-8",
    )


def _month(raw: str | None) -> dt.date:
    """`?month=2026-12`, else this month; anything else is a bad request."""
    if not raw:
        return timezone.localdate().replace(day=1)
    return date_param(f"{raw}-01")


@login_required
@with_city
def statement(request: HttpRequest, city: City) -> HttpResponse:
    """A member's monthly statement of charges (HTML, or PDF with `?format=pdf`); instructors open any
    member's of their city with `?person=<id>`."""
    raw_person = request.GET.get("person")
    if raw_person:
        _require_instructor(request, city)
        member = get_object_or_404(
            Member.objects.select_related("person"), person_id=id_param(raw_person), city=city
        )
        person = member.person
    else:
        person = _own_person(request)
    month = _month(request.GET.get("month"))
    usages = selectors.month_usage(person, city, month)
    total = sum((u.total for u in usages), Decimal("0.00"))
    unpaid = sum((u.total for u in usages if u.paid_at is None), Decimal("0.00"))
    if request.GET.get("format") == "pdf":
        language = (getattr(request, "LANGUAGE_CODE", "") or "lv")[:2]
        with translation.override(language):
            details = [
                (
                    formats.date_format(timezone.localdate(u.booking.starts_at), "SHORT_DATE_FORMAT"),
                    f"{u.booking.equipment.name}, {u.minutes} min — {formats.number_format(u.total, 2)} EUR",
                )
                for u in usages
            ]
            details.append((_("Total"), f"{formats.number_format(total, 2)} EUR"))
            details.append((_("Still to pay"), f"{formats.number_format(unpaid, 2)} EUR"))
            data = CertificateData(
                city_name=city.name,
                title=_("Monthly statement"),
                holder_name=person.full_name,
                statement=_("Charges for the use of the makerspace in %(month)s.")
                % {"month": month_year(month)},
                details=details,
                issued_on=timezone.localdate(),
                programme=_("Makerspace"),
                brand_colour=city.brand_colour or DEFAULT_BRAND,
            )
            content = certificate_pdf(data, language=language)
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="statement-{month:%Y-%m}.pdf"'
        return response
    context = {
        **_nav(request, city),
        "person": person,
        "month": month,
        "previous_month": (month - dt.timedelta(days=1)).replace(day=1),
        "next_month": (month + dt.timedelta(days=32)).replace(day=1),
        "usages": usages,
        "total": total,
        "unpaid": unpaid,
        "person_query": f"person={person.pk}&" if raw_person else "",
    }
    return render(request, "makerspace/statement.html", context)


# --- Instructors -----------------------------------------------------------------------------------------


@login_required
@with_city
def desk(request: HttpRequest, city: City) -> HttpResponse:
    """The day's bookings for the instructors: who comes, and what is still to be recorded."""
    _require_instructor(request, city)
    raw = request.GET.get("day")
    day = date_param(raw) if raw else timezone.localdate()
    context = {
        **_nav(request, city),
        "day": day,
        "previous_day": day - dt.timedelta(days=1),
        "next_day": day + dt.timedelta(days=1),
        "bookings": list(selectors.day_bookings(city, day)),
        "now": timezone.now(),
        "spaces": selectors.spaces_of(city),
    }
    return render(request, "makerspace/desk.html", context)


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def usage(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _require_instructor(request, city)
    booking = _booking(request, city, pk)
    consumables = list(booking.equipment.consumables.all())
    form = UsageForm(
        request.POST if request.method == "POST" else None,
        initial={"minutes": booking.minutes},
        consumables=consumables,
    )
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            services.usage_record(
                booking=booking,
                by=acting_user(request),
                minutes=form.cleaned_data["minutes"],
                quantities=form.quantities(),
            )
            messages.success(request, _("Usage recorded."))
            return redirect(
                reverse("makerspace:desk", kwargs={"city": city.slug})
                + f"?day={timezone.localdate(booking.starts_at).isoformat()}"
            )
    return render(
        request,
        "makerspace/usage.html",
        {**_nav(request, city), "booking": booking, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@with_city
@require_POST
def no_show(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _require_instructor(request, city)
    booking = _booking(request, city, pk)
    with refusal_as_message(request):
        services.booking_mark_no_show(booking=booking, by=acting_user(request))
        messages.success(request, _("Recorded as a no-show."))
    return redirect(
        reverse("makerspace:desk", kwargs={"city": city.slug})
        + f"?day={timezone.localdate(booking.starts_at).isoformat()}"
    )


@login_required
@with_city
@require_POST
def paid(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _require_instructor(request, city)
    record = get_object_or_404(
        Usage.objects.select_related("booking", "booking__city"), pk=pk, booking__city=city
    )
    with refusal_as_message(request):
        services.usage_mark_paid(usage=record, by=acting_user(request))
        messages.success(request, _("Payment recorded."))
    return redirect("makerspace:booking", city=city.slug, pk=record.booking_id)


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def inductions(request: HttpRequest, city: City) -> HttpResponse:
    _require_instructor(request, city)
    form = InductionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        person = (
            Person.objects.filter(city=city, email__iexact=form.cleaned_data["email"]).order_by("pk").first()
        )
        if person is None:
            form.add_error("email", _("Nobody of this city has this e-mail address."))
        else:
            with refusal_as_form_error(form):
                services.induction_record(
                    person=person,
                    kind=form.cleaned_data["kind"],
                    city=city,
                    by=acting_user(request),
                    passed_on=form.cleaned_data["passed_on"],
                    months=form.cleaned_data["months"],
                )
                messages.success(
                    request,
                    _("%(name)s: induction recorded (%(kind)s).")
                    % {"name": person.full_name, "kind": MachineKind(form.cleaned_data["kind"]).label},
                )
                return redirect("makerspace:inductions", city=city.slug)
    context = {**_nav(request, city), "form": form, "recent": list(selectors.recent_inductions(city))}
    return render(request, "makerspace/inductions.html", context, status=400 if form.errors else 200)


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def equipment_status(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _require_instructor(request, city)
    equipment = _equipment(city, pk)
    form = StatusForm(
        request.POST if request.method == "POST" else None,
        initial={"status": equipment.status, "until": equipment.out_of_order_until},
    )
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            cancelled = services.equipment_status_set(
                equipment=equipment,
                by=acting_user(request),
                status=form.cleaned_data["status"],
                until=form.cleaned_data["until"],
            )
            messages.success(request, _("Status saved. Bookings cancelled: %(n)s.") % {"n": len(cancelled)})
            return redirect("makerspace:equipment", city=city.slug, pk=equipment.pk)
    return render(
        request,
        "makerspace/status.html",
        {**_nav(request, city), "equipment": equipment, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def opening_hours(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    if not permissions.can_set_opening_hours(request.user, city):
        raise PermissionDenied
    space = get_object_or_404(Space.objects.prefetch_related("opening_hours"), pk=pk, city=city)
    year = timezone.localdate().year
    initial: dict[str, Any] = {
        "calendar_year": year,
        "closed": "\n".join(
            f"{d.day:%d.%m.%Y} {d.reason}".strip() for d in selectors.closed_days(space, year)
        ),
    }
    for hours in space.opening_hours.all():
        initial.setdefault(f"opens_{hours.weekday}", hours.opens)
        initial.setdefault(f"closes_{hours.weekday}", hours.closes)
    form = OpeningYearForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            services.opening_year_set(
                space=space,
                by=acting_user(request),
                year=form.cleaned_data["calendar_year"],
                weekly=form.cleaned_data["weekly"],
                closed=form.cleaned_data["closed_days"],
            )
            messages.success(request, _("Opening hours saved."))
            return redirect("makerspace:index", city=city.slug)
    return render(
        request,
        "makerspace/hours.html",
        {**_nav(request, city), "space": space, "form": form},
        status=400 if form.errors else 200,
    )


# --- Coordinators ----------------------------------------------------------------------------------------


@login_required
@with_city
def report(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_view_report(request.user, city):
        raise PermissionDenied
    today = timezone.localdate()
    first_default = today.replace(day=1) - dt.timedelta(days=1)
    first_default = first_default.replace(day=1)
    form = PeriodForm(
        request.GET if "first" in request.GET else None, initial={"first": first_default, "last": today}
    )
    if form.is_bound and form.is_valid():
        first, last = form.cleaned_data["first"], form.cleaned_data["last"]
    else:
        first, last = first_default, today
    result = selectors.usage_report(city, first, last)
    wanted = request.GET.get("format")
    stem = f"makerspace-{city.slug}-{first.isoformat()}-{last.isoformat()}"
    if wanted == "csv" and not form.errors:
        return exports.csv_response(selectors.report_rows(result), filename=f"{stem}.csv")
    if wanted in {"accounting-csv", "accounting-xlsx"} and not form.errors:
        # Charges for the city's accounting: who used what, for how much, and when it was paid.
        rows = selectors.accounting_rows(city, first, last)
        if wanted == "accounting-csv":
            return exports.csv_response([selectors.ACCOUNTING_HEADER, *rows], filename=f"{stem}-charges.csv")
        content = exports.xlsx_bytes(title=_("Charges"), header=selectors.ACCOUNTING_HEADER, rows=rows)
        return exports.xlsx_response(content, filename=f"{stem}-charges.xlsx")
    weekdays = [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")]
    peak = max((count for _hour, row in result.heat for count in row), default=0) or 1
    # The heat map's shade (per cent of a dark brand colour) goes with the figure it shades, never alone.
    heat = [(hour, [(count, count * 70 // peak) for count in row]) for hour, row in result.heat]
    context = {
        **_nav(request, city),
        "form": form,
        "report": result,
        "weekdays": weekdays,
        "heat": heat,
        "period_query": f"first={first.isoformat()}&last={last.isoformat()}",
        "zero": Decimal("0.00"),
    }
    return render(request, "makerspace/report.html", context)
