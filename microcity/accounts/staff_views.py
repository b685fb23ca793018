"""Staff pages of a city: the people directory (audited) and the audit log."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from microcity.accounts import permissions
from microcity.accounts import services as account_services
from microcity.accounts.forms import GUARDIAN_CONSENT_TEXT, GuardianLinkForm
from microcity.accounts.http import acting_user
from microcity.accounts.selectors import audit_events_visible_to, guardian_links_of, people_visible_to
from microcity.core import selectors
from microcity.core.birth_dates import birth_date_locked
from microcity.core.decorators import with_city
from microcity.core.forms import BirthDateCorrectionForm, CityProgrammesForm, PeopleSearchForm, PersonForm
from microcity.core.http import client_address
from microcity.core.models import AuditAction, City, Person
from microcity.core.refusals import refusal_as_message
from microcity.core.services import PersonError, PersonNotAllowed, audit_log, person_update

PAGE_SIZE = 25


@login_required
@with_city
def people(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_view_people_directory(request.user, city):
        raise PermissionDenied
    form = PeopleSearchForm(request.GET or None)
    rows = people_visible_to(user=request.user, city=city)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    if query:
        rows = selectors.people_search(queryset=rows, query=query)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"city": city, "form": form, "page": page, "q": query}
    template = "core/staff/people.html#results" if request.htmx else "core/staff/people.html"  # type: ignore[attr-defined]
    return render(request, template, context)


def _visible_person(request: HttpRequest, city: City, pk: int) -> Person:
    person = get_object_or_404(people_visible_to(user=request.user, city=city), pk=pk)
    if not permissions.can_view_person(request.user, person):
        raise PermissionDenied
    return person


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def person_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    if not permissions.can_view_people_directory(request.user, city):
        raise PermissionDenied
    person = _visible_person(request, city, pk)
    guardians = people_visible_to(user=request.user, city=city).filter(date_of_birth__lte=_adult_born_by())
    can_link = permissions.can_record_guardian_consent(request.user, person)
    form = GuardianLinkForm(request.POST or None, youth=person, guardians=guardians) if can_link else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            day = form.cleaned_data["consent_given_on"]
            try:
                account_services.guardian_link_create(
                    guardian=form.cleaned_data["guardian"],
                    youth=person,
                    relationship=form.cleaned_data["relationship"],
                    consent_text=str(GUARDIAN_CONSENT_TEXT),
                    consent_given_at=timezone.make_aware(dt.datetime.combine(day, dt.time(12))),
                    by=request.user,
                    address=client_address(request),
                )
            except account_services.AccountsError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("The guardian's consent is recorded."))
                return redirect("staff:person", city=city.slug, pk=person.pk)
    else:
        audit_log(actor=request.user, action=AuditAction.VIEW, obj=person, address=client_address(request))
    return render(
        request,
        "core/staff/person_detail.html",
        {
            "city": city,
            "person": person,
            "guardian_links": guardian_links_of(person=person),
            "can_change": permissions.can_change_person(request.user, person),
            "birth_date_locked": birth_date_locked(person),
            "can_correct_birth_date": permissions.can_correct_birth_date(request.user, person),
            "form": form,
            "consent_text": GUARDIAN_CONSENT_TEXT,
        },
    )


def _adult_born_by() -> dt.date:
    return selectors.years_before(timezone.localdate(), 18)


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    person = _visible_person(request, city, pk)
    if not permissions.can_change_person(request.user, person):
        raise PermissionDenied
    form = PersonForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        data = {field: form.cleaned_data[field] for field in form.fields}
        fresh = Person.objects.get(pk=person.pk)
        try:
            person_update(person=fresh, by=request.user, data=data, address=client_address(request))
        except PersonError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The record is saved."))
            return redirect("staff:person", city=city.slug, pk=person.pk)
    if request.method == "GET":
        audit_log(actor=request.user, action=AuditAction.VIEW, obj=person, address=client_address(request))
    return render(request, "core/staff/person_edit.html", {"city": city, "person": person, "form": form})


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def person_birth_date(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """A coordinator of the person's city corrects a date of birth that programmes rely on, with a reason."""
    person = _visible_person(request, city, pk)
    if not permissions.can_correct_birth_date(request.user, person):
        raise PermissionDenied
    form = BirthDateCorrectionForm(request.POST or None, initial={"date_of_birth": person.date_of_birth})
    if request.method == "POST" and form.is_valid():
        try:
            account_services.person_birth_date_correct(
                person=person,
                by=request.user,
                date_of_birth=form.cleaned_data["date_of_birth"],
                reason=form.cleaned_data["reason"],
                address=client_address(request),
            )
        except PersonNotAllowed as exc:
            raise PermissionDenied from exc
        except PersonError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The date of birth is corrected and the reason recorded."))
            return redirect("staff:person", city=city.slug, pk=person.pk)
    if request.method == "GET":
        audit_log(actor=request.user, action=AuditAction.VIEW, obj=person, address=client_address(request))
    return render(
        request,
        "core/staff/person_birth_date.html",
        {"city": city, "person": person, "form": form, "locked": birth_date_locked(person)},
    )


@login_required
@with_city
def audit(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_view_audit_log(request.user, city):
        raise PermissionDenied
    rows = audit_events_visible_to(user=request.user, city=city)
    action = request.GET.get("action", "")
    if action in AuditAction.values:
        rows = rows.filter(action=action)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "core/staff/audit.html",
        {"city": city, "page": page, "actions": AuditAction.choices, "action": action},
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def city_programmes(request: HttpRequest, city: City) -> HttpResponse:
    """The city's administrator switches its programmes on and off."""
    if not permissions.can_change_city_settings(request.user, city):
        raise PermissionDenied
    form = CityProgrammesForm(request.POST or None, initial={"programmes": sorted(city.programme_keys)})
    if request.method == "POST" and form.is_valid():
        with refusal_as_message(request):
            account_services.city_programmes_set(
                city=city, keys=form.cleaned_data["programmes"], by=acting_user(request)
            )
            messages.success(request, _("The city's programmes are saved."))
        return redirect("staff:programmes", city=city.slug)
    return render(request, "core/staff/programmes.html", {"city": city, "form": form})
