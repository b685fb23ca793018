"""Pages of retraining courses: the public catalogue and course page, applying and answering an offer,
the coordinators' ranked applications, selection, attendance register, completion and outcomes, the
funder's export and the certificate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from microcity.accounts.http import acting_user
from microcity.core import exports
from microcity.core.certificates import certificate_pdf
from microcity.core.decorators import with_city
from microcity.core.http import client_address, id_param
from microcity.core.models import AuditAction, City
from microcity.core.refusals import refusal_as_form_error, refusal_as_message
from microcity.core.services import audit_log
from microcity.courses import exports as course_exports
from microcity.courses import follow_ups, permissions, selectors, services
from microcity.courses.forms import (
    ApplicationForm,
    CatalogueForm,
    CheckInForm,
    CourseForm,
    DropOutForm,
    FollowUpForm,
    OutcomeForm,
    ScoreForm,
    SessionForm,
)
from microcity.courses.models import Application, ApplicationStatus, Course, Session

S = ApplicationStatus
PER_PAGE = 50


def _person(request: HttpRequest) -> Any:
    return getattr(request.user, "person", None) if request.user.is_authenticated else None


def _course(request: HttpRequest, city: City, pk: int) -> Course:
    try:
        return selectors.course_detail(city=city, pk=pk, user=request.user)
    except Course.DoesNotExist as exc:
        raise Http404 from exc


def _staff_course(request: HttpRequest, city: City, pk: int, *, trainers: bool = False) -> Course:
    course = get_object_or_404(
        Course.objects.select_related("city", "provider", "occupation"), pk=pk, city=city
    )
    allowed = (
        permissions.can_view_participants(request.user, course)
        if trainers
        else permissions.can_manage_course(request.user, course)
    )
    if not allowed:
        raise PermissionDenied
    return course


# --- Public ---------------------------------------------------------------------------------------------


@with_city
@require_GET
def catalogue(request: HttpRequest, city: City) -> HttpResponse:
    form = CatalogueForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    courses = list(
        selectors.courses_public(
            city=city,
            query=filters.get("q", ""),
            audience=filters.get("audience", ""),
            open_only=bool(filters.get("open")),
        )[:100]
    )
    now = timezone.now()
    for course in courses:
        course.open_now = course.is_open_at(now)  # type: ignore[attr-defined]
    return render(
        request,
        "courses/catalogue.html",
        {
            "city": city,
            "form": form,
            "courses": courses,
            "can_manage": permissions.can_manage_courses(request.user, city),
        },
    )


class CoursesFeed(exports.AtomFeedView):
    """The city's courses open for applications, as Atom (RFC 4287, core.exports.AtomFeedView): the city is
    the author, each entry's id a tag URI that stays when the course is edited, and readers that ask again
    get 304 while nothing has changed."""

    def get_object(self, request: HttpRequest, city: str) -> City:  # type: ignore[override]
        return get_object_or_404(City, slug=city, is_active=True)

    def title(self, obj: City) -> str:
        return _("Retraining courses in %(city)s") % {"city": obj.name}

    def link(self, obj: City) -> str:
        return reverse("courses:catalogue", kwargs={"city": obj.slug})

    def description(self, obj: City) -> str:
        return _("Courses open for applications.")

    def author_name(self, obj: City) -> str:
        return _("%(site)s, %(city)s") % {"site": settings.WAGTAIL_SITE_NAME, "city": obj.name}

    def feed_guid(self, obj: City) -> str:
        return exports.tag_uri("courses-feed", obj.pk, dt.date(2024, 1, 1))

    def feed_updated(self, obj: City) -> dt.datetime | None:
        # Any change to a course of the city, closing one included, so that a reader is never told
        # "not modified" after a course has left the feed.
        return selectors.courses_changed_at(city=obj)

    def items(self, obj: City) -> list[Course]:
        return list(selectors.courses_public(city=obj, open_only=True)[:50])

    def item_title(self, item: Course) -> str:
        return item.title

    def item_description(self, item: Course) -> str:
        return item.description

    def item_link(self, item: Course) -> str:
        return reverse("courses:course", kwargs={"city": item.city.slug, "pk": item.pk})

    def item_guid(self, item: Course) -> str:
        return exports.tag_uri("course", item.pk, item.created_at)

    def item_guid_is_permalink(self, item: Course) -> bool:
        return False

    def item_updateddate(self, item: Course) -> dt.datetime:
        return item.updated_at


def _accept(request: HttpRequest, application: Application) -> None:
    services.offer_accept(application=application, by=acting_user(request))
    messages.success(request, _("Your place is confirmed. See you at the first session."))


def _decline(request: HttpRequest, application: Application) -> None:
    services.offer_decline(application=application, by=acting_user(request))
    messages.success(request, _("You have declined the place; it goes to the next person waiting."))


def _withdraw(request: HttpRequest, application: Application) -> None:
    services.application_withdraw(application=application, by=acting_user(request))
    messages.success(request, _("Your application is withdrawn."))


APPLICANT_ACTIONS: dict[str, Callable[[HttpRequest, Application], None]] = {
    "accept": _accept,
    "decline": _decline,
    "withdraw": _withdraw,
}


@with_city
@require_http_methods(["GET", "POST"])
def course(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    if request.method == "POST" and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    item = _course(request, city, pk)
    person = _person(request)
    application = (
        Application.objects.filter(course=item, person=person)
        .select_related("person", "course__city")
        .first()
        if person is not None
        else None
    )
    if request.method == "POST":
        act = APPLICANT_ACTIONS.get(request.POST.get("action", ""))
        if act is None or application is None:
            raise Http404
        with refusal_as_message(request):
            act(request, application)
        return redirect("courses:course", city=city.slug, pk=item.pk)
    now = timezone.now()
    return render(
        request,
        "courses/course.html",
        {
            "city": city,
            "course": item,
            "application": application,
            "position": selectors.waiting_position(application) if application else None,
            "open": item.is_open_at(now),
            "reasons": services.eligibility_reasons(course=item, person=person) if person else [],
            "can_manage": permissions.can_manage_course(request.user, item),
            "can_view_participants": permissions.can_view_participants(request.user, item),
            "places_left": max(0, item.places - services.places_taken(item)),
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    item = _course(request, city, pk)
    person = _person(request)
    if person is None:
        messages.info(request, _("Fill in your details first: a course application needs them."))
        return redirect("accounts:profile")
    form = ApplicationForm(request.POST or None, course=item)
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            services.application_submit(
                course=item, person=person, by=acting_user(request), **form.cleaned_data
            )
            messages.success(request, _("Your application is received. We tell you the result by e-mail."))
            return redirect("courses:course", city=city.slug, pk=item.pk)
    return render(
        request,
        "courses/apply.html",
        {
            "city": city,
            "course": item,
            "form": form,
            "reasons": services.eligibility_reasons(course=item, person=person),
            "open": item.is_open_at(timezone.now()),
        },
    )


@login_required
@with_city
@require_GET
def mine(request: HttpRequest, city: City) -> HttpResponse:
    return render(
        request,
        "courses/mine.html",
        {"city": city, "applications": list(selectors.applications_of(user=request.user, city=city))},
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def check_in(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    item = _course(request, city, pk)
    person = _person(request)
    now = timezone.now()
    session = Session.objects.filter(
        course=item, starts_at__lte=now + dt.timedelta(minutes=30), ends_at__gte=now
    ).first()
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if session is None or person is None:
            form.add_error(None, _("No session of this course is running now."))
        else:
            with refusal_as_form_error(form):
                services.attendance_check_in(
                    session=session, person=person, code=form.cleaned_data["code"], by=acting_user(request)
                )
                messages.success(request, _("You are checked in. Thank you."))
                return redirect("courses:course", city=city.slug, pk=item.pk)
    return render(
        request, "courses/check_in.html", {"city": city, "course": item, "form": form, "session": session}
    )


@login_required
@with_city
@require_GET
def certificate(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    application = get_object_or_404(
        Application.objects.select_related(
            "course__city", "course__provider", "course__occupation", "person"
        ),
        pk=pk,
        course__city=city,
        status=S.COMPLETED,
    )
    if not permissions.can_view_application(request.user, application):
        raise Http404
    language = request.LANGUAGE_CODE if request.LANGUAGE_CODE in {"lv", "en"} else "lv"
    pdf = certificate_pdf(course_exports.certificate_data(application, language=language), language=language)
    return exports.download(
        pdf, filename=f"certificate-{application.certificate_number}.pdf", content_type="application/pdf"
    )


# --- Coordinators and trainers --------------------------------------------------------------------------


@login_required
@with_city
@require_GET
def manage(request: HttpRequest, city: City) -> HttpResponse:
    courses = list(selectors.courses_for_staff(city=city, user=request.user))
    can_manage = permissions.can_manage_courses(request.user, city)
    if not courses and not can_manage:
        raise PermissionDenied
    return render(
        request,
        "courses/manage.html",
        {
            "city": city,
            "courses": courses,
            "can_manage": can_manage,
            "providers": selectors.funnels_by_provider(courses=courses) if can_manage else [],
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def course_new(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_manage_courses(request.user, city):
        raise PermissionDenied
    form = CourseForm(request.POST or None, city=city)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        with refusal_as_form_error(form):
            created = services.course_create(city=city, by=acting_user(request), **data)
            messages.success(request, _("The course is saved as a draft."))
            return redirect("courses:applications", city=city.slug, pk=created.pk)
    return render(request, "courses/course_new.html", {"city": city, "form": form})


def _open(request: HttpRequest, course: Course) -> None:
    services.course_open(course=course, by=acting_user(request))
    messages.success(request, _("The course is open for applications."))


def _select(request: HttpRequest, course: Course) -> None:
    result = services.course_select(course=course, by=acting_user(request))
    messages.success(
        request,
        _("Selection made: %(offered)s offered a place, %(waitlisted)s on the waiting list.") % result,
    )


def _score(request: HttpRequest, course: Course) -> None:
    form = ScoreForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter a score from 0 to 100."))
        return
    application = get_object_or_404(Application, pk=form.cleaned_data["application"], course=course)
    services.application_score(
        application=application, score=form.cleaned_data["score"], by=acting_user(request)
    )
    messages.success(request, _("The score is saved."))


def _offer(request: HttpRequest, course: Course) -> None:
    application = get_object_or_404(
        Application.objects.select_related("person", "course__city"),
        pk=id_param(request.POST.get("application")),
        course=course,
    )
    services.application_offer(application=application, by=acting_user(request))
    messages.success(request, _("The place is offered."))


COURSE_ACTIONS: dict[str, Callable[[HttpRequest, Course], None]] = {
    "open": _open,
    "select": _select,
    "score": _score,
    "offer": _offer,
}


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def applications(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    item = _staff_course(request, city, pk)
    if request.method == "POST":
        act = COURSE_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise Http404
        with refusal_as_message(request):
            act(request, item)
        return redirect("courses:applications", city=city.slug, pk=item.pk)
    status = request.GET.get("status", "")
    group = request.GET.get("group", "")
    page = Paginator(
        selectors.applications_ranked(course=item, status=status, group=group[:3]), PER_PAGE
    ).get_page(request.GET.get("page", "1")[:6])
    rows = list(page.object_list)
    audit_log(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=item,
        city=city,
        address=client_address(request),
        details={"page": "applications"},
    )
    rules = list(item.priority_rules.all())
    return render(
        request,
        "courses/applications.html",
        {
            "city": city,
            "course": item,
            "applications": rows,
            "page": page,
            "rules": rules,
            "statuses": S.choices,
            "status": status,
            "group": group,
            "closed": timezone.now() >= item.applications_close_at,
            "places_left": max(0, item.places - services.places_taken(item)),
            "funnel": selectors.funnel(courses=[item]),
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def session_register(request: HttpRequest, city: City, pk: int, session_pk: int) -> HttpResponse:
    item = _staff_course(request, city, pk, trainers=True)
    session = get_object_or_404(Session, pk=session_pk, course=item)
    session.course = item
    if request.method == "POST":
        present = [id_param(value) for value in request.POST.getlist("present")[:1000]]
        with refusal_as_message(request):
            count = services.attendance_record(session=session, present=present, by=acting_user(request))
            messages.success(request, _("Attendance is saved: %(n)s present.") % {"n": count})
        return redirect("courses:session", city=city.slug, pk=item.pk, session_pk=session.pk)
    return render(
        request,
        "courses/session.html",
        {"city": city, "course": item, "session": session, "register": selectors.register(session=session)},
    )


def _assess(request: HttpRequest, course: Course) -> None:
    application = get_object_or_404(Application, pk=id_param(request.POST.get("application")), course=course)
    passed = request.POST.get("passed") == "yes"
    services.participant_assess(application=application, passed=passed, by=acting_user(request))
    messages.success(request, _("The assessment result is saved."))


def _drop_out(request: HttpRequest, course: Course) -> None:
    form = DropOutForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason for dropping out."))
        return
    application = get_object_or_404(
        Application.objects.select_related("person", "course__city"),
        pk=form.cleaned_data["application"],
        course=course,
    )
    services.participant_drop_out(
        application=application, reason=form.cleaned_data["reason"], by=acting_user(request)
    )
    messages.success(request, _("The drop-out is recorded."))


def _finish(request: HttpRequest, course: Course) -> None:
    result = services.course_finish(course=course, by=acting_user(request))
    messages.success(
        request, _("The course is finished: %(completed)s completed, %(not_completed)s did not.") % result
    )


def _session_add(request: HttpRequest, course: Course) -> None:
    form = SessionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the session's start and end as date and time."))
        return
    services.session_add(course=course, by=acting_user(request), **form.cleaned_data)
    messages.success(request, _("The session is added."))


PARTICIPANT_ACTIONS: dict[str, Callable[[HttpRequest, Course], None]] = {
    "session_add": _session_add,
    "assess": _assess,
    "drop_out": _drop_out,
    "finish": _finish,
}


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def participants(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    item = _staff_course(request, city, pk, trainers=True)
    if request.method == "POST":
        if not permissions.can_manage_course(request.user, item):
            raise PermissionDenied
        act = PARTICIPANT_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise Http404
        with refusal_as_message(request):
            act(request, item)
        return redirect("courses:participants", city=city.slug, pk=item.pk)
    sessions = list(item.sessions.order_by("starts_at"))
    rows = selectors.participants(course=item)
    for row in rows:
        row.rate = round(100 * row.present / len(sessions)) if sessions else 0  # type: ignore[attr-defined]
    return render(
        request,
        "courses/participants.html",
        {
            "city": city,
            "course": item,
            "participants": rows,
            "sessions": sessions,
            "session_form": SessionForm(),
            "can_manage": permissions.can_manage_course(request.user, item),
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def outcomes(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    item = _staff_course(request, city, pk)
    form = OutcomeForm(request.POST or None, city=city)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        application = get_object_or_404(
            Application.objects.select_related("person", "course__city"),
            pk=data.pop("application"),
            course=item,
        )
        with refusal_as_form_error(form):
            services.job_outcome_record(application=application, by=acting_user(request), **data)
            messages.success(request, _("The outcome is recorded."))
            return redirect("courses:outcomes", city=city.slug, pk=item.pk)
    rows = [row for row in selectors.participants(course=item) if row.status == S.COMPLETED]
    return render(
        request,
        "courses/outcomes.html",
        {
            "city": city,
            "course": item,
            "participants": rows,
            "form": form,
            "funnel": selectors.funnel(courses=[item]),
        },
    )


@login_required
@with_city
@require_GET
def export(request: HttpRequest, city: City, pk: int, fmt: str) -> HttpResponse:
    if fmt not in {"csv", "xlsx"}:
        raise Http404
    item = _staff_course(request, city, pk)
    rows = course_exports.funder_table(item)
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=item,
        city=city,
        address=client_address(request),
        details={"format": fmt, "rows": len(rows) - 1},
    )
    name = f"course-{item.pk}-participants"
    if fmt == "xlsx":
        return exports.xlsx_response(
            exports.xlsx_bytes(title=_("Participants"), header=rows[0], rows=rows[1:], filters=True),
            filename=f"{name}.xlsx",
        )
    return exports.csv_response(rows, filename=f"{name}.csv")


@require_http_methods(["GET", "POST"])
def follow_up(request: HttpRequest, token: str) -> HttpResponse:
    """The participant's answer 6 or 12 months after the course, through the one-time link (no sign-in)."""
    token = token[:100]
    form = FollowUpForm(request.POST or None)
    context: dict[str, Any] = {"form": form, "done": False, "refusal": ""}
    try:
        item = follow_ups.follow_up_for(token)
    except services.CoursesError as error:
        context["refusal"] = str(error)
        return render(request, "courses/follow_up.html", context, status=410)
    context["course"] = item.application.course
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            follow_ups.follow_up_answer(token=token, **form.cleaned_data)
            context["done"] = True
    response = render(request, "courses/follow_up.html", context)
    response["Referrer-Policy"] = "no-referrer"
    return response
