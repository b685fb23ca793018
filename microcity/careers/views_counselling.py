"""City pages of career support: booking a counsellor (youths), the counsellor's availability, sessions,
caseload and session records, the coordinator's overview per school, and group activities with
registration, waiting list and attendance."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.careers import activities as activity_services
from microcity.careers import conf, home, permissions, selectors, services
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
from microcity.core import pagecache
from microcity.core.apps import SITE_GENERATION
from microcity.core.decorators import with_city
from microcity.core.http import client_address, id_param, moment_param
from microcity.core.models import City, Person
from microcity.core.pagecache import cache_public_page
from microcity.core.refusals import refusal_as_form_error, refusal_as_message, refusal_caught

BOOKING_DAYS = 21
# How far ahead the booking page offers weeks to choose from.
BOOKING_WEEKS = 6


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
    return moment_param(value)


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


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _slot_grid(request: HttpRequest, city: City, counsellors: list[Any]) -> dict[str, Any]:
    """One counsellor's free times in one week: `?counsellor=` and `?week=` (a date in that week), by
    default the first counsellor and the first week with a free time. One slot read for all weeks."""
    first_week = _week_start(timezone.localdate())
    weeks = [first_week + dt.timedelta(weeks=n) for n in range(BOOKING_WEEKS)]
    grid: dict[str, Any] = {"counsellor": None, "week": None, "weeks": weeks, "days": []}
    if not counsellors:
        return grid
    raw = request.GET.get("counsellor", "")
    counsellor = next((c for c in counsellors if str(c.pk) == raw), counsellors[0])
    earliest = timezone.now() + conf.booking_change_deadline()
    slots = [
        slot
        for slot in selectors.slots_for(
            counsellor=counsellor, start=weeks[0], end=weeks[-1] + dt.timedelta(days=6), city=city
        )
        if slot.starts_at >= earliest
    ]
    week: dt.date | None = None
    try:
        asked = dt.date.fromisoformat(request.GET.get("week", ""))
    except ValueError:
        asked = None
    if asked is not None and _week_start(asked) in weeks:
        week = _week_start(asked)
    elif slots:
        week = _week_start(timezone.localdate(slots[0].starts_at))
    else:
        week = weeks[0]
    days: dict[dt.date, list[selectors.Slot]] = defaultdict(list)
    for slot in slots:
        day = timezone.localdate(slot.starts_at)
        if week <= day < week + dt.timedelta(days=7):
            days[day].append(slot)
    grid.update(
        counsellor=counsellor,
        week=week,
        days=[{"day": day, "slots": items} for day, items in sorted(days.items())],
    )
    return grid


def _youth_to_book_for(request: HttpRequest, city: City, raw: str | None) -> Person | None:
    """The youth whose sessions the page is about: the signed-in youth, or (`youth=`) a child of the
    signed-in guardian or, for the city's counsellors and coordinator, a youth of the city. None when
    a guardian of several children (or a member of staff) has not chosen yet."""
    own = _youth_here(request, city)
    if raw and (own is None or raw != str(own.pk)):
        if not raw.isdigit():
            raise Http404
        youth = get_object_or_404(Person.objects.select_related("city"), pk=int(raw))
        if not (
            permissions.can_book_as_guardian(request.user, youth, city)
            or permissions.can_book_as_staff(request.user, youth, city)
        ):
            raise Http404
        return youth
    return own


def _counselling_public(request: HttpRequest, city: City) -> HttpResponse:
    """What counselling is, who the counsellors are and how to book, before anyone is asked to sign in."""
    return render(
        request,
        "careers/counselling_public.html",
        {
            "city": city,
            "counsellors": selectors.counsellors_public(city=city),
            "deadline_hours": int(conf.booking_change_deadline().total_seconds() // 3600),
        },
    )


@cache_public_page(depends_on=(SITE_GENERATION, home.GENERATION), timeout=120)
@with_city
def counselling(request: HttpRequest, city: City) -> HttpResponse:
    """Booking for a youth, by the youth or their guardian: choose a counsellor and a week; htmx swaps
    only the slot grid. A visitor who has not signed in reads what counselling is and how to book."""
    if not request.user.is_authenticated:
        return _counselling_public(request, city)
    children = selectors.youths_of_guardian(user=request.user, city=city)
    youth = _youth_to_book_for(request, city, request.GET.get("youth"))
    if youth is None and len(children) == 1:
        youth = children[0]
    for_child = youth is not None and not permissions.is_self(request.user, youth)
    own_youth = _youth_here(request, city)
    staff = permissions.is_city_counselling_staff(request.user, city)
    staff_query = request.GET.get("q", "").strip()[:100] if staff else ""
    context: dict[str, Any] = {
        "staff_books": staff,
        "staff_query": staff_query,
        "staff_matches": (
            selectors.youths_for_staff_booking(city=city, query=staff_query) if staff and staff_query else []
        ),
        "staff_match_limit": selectors.STAFF_YOUTH_MATCHES,
        "city": city,
        "youth": youth,
        "for_child": for_child,
        "children": children,
        "own_youth": own_youth,
        "show_child_choice": len(children) > 1 or (bool(children) and own_youth is not None),
        "is_counsellor": permissions.is_counsellor_in(request.user, city),
        "can_overview": permissions.can_view_overview(request.user, city),
        "can_manage_hours": permissions.can_manage_city_availability(request.user, city),
        "can_activities": permissions.can_manage_activities(request.user, city),
    }
    if youth is not None:
        counsellors = list(selectors.counsellors_of(city=city).order_by("last_name", "first_name", "pk"))
        context["counsellors"] = counsellors
        context["grid"] = _slot_grid(request, city, counsellors)
        if request.htmx:  # type: ignore[attr-defined]
            return render(request, "careers/counselling.html#slot-grid", context)
        bookings = list(selectors.bookings_of_youth(youth=youth).filter(city=city))
        if for_child and not permissions.is_linked_guardian(request.user, youth):
            # Staff booking for a youth see the sessions they may open, not every colleague's.
            bookings = [b for b in bookings if permissions.can_view_booking(request.user, b)]
        now = timezone.now()
        context["upcoming"] = [b for b in bookings if b.status == BookingStatus.BOOKED and b.ends_at >= now]
        context["past"] = [b for b in bookings if b not in context["upcoming"]]
        # Agreed next steps belong to the session record: the youth's, not their parents'.
        context["open_steps"] = (
            []
            if for_child
            else list(
                NextStep.objects.filter(
                    record__booking__youth=youth, record__booking__city=city, done_at__isnull=True
                ).select_related("record__booking")
            )
        )
        context["deadline_hours"] = int(conf.booking_change_deadline().total_seconds() // 3600)
    return render(request, "careers/counselling.html", context)


@login_required
@with_city
@require_POST
def book(request: HttpRequest, city: City) -> HttpResponse:
    youth = _youth_to_book_for(request, city, request.POST.get("youth"))
    if youth is None:
        raise PermissionDenied
    for_child = not permissions.is_self(request.user, youth)
    counsellor = get_object_or_404(
        selectors.counsellors_of(city=city), pk=id_param(request.POST.get("counsellor"))
    )
    starts_at = _parse_start(request.POST.get("starts_at"))
    with refusal_caught() as refusal:
        booking = counselling_services.booking_create(
            youth=youth, counsellor=counsellor, starts_at=starts_at, by=acting_user(request)
        )
    if refusal.error is not None:
        messages.error(request, str(refusal.error))
        query = {"counsellor": counsellor.pk, "week": timezone.localdate(starts_at).isoformat()}
        if for_child:
            query["youth"] = youth.pk
        return redirect(f"{reverse('careers:counselling', kwargs={'city': city.slug})}?{urlencode(query)}")
    if for_child:
        messages.success(
            request,
            _("The session of %(name)s is booked. Confirmations with a calendar file are on their way.")
            % {"name": youth.first_name},
        )
    else:
        messages.success(
            request, _("Your session is booked. A confirmation with a calendar file is on its way.")
        )
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
        "is_guardian": not permissions.is_self(user, booking.youth)
        and permissions.is_linked_guardian(user, booking.youth),
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
    with refusal_as_message(request):
        counselling_services.booking_move(
            booking=booking, starts_at=_parse_start(request.POST.get("starts_at")), by=acting_user(request)
        )
        messages.success(request, _("The session is moved."))
    return redirect("careers:booking", city=city.slug, pk=booking.pk)


@login_required
@with_city
@require_POST
def booking_cancel(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    with refusal_as_message(request):
        counselling_services.booking_cancel(booking=booking, by=acting_user(request), reason=reason)
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
    # Somebody else's step is not shown to exist.
    if not permissions.can_tick_next_step(request.user, step.record.booking):
        raise Http404
    counselling_services.next_step_set_done(
        step=step, by=acting_user(request), done=request.POST.get("done") != "0"
    )
    return redirect("careers:booking", city=city.slug, pk=step.record.booking_id)


# --- Counsellors ----------------------------------------------------------------------------------


def _mark_attended(request: HttpRequest, city: City, booking: Booking) -> HttpResponse | None:
    counselling_services.booking_mark_attended(booking=booking, by=acting_user(request))
    messages.success(request, _("Attendance is recorded. Write what the session was about."))
    if permissions.can_write_session_record(request.user, booking):
        return redirect("careers:session_record", city=city.slug, pk=booking.pk)
    return None


def _mark_no_show(request: HttpRequest, city: City, booking: Booking) -> HttpResponse | None:
    counselling_services.booking_mark_no_show(booking=booking, by=acting_user(request))
    messages.success(request, _("Recorded: the youth did not come."))
    return None


MARK_ACTIONS: dict[str, Callable[[HttpRequest, City, Booking], HttpResponse | None]] = {
    "attended": _mark_attended,
    "no_show": _mark_no_show,
}


@login_required
@with_city
@require_POST
def booking_mark(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    booking = _booking(request, city, pk)
    act = MARK_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise Http404
    with refusal_as_message(request):
        response = act(request, city, booking)
        if response is not None:
            return response
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
                by=acting_user(request),
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


def _hours_counsellor(request: HttpRequest, city: City, raw: str | None) -> Any:
    """Whose hours the availability page edits: `counsellor=` (a counsellor of this city whom the user may
    manage; another city's counsellor is not found here), else the signed-in counsellor. None when a
    coordinator has not chosen a counsellor yet."""
    user: Any = request.user
    if raw:
        if not raw.isdigit():
            raise Http404
        counsellor = get_object_or_404(selectors.counsellors_of(city=city), pk=int(raw))
        if not permissions.can_manage_availability(user, counsellor, city):
            raise PermissionDenied
        return counsellor
    if permissions.is_counsellor_in(user, city):
        return user
    if permissions.can_manage_city_availability(user, city):
        return None
    raise PermissionDenied


def _availability_url(city: City, counsellor: Any, user: Any) -> str:
    url = reverse("careers:availability", kwargs={"city": city.slug})
    if counsellor is not None and counsellor.pk != user.pk:
        url += "?" + urlencode({"counsellor": counsellor.pk})
    return url


def _render_availability(
    request: HttpRequest,
    city: City,
    counsellor: Any,
    *,
    pattern_form: AvailabilityForm | None = None,
    exception_form: ExceptionForm | None = None,
    status: str = "",
) -> HttpResponse:
    user: Any = request.user
    can_choose = permissions.can_manage_city_availability(user, city)
    context: dict[str, Any] = {
        "city": city,
        "counsellor": counsellor,
        "is_self": counsellor is not None and counsellor.pk == user.pk,
        "can_choose": can_choose,
        "counsellors": list(selectors.counsellors_of(city=city).order_by("last_name", "first_name", "pk"))
        if can_choose
        else [],
        "is_counsellor": permissions.is_counsellor_in(user, city),
        "can_overview": permissions.can_view_overview(user, city),
        "can_manage_hours": can_choose,
        "status": status,
    }
    if counsellor is not None:
        page = selectors.availability_page(counsellor=counsellor, city=city)
        labels = dict(WEEKDAYS)
        for pattern in page.patterns:
            pattern.weekday_label = labels.get(pattern.weekday, "")  # type: ignore[attr-defined]
        context.update(
            page=page,
            self_url=_availability_url(city, counsellor, user),
            pattern_form=pattern_form
            or AvailabilityForm(
                auto_id="hours_%s", initial={"valid_from": timezone.localdate(), "slot_minutes": 45}
            ),
            exception_form=exception_form or ExceptionForm(auto_id="exception_%s"),
        )
    template = "careers/availability.html"
    if request.htmx and counsellor is not None:  # type: ignore[attr-defined]
        template += "#editor"
    return render(request, template, context)


def _after_change(request: HttpRequest, city: City, counsellor: Any, status: str) -> HttpResponse:
    """htmx gets the editor with the news in it; without JavaScript, post/redirect/get."""
    if request.htmx:  # type: ignore[attr-defined]
        return _render_availability(request, city, counsellor, status=status)
    messages.success(request, status)
    return redirect(_availability_url(city, counsellor, request.user))


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def availability(request: HttpRequest, city: City) -> HttpResponse:
    """A counsellor's weekly hours and exceptions, kept by the counsellor or a coordinator of the city
    (`?counsellor=`). htmx adds rows without reloading the page."""
    raw = request.POST.get("counsellor") if request.method == "POST" else request.GET.get("counsellor")
    counsellor = _hours_counsellor(request, city, raw)
    if request.method == "GET":
        return _render_availability(request, city, counsellor)
    if counsellor is None:
        raise Http404
    act = HOURS_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise Http404
    return act(request, city, counsellor)


def _add_pattern(request: HttpRequest, city: City, counsellor: Any) -> HttpResponse:
    form = AvailabilityForm(request.POST, auto_id="hours_%s")
    if form.is_valid():
        with refusal_as_form_error(form):
            counselling_services.availability_add(
                counsellor=counsellor, city=city, by=acting_user(request), **form.cleaned_data
            )
            return _after_change(request, city, counsellor, _("The weekly hours are added."))
    return _render_availability(request, city, counsellor, pattern_form=form)


def _add_exception(request: HttpRequest, city: City, counsellor: Any) -> HttpResponse:
    form = ExceptionForm(request.POST, auto_id="exception_%s")
    if form.is_valid():
        with refusal_as_form_error(form):
            counselling_services.availability_exception_add(
                counsellor=counsellor, city=city, by=acting_user(request), **form.cleaned_data
            )
            return _after_change(request, city, counsellor, _("The exception is added."))
    return _render_availability(request, city, counsellor, exception_form=form)


HOURS_ACTIONS: dict[str, Callable[[HttpRequest, City, Any], HttpResponse]] = {
    "pattern": _add_pattern,
    "exception": _add_exception,
}


def _end_hours(request: HttpRequest, pattern: Availability, today: dt.date) -> tuple[list[Any], str]:
    kept = selectors.bookings_in_hours(availability=pattern, after=today)
    counselling_services.availability_end(availability=pattern, by=acting_user(request), last_day=today)
    return list(kept), _("These weekly hours end today.")


def _delete_hours(request: HttpRequest, pattern: Availability, today: dt.date) -> tuple[list[Any], str]:
    kept = counselling_services.availability_delete(availability=pattern, by=acting_user(request))
    return list(kept), _("The weekly hours are deleted.")


REMOVE_HOURS_ACTIONS: dict[str, Callable[[HttpRequest, Availability, dt.date], tuple[list[Any], str]]] = {
    "end": _end_hours,
    "delete": _delete_hours,
}


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def availability_pattern_remove(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Confirm, then end (after today) or delete weekly hours. Sessions already booked in them stay
    booked, and the page names them before anything is removed."""
    user: Any = request.user
    pattern = get_object_or_404(Availability.objects.select_related("counsellor", "city"), pk=pk, city=city)
    if not permissions.can_manage_availability(user, pattern.counsellor, city):
        raise Http404
    today = timezone.localdate()
    if request.method == "POST":
        act = REMOVE_HOURS_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise Http404
        kept, status = act(request, pattern, today)
        if kept:
            status += " " + _kept_warning(len(kept))
        return _after_change(request, city, pattern.counsellor, status)
    pattern.weekday_label = dict(WEEKDAYS).get(pattern.weekday, "")  # type: ignore[attr-defined]
    context = {
        "city": city,
        "pattern": pattern,
        "counsellor": pattern.counsellor,
        "back_url": _availability_url(city, pattern.counsellor, user),
        "if_deleted": selectors.bookings_in_hours(availability=pattern),
        "can_end": pattern.valid_to is None or pattern.valid_to > today,
    }
    template = "careers/availability_remove.html"
    if request.htmx:  # type: ignore[attr-defined]
        template += "#confirm"
    return render(request, template, context)


def _kept_warning(count: int) -> str:
    return ngettext(
        "%(n)s booked session stays booked outside the hours offered: move or cancel it if the "
        "counsellor cannot hold it.",
        "%(n)s booked sessions stay booked outside the hours offered: move or cancel them if the "
        "counsellor cannot hold them.",
        count,
    ) % {"n": count}


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def availability_exception_remove(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Confirm, then delete an exception: its time is offered again."""
    user: Any = request.user
    exception = get_object_or_404(AvailabilityException.objects.select_related("counsellor"), pk=pk)
    if not permissions.can_manage_availability(user, exception.counsellor, city):
        raise Http404
    if request.method == "POST":
        counselling_services.availability_exception_delete(exception=exception, city=city, by=user)
        return _after_change(
            request, city, exception.counsellor, _("The exception is deleted: the time is offered again.")
        )
    context = {
        "city": city,
        "exception": exception,
        "counsellor": exception.counsellor,
        "back_url": _availability_url(city, exception.counsellor, user),
    }
    template = "careers/availability_exception_remove.html"
    if request.htmx:  # type: ignore[attr-defined]
        template += "#confirm"
    return render(request, template, context)


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
        request,
        "careers/overview.html",
        {
            "city": city,
            "form": form,
            "rows": rows,
            "totals": totals,
            "can_manage_hours": permissions.can_manage_city_availability(request.user, city),
        },
    )


# --- Group activities -----------------------------------------------------------------------------


@cache_public_page(depends_on=(SITE_GENERATION, home.GENERATION), timeout=120)
@with_city
def activities(request: HttpRequest, city: City) -> HttpResponse:
    """The city's upcoming activities, public; registering asks for sign-in on the activity's page.
    Anonymous visitors share the page until an activity or a registration changes or one ends."""
    rows = list(selectors.activities_upcoming(city=city))
    for row in rows:
        pagecache.changes_at(row.ends_at)
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
            "can_manage_hours": permissions.can_manage_city_availability(request.user, city),
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
            activity = activity_services.activity_create(
                city=city, by=acting_user(request), **form.cleaned_data
            )
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
                activity=activity, by=acting_user(request), capacity=form.cleaned_data["capacity"]
            )
        except services.CareersError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The number of places is changed."))
    else:
        messages.error(request, _("Enter a number of places of at least 1."))
    return redirect("careers:attendance", city=city.slug, pk=activity.pk)


def _register(
    request: HttpRequest, activity: Activity, youth: Person, registration: Registration | None
) -> None:
    created = activity_services.registration_create(activity=activity, youth=youth, by=acting_user(request))
    if created.status == RegistrationStatus.REGISTERED:
        messages.success(request, _("You have a place."))
    else:
        messages.success(request, _("The activity is full: you are on the waiting list."))


def _cancel_registration(
    request: HttpRequest, activity: Activity, youth: Person, registration: Registration | None
) -> None:
    if registration is None:
        raise Http404
    activity_services.registration_cancel(registration=registration, by=acting_user(request))
    messages.success(request, _("Your registration is cancelled."))


REGISTRATION_ACTIONS: dict[str, Callable[[HttpRequest, Activity, Person, Registration | None], None]] = {
    "register": _register,
    "cancel": _cancel_registration,
}


@with_city
@require_http_methods(["GET", "POST"])
def activity_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Public; registering (a POST) asks a visitor to sign in and brings them back here."""
    if request.method == "POST" and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
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
        act = REGISTRATION_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise Http404
        with refusal_as_message(request):
            act(request, activity, youth, registration)
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
        registration = get_object_or_404(
            Registration, pk=id_param(request.POST.get("registration")), activity=activity
        )
        with refusal_as_message(request):
            activity_services.registration_mark_attended(registration=registration, by=acting_user(request))
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
