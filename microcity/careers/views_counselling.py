"""City pages of career support: booking a counsellor (youths), the counsellor's availability, sessions,
caseload and session records, the coordinator's overview per school, and group activities with
registration, waiting list and attendance."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.careers import activities as activity_services
from microcity.careers import conf, permissions, selectors, services
from microcity.careers import counselling as counselling_services
from microcity.careers.forms import (
    WEEKDAYS,
    ActivityForm,
    AvailabilityForm,
    CancelForm,
    CapacityForm,
    ExceptionForm,
    PeriodForm,
    SessionRecordForm,
)
from microcity.careers.models import (
    Activity,
    Availability,
    AvailabilityException,
    Booking,
    BookingStatus,
    NextStep,
    Registration,
    RegistrationStatus,
    SessionRecord,
)
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.models import City, Person

BOOKING_DAYS = 21


def _person(request: HttpRequest) -> Person | None:
    return getattr(request.user, "person", None)


def _youth_here(request: HttpRequest, city: City) -> Person | None:
    """The signed-in youth, if they live in this city and are of counselling age."""
    person = _person(request)
    if person is not None and person.city_id == city.pk and person.is_youth:
        return person
    return None


def _free_slots(counsellor: Any, city: City, *, exclude_before: dt.datetime) -> list[dict[str, Any]]:
    """The counsellor's bookable slots for the coming weeks, grouped by day for the page."""
    today = timezone.localdate()
    slots = selectors.slots_for(
        counsellor=counsellor, start=today, end=today + dt.timedelta(days=BOOKING_DAYS), city=city
    )
    days: dict[dt.date, list[selectors.Slot]] = defaultdict(list)
    for slot in slots:
        if slot.starts_at >= exclude_before:
            days[timezone.localdate(slot.starts_at)].append(slot)
    return [{"day": day, "slots": items} for day, items in sorted(days.items())]


def _parse_start(value: str | None) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value or "")
    except ValueError as exc:
        raise Http404 from exc
    if timezone.is_naive(moment):
        raise Http404
    return moment


def _booking(request: HttpRequest, city: City, pk: int) -> Booking:
    booking = get_object_or_404(
        Booking.objects.select_related("youth", "youth__user", "youth__school", "counsellor", "city"),
        pk=pk,
        city=city,
    )
    if not permissions.can_view_booking(request.user, booking):
        raise Http404
    return booking


# --- Youths ---------------------------------------------------------------------------------------


