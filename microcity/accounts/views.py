"""Signed-in pages: the start page for each role, one's own details and data, and role management."""

from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts import permissions, selectors, services
from microcity.accounts.forms import AccountDeleteForm, MembershipGrantForm
from microcity.accounts.models import STAFF_ROLES, GuardianLink, Membership
from microcity.core import exports, registry
from microcity.core.decorators import with_city
from microcity.core.forms import PersonForm
from microcity.core.http import client_address, safe_next
from microcity.core.models import City
from microcity.core.refusals import refusal_as_message
from microcity.core.services import PersonError, person_update


def one_sign_in(request: HttpRequest, *, default_next: str) -> HttpResponse:
    """Wagtail's (admin and private pages) and Django admin's sign-in pages lead to the one sign-in.

    Their own forms would check the password alone and without a limit on attempts; allauth's is
    throttled and asks for the second factor (decisions/0015).
    """
    target = safe_next(request) or default_next
    return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: target})}")


@login_required
def start(request: HttpRequest) -> HttpResponse:
    user = request.user
    by_city: dict[City, list[Membership]] = defaultdict(list)
    for membership in permissions.memberships(user):
        by_city[membership.city].append(membership)
    person = getattr(user, "person", None)
    # The links where this person is the guardian and where they are the youth, in one query.
    links, guardian_links = selectors.links_of(person=person) if person else ([], [])
    panels = []
    cities = sorted(by_city.items(), key=lambda item: item[0].name)
    roles_by_city = [(city, {m.role for m in memberships}) for city, memberships in cities]
    for city, memberships in cities:
        roles = {m.role for m in memberships}
        panels.append(
            {
                "city": city,
                "memberships": memberships,
                "is_staff": bool(roles & STAFF_ROLES),
                "people": permissions.can_view_people_directory(user, city),
                "roles": permissions.can_manage_memberships(user, city),
                "audit": permissions.can_view_audit_log(user, city),
                # What the programmes offer this user here: they register it in core.registry.
                "links": [
                    {"label": link.label, "url": link.url(city)}
                    for link in registry.start_page.links_for(user=user, city=city, roles=roles)
                ],
            }
        )
    # What waits for this person, first: the programmes register what they count (core.registry).
    attention = registry.attention.for_cities(user=user, roles_by_city=roles_by_city)
    return render(
        request,
        "accounts/start.html",
        {
            "panels": panels,
            "attention": attention,
            # Roles whose programme is still to come: what it will do, said plainly.
            "coming": registry.coming_programmes.for_roles(set().union(*(r for _c, r in roles_by_city))),
            "several_cities": len(panels) > 1,
            "person": person,
            "youth_links": links,
            "guardian_links": guardian_links,
            "back_office": permissions.can_access_back_office(user),
            "personal_links": registry.start_page.personal_links(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    person = services.person_for_user(user=request.user)  # type: ignore[arg-type]
    form = PersonForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        data = {field: form.cleaned_data[field] for field in form.fields}
        person.refresh_from_db()
        try:
            person_update(person=person, by=request.user, data=data, address=client_address(request))
        except PersonError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Your details are saved."))
            return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form, "person": person})


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    person = services.person_for_user(user=request.user)  # type: ignore[arg-type]
    return exports.download(
        services.person_export_json(person=person),
        filename="microcity-my-data.json",
        content_type=exports.JSON_CONTENT_TYPE,
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None, user=request.user)  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.account_delete(user=user)  # type: ignore[arg-type]
        messages.success(request, _("Your account is deleted and your personal data erased."))
        return redirect("core:home")
    return render(request, "accounts/delete.html", {"form": form})


@login_required
@require_POST
def guardian_link_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(GuardianLink.objects.select_related("youth", "guardian"), pk=pk)
    services.guardian_link_revoke(link=link, by=request.user, address=client_address(request))
    messages.success(request, _("The guardian link is revoked."))
    return redirect(safe_next(request) or "accounts:start")


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def roles(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_manage_memberships(request.user, city):
        raise PermissionDenied
    form = MembershipGrantForm(request.POST or None, city=city)
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_grant(
                user=form.cleaned_data["email"],
                city=city,
                role=form.cleaned_data["role"],
                organisation=form.cleaned_data["organisation"],
                by=request.user,
            )
        except services.AccountsError as exc:
            form.add_error(None, _(str(exc)))  # noqa: INT001
        else:
            messages.success(request, _("The role is granted."))
            return redirect("staff:roles", city=city.slug)
    rows = selectors.memberships_in(city=city)
    query = request.GET.get("q", "").strip()
    if query:
        rows = rows.filter(user__email__icontains=query)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "accounts/roles.html", {"city": city, "form": form, "page": page, "q": query})


@login_required
@with_city
@require_POST
def role_revoke(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.select_related("city", "user"), pk=pk, city=city)
    with refusal_as_message(request):
        services.membership_revoke(membership=membership, by=request.user)
        messages.success(request, _("The role is removed."))
    return redirect("staff:roles", city=city.slug)