@login_required
@with_city
def counselling(request: HttpRequest, city: City) -> HttpResponse:
    youth = _youth_here(request, city)
    context: dict[str, Any] = {
        "city": city,
        "youth": youth,
        "is_counsellor": permissions.is_counsellor_in(request.user, city),
        "can_overview": permissions.can_view_overview(request.user, city),
        "can_activities": permissions.can_manage_activities(request.user, city),
    }
    if youth is not None:
        earliest = timezone.now() + conf.booking_change_deadline()
        context["counsellors"] = [
            {"user": c, "days": _free_slots(c, city, exclude_before=earliest)}
            for c in selectors.counsellors_of(city=city).order_by("last_name", "first_name", "pk")
        ]
        bookings = list(selectors.bookings_of_youth(youth=youth).filter(city=city))
        now = timezone.now()
        context["upcoming"] = [b for b in bookings if b.status == BookingStatus.BOOKED and b.ends_at >= now]
        context["past"] = [b for b in bookings if b not in context["upcoming"]]
        context["open_steps"] = list(
            NextStep.objects.filter(
                record__booking__youth=youth, record__booking__city=city, done_at__isnull=True
            ).select_related("record__booking")
        )
        context["deadline_hours"] = int(conf.booking_change_deadline().total_seconds() // 3600)
    return render(request, "careers/counselling.html", context)


@login_required
@with_city
@require_POST
def book(request: HttpRequest, city: City) -> HttpResponse:
    youth = _youth_here(request, city)
    if youth is None:
        raise PermissionDenied
    counsellor = get_object_or_404(selectors.counsellors_of(city=city), pk=request.POST.get("counsellor"))
    starts_at = _parse_start(request.POST.get("starts_at"))
    try:
        booking = counselling_services.booking_create(
            youth=youth, counsellor=counsellor, starts_at=starts_at, by=request.user
        )
    except services.NotAllowed as exc:
        raise PermissionDenied from exc
    except services.CareersError as exc:
        messages.error(request, str(exc))
        return redirect("careers:counselling", city=city.slug)
    messages.success(request, _("Your session is booked. A confirmation with a calendar file is on its way."))
    return redirect("careers:booking", city=city.slug, pk=booking.pk)


@login_required
@with_city
def booking_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    user = request.user
    record_view = None
    record = SessionRecord.objects.filter(booking=booking).first()
    if record is not None:
        record.booking = booking
        try:
            record_view = selectors.session_record_for_viewer(
                viewer=user, record=record, address=client_address(request)
            )
        except SessionRecord.DoesNotExist:
            record_view = None
    now = timezone.now()
    is_staff = permissions.is_booking_staff(user, booking)
    can_change = booking.status == BookingStatus.BOOKED and permissions.can_change_booking(user, booking)
    within_deadline = booking.starts_at - now >= conf.booking_change_deadline()
    move_days: list[dict[str, Any]] = []
    if can_change and (is_staff or within_deadline) and booking.counsellor is not None:
        earliest = now if is_staff else now + conf.booking_change_deadline()
        move_days = _free_slots(booking.counsellor, city, exclude_before=earliest)
    context = {
        "city": city,
        "booking": booking,
        "record_view": record_view,
        "is_staff": is_staff,
        "is_youth": permissions.is_self(user, booking.youth),
        "can_change": can_change and (is_staff or within_deadline),
        "too_late": can_change and not is_staff and not within_deadline,
        "move_days": move_days,
        "cancel_form": CancelForm(),
        "can_mark": permissions.can_mark_booking(user, booking) and booking.starts_at <= now,
        "can_record": permissions.can_write_session_record(user, booking)
        and booking.status == BookingStatus.ATTENDED,
    }
    return render(request, "careers/booking.html", context)


@login_required
@with_city
@require_POST
def booking_move(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    try:
        counselling_services.booking_move(
            booking=booking, starts_at=_parse_start(request.POST.get("starts_at")), by=request.user
        )
    except services.NotAllowed as exc:
        raise PermissionDenied from exc
    except services.CareersError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The session is moved."))
    return redirect("careers:booking", city=city.slug, pk=booking.pk)


@login_required
@with_city
@require_POST
def booking_cancel(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        counselling_services.booking_cancel(booking=booking, by=request.user, reason=reason)
    except services.NotAllowed as exc:
        raise PermissionDenied from exc
    except services.CareersError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The session is cancelled."))
    return redirect("careers:booking", city=city.slug, pk=booking.pk)


@login_required
@with_city
@require_POST
def next_step_done(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    step = get_object_or_404(
        NextStep.objects.select_related("record__booking__youth", "record__booking__city"),
        pk=pk,
        record__booking__city=city,
    )
    try:
        counselling_services.next_step_set_done(
            step=step, by=request.user, done=request.POST.get("done") != "0"
        )
    except services.NotAllowed as exc:
        raise Http404 from exc
    return redirect("careers:booking", city=city.slug, pk=step.record.booking_id)


# --- Counsellors ----------------------------------------------------------------------------------


@login_required
@with_city
@require_POST
def booking_mark(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    action = request.POST.get("action")
    try:
        if action == "attended":
            counselling_services.booking_mark_attended(booking=booking, by=request.user)
            messages.success(request, _("Attendance is recorded. Write what the session was about."))
            if permissions.can_write_session_record(request.user, booking):
                return redirect("careers:session_record", city=city.slug, pk=booking.pk)
        elif action == "no_show":
            counselling_services.booking_mark_no_show(booking=booking, by=request.user)
            messages.success(request, _("Recorded: the youth did not come."))
        else:
            raise Http404
    except services.NotAllowed as exc:
        raise PermissionDenied from exc
    except services.CareersError as exc:
        messages.error(request, str(exc))
    return redirect("careers:booking", city=city.slug, pk=booking.pk)


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def session_record(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    if not permissions.can_write_session_record(request.user, booking):
        raise PermissionDenied
    record = SessionRecord.objects.filter(booking=booking).first()
    initial: dict[str, Any] = {}
    existing_steps: list[NextStep] = []
    if record is not None:
        record.booking = booking
        view = selectors.session_record_for_viewer(
            viewer=request.user, record=record, address=client_address(request)
        )
        initial = {"topics": view.topics, "private_notes": view.private_notes or ""}
        existing_steps = view.next_steps
    form = SessionRecordForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            counselling_services.session_record_save(
                booking=booking,
                by=request.user,
                topics=form.cleaned_data["topics"],
                private_notes=form.cleaned_data["private_notes"],
                next_steps=form.next_steps(),
            )
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The session record is saved."))
            return redirect("careers:booking", city=city.slug, pk=booking.pk)
    return render(
        request,
        "careers/session_record.html",
        {"city": city, "booking": booking, "form": form, "existing_steps": existing_steps},
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def availability(request: HttpRequest, city: City) -> HttpResponse:
    user: Any = request.user
    if not permissions.can_manage_availability(user, user, city):
        raise PermissionDenied
    today = timezone.localdate()
    pattern_form = AvailabilityForm(initial={"valid_from": today, "slot_minutes": 45})
    exception_form = ExceptionForm()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "pattern":
                pattern_form = AvailabilityForm(request.POST)
                if pattern_form.is_valid():
                    counselling_services.availability_add(
                        counsellor=user, city=city, by=user, **pattern_form.cleaned_data
                    )
                    messages.success(request, _("The weekly hours are added."))
                    return redirect("careers:availability", city=city.slug)
            elif action == "exception":
                exception_form = ExceptionForm(request.POST)
                if exception_form.is_valid():
                    counselling_services.availability_exception_add(
                        counsellor=user, city=city, by=user, **exception_form.cleaned_data
                    )
                    messages.success(request, _("The exception is added."))
                    return redirect("careers:availability", city=city.slug)
            elif action == "end":
                pattern = get_object_or_404(
                    Availability, pk=request.POST.get("pattern"), counsellor=user, city=city
                )
                counselling_services.availability_end(availability=pattern, by=user, last_day=today)
                messages.success(request, _("These weekly hours end today."))
                return redirect("careers:availability", city=city.slug)
            else:
                raise Http404
        except services.NotAllowed as exc:
            raise PermissionDenied from exc
        except services.CareersError as exc:
            messages.error(request, str(exc))
    patterns = list(
        Availability.objects.filter(counsellor=user, city=city)
        .exclude(valid_to__lt=today)
        .order_by("weekday", "starts_at")
    )
    labels = dict(WEEKDAYS)
    for pattern in patterns:
        pattern.weekday_label = labels.get(pattern.weekday, "")  # type: ignore[attr-defined]
    exceptions = list(
        AvailabilityException.objects.filter(counsellor=user, date__gte=today).order_by("date", "starts_at")
    )
    slots = selectors.slots_for(
        counsellor=user, start=today, end=today + dt.timedelta(days=13), include_taken=True, city=city
    )
    return render(
        request,
        "careers/availability.html",
        {
            "city": city,
            "patterns": patterns,
            "exceptions": exceptions,
            "pattern_form": pattern_form,
            "exception_form": exception_form,
            "slots": slots,
        },
    )


def _period(request: HttpRequest, *, back: int, ahead: int) -> tuple[PeriodForm, dt.date, dt.date]:
    today = timezone.localdate()
    default = {"start": today - dt.timedelta(days=back), "end": today + dt.timedelta(days=ahead)}
    form = PeriodForm(request.GET if "start" in request.GET else default)
    if form.is_valid():
        return form, form.cleaned_data["start"], form.cleaned_data["end"]
    return form, default["start"], default["end"]


@login_required
@with_city
def sessions(request: HttpRequest, city: City) -> HttpResponse:
    """The counsellor's sessions in a period and their caseload (youths seen, attendance, open steps)."""
    user = request.user
    if not permissions.is_counsellor_in(user, city):
        raise PermissionDenied
    form, start, end = _period(request, back=30, ahead=30)
    zone = timezone.get_current_timezone()
    bookings = list(
        selectors.bookings_of_counsellor(
            counsellor=user,
            start=dt.datetime.combine(start, dt.time.min, tzinfo=zone),
            end=dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone),
        ).filter(city=city)
    )
    rows = selectors.caseload(counsellor=user, city=city, start=start, end=end, viewer=user)
    return render(
        request,
        "careers/sessions.html",
        {"city": city, "form": form, "bookings": bookings, "caseload": rows, "now": timezone.now()},
    )


@login_required
@with_city
def shared_portfolios(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.is_counsellor_in(request.user, city):
        raise PermissionDenied
    rows = selectors.portfolios_shared_with_counsellor(user=request.user, city=city)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "careers/counsellor_portfolios.html", {"city": city, "page": page})


@login_required
@with_city
def overview(request: HttpRequest, city: City) -> HttpResponse:
    """The coordinator's counts per school and period: sessions, no-shows, activities, youths supported."""
    if not permissions.can_view_overview(request.user, city):
        raise PermissionDenied
    form, start, end = _period(request, back=180, ahead=0)
    rows = selectors.coordinator_overview(city=city, start=start, end=end, viewer=request.user)
    fields = (
        "sessions_booked",
        "sessions_attended",
        "no_shows",
        "cancelled",
        "activity_places",
        "activity_attended",
        "youths_supported",
    )
    totals = {name: sum(getattr(row, name) for row in rows) for name in fields}
    return render(
        request, "careers/overview.html", {"city": city, "form": form, "rows": rows, "totals": totals}
    )


# --- Group activities -----------------------------------------------------------------------------


@login_required
@with_city
def activities(request: HttpRequest, city: City) -> HttpResponse:
    rows = list(selectors.activities_upcoming(city=city))
    youth = _youth_here(request, city)
    mine: dict[int, Registration] = {}
    if youth is not None:
        for registration in Registration.objects.filter(youth=youth, activity__in=rows).exclude(
            status=RegistrationStatus.CANCELLED
        ):
            mine[registration.activity_id] = registration
    for activity in rows:
        activity.places_left = max(0, activity.capacity - activity.places_taken)  # type: ignore[attr-defined]
        activity.my_registration = mine.get(activity.pk)  # type: ignore[attr-defined]
    return render(
        request,
        "careers/activities.html",
        {
            "city": city,
            "activities": rows,
            "can_manage": permissions.can_manage_activities(request.user, city),
            "is_counsellor": permissions.is_counsellor_in(request.user, city),
            "can_overview": permissions.can_view_overview(request.user, city),
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def activity_new(request: HttpRequest, city: City) -> HttpResponse:
    """Counsellors and coordinators of the city announce an activity."""
    if not permissions.can_manage_activities(request.user, city):
        raise PermissionDenied
    form = ActivityForm(request.POST or None, city=city)
    if request.method == "POST" and form.is_valid():
        try:
            activity = activity_services.activity_create(city=city, by=request.user, **form.cleaned_data)
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The activity is announced."))
            return redirect("careers:activity", city=city.slug, pk=activity.pk)
    return render(request, "careers/activity_new.html", {"city": city, "form": form})


@login_required
@with_city
@require_POST
def activity_capacity(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """More places (the waiting list moves up at once) or fewer, never below the places taken."""
    activity = get_object_or_404(Activity, pk=pk, city=city)
    if not permissions.can_manage_activities(request.user, city):
        raise PermissionDenied
    form = CapacityForm(request.POST)
    if form.is_valid():
        try:
            activity_services.activity_capacity_set(
                activity=activity, by=request.user, capacity=form.cleaned_data["capacity"]
            )
        except services.CareersError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The number of places is changed."))
    else:
        messages.error(request, _("Enter a number of places of at least 1."))
    return redirect("careers:attendance", city=city.slug, pk=activity.pk)


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def activity_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    activity = get_object_or_404(
        selectors.activities_upcoming(city=city, now=timezone.now() - dt.timedelta(days=60)), pk=pk
    )
    youth = _youth_here(request, city)
    registration = (
        Registration.objects.filter(activity=activity, youth=youth)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
        if youth
        else None
    )
    if request.method == "POST":
        if youth is None:
            raise PermissionDenied
        try:
            if request.POST.get("action") == "register":
                created = activity_services.registration_create(
                    activity=activity, youth=youth, by=request.user
                )
                if created.status == RegistrationStatus.REGISTERED:
                    messages.success(request, _("You have a place."))
                else:
                    messages.success(request, _("The activity is full: you are on the waiting list."))
            elif request.POST.get("action") == "cancel" and registration is not None:
                activity_services.registration_cancel(registration=registration, by=request.user)
                messages.success(request, _("Your registration is cancelled."))
            else:
                raise Http404
        except services.NotAllowed as exc:
            raise PermissionDenied from exc
        except services.CareersError as exc:
            messages.error(request, str(exc))
        return redirect("careers:activity", city=city.slug, pk=activity.pk)
    position = None
    if registration is not None and registration.status == RegistrationStatus.WAITLISTED:
        ids = list(selectors.waiting_list(activity=activity).values_list("pk", flat=True))
        position = ids.index(registration.pk) + 1 if registration.pk in ids else None
    activity.places_left = max(0, activity.capacity - activity.places_taken)  # type: ignore[attr-defined]
    return render(
        request,
        "careers/activity.html",
        {
            "city": city,
            "activity": activity,
            "youth": youth,
            "registration": registration,
            "position": position,
            "can_manage": permissions.can_mark_attendance(request.user, activity),
            "open": timezone.now() <= activity.registration_deadline,
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def attendance(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    activity = get_object_or_404(Activity.objects.select_related("host", "city"), pk=pk, city=city)
    if not permissions.can_mark_attendance(request.user, activity):
        raise PermissionDenied
    if request.method == "POST":
        registration = get_object_or_404(Registration, pk=request.POST.get("registration"), activity=activity)
        try:
            activity_services.registration_mark_attended(registration=registration, by=request.user)
        except services.NotAllowed as exc:
            raise PermissionDenied from exc
        except services.CareersError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Attendance is recorded; a certificate is in the youth's portfolio."))
        return redirect("careers:attendance", city=city.slug, pk=activity.pk)
    registrations = list(
        Registration.objects.filter(activity=activity)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("youth", "school")
        .order_by("status", "youth__last_name", "youth__first_name", "pk")
    )
    return render(
        request,
        "careers/attendance.html",
        {
            "city": city,
            "activity": activity,
            "registrations": registrations,
            "started": timezone.now() >= activity.starts_at,
        },
    )
