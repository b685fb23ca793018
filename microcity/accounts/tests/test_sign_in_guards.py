"""Sign-in guards (decisions/0015): one sign-in form for every door, two-factor sign-in that a password alone
cannot skip, the same throttling everywhere, and a clear page instead of a redirect loop for roles that have
no place in the back offices."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.account.models import EmailAddress
from allauth.account.views import LoginView as AllauthLoginView
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib import admin
from django.contrib.auth.views import LoginView as DjangoLoginView
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import PASSWORD, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

STAFF_PAGES = [
    "/lv/account/",
    "/lv/account/my-data/",
    "/lv/staff/valmiera/people/",
    "/lv/valmiera/relocation/cases/",
    "/lv/valmiera/relocation/export.csv",
    "/lv/valmiera/relocation/export.xlsx",
    "/admin/",
    "/admin/pages/",
    "/django-admin/",
    "/django-admin/password_change/",
]
# Every sign-in form there is (or was): allauth's, Wagtail's and Django admin's.
SIGN_IN_FORMS = {
    "/lv/accounts/login/": "login",
    "/admin/login/": "username",
    "/django-admin/login/": "username",
    "/lv/pages/_util/login/": "username",
}


SIGN_IN_STEPS = {"/lv/accounts/login/", "/lv/accounts/2fa/authenticate/"}


def current_code(secret: str) -> str:
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def verified_user(**kwargs: Any) -> Any:
    user = UserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def staff_with_totp(valmiera: Any) -> tuple[Any, str]:
    """A superuser who is also Valmiera's city administrator, with an authenticator app."""
    user = verified_user(email="admin@valmiera.example.lv", is_superuser=True, is_staff=True)
    MembershipFactory(user=user, city=valmiera, role=Role.CITY_ADMINISTRATOR)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def assert_refused(client: Client) -> None:
    for page in STAFF_PAGES:
        response = client.get(page, follow=True)
        assert response.redirect_chain, page
        # The sign-in page, or its second step when a password was given in this session already.
        assert response.request["PATH_INFO"] in SIGN_IN_STEPS, (page, response.redirect_chain)
    assert not signed_in(client)


@pytest.mark.parametrize("form", SIGN_IN_FORMS)
def test_a_password_alone_reaches_no_staff_page_through_any_sign_in_form(form, staff_with_totp):
    user, _ = staff_with_totp
    client = Client()
    client.post(form, {SIGN_IN_FORMS[form]: user.email, "password": PASSWORD})
    assert_refused(client)


@pytest.mark.parametrize("require_staff_mfa", [False, True])
def test_a_session_that_skipped_the_second_factor_is_signed_out(require_staff_mfa, settings, staff_with_totp):
    """Whatever signed the session in without the code (here `force_login`), it is not trusted."""
    settings.MICROCITY_REQUIRE_STAFF_MFA = require_staff_mfa
    user, _ = staff_with_totp
    client = Client()
    client.force_login(user)
    response = client.get("/lv/valmiera/relocation/export.csv")
    assert response.status_code == 302
    assert response["Location"] == "/lv/accounts/login/?next=%2Flv%2Fvalmiera%2Frelocation%2Fexport.csv"
    assert not signed_in(client)
    assert_refused(client)


def test_with_the_code_every_staff_page_opens(staff_with_totp):
    user, secret = staff_with_totp
    client = Client()
    response = client.post("/lv/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302 and "/accounts/2fa/authenticate/" in response["Location"]
    assert not signed_in(client)
    response = client.post("/lv/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302 and signed_in(client)
    for page in STAFF_PAGES:
        assert client.get(page).status_code == 200, page


@pytest.mark.django_db(transaction=True)  # allauth records the new factor after its transaction commits
def test_switching_two_factor_on_keeps_the_session_that_did_it(valmiera):
    user = verified_user()
    MembershipFactory(user=user, city=valmiera, role=Role.PROGRAMME_COORDINATOR)
    client = Client()
    client.post("/lv/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert signed_in(client)
    client.post("/lv/accounts/reauthenticate/", {"password": PASSWORD})
    assert client.get("/lv/accounts/2fa/totp/activate/").status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post("/lv/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert user.authenticator_set.filter(type="totp").exists()
    assert client.get("/lv/staff/valmiera/people/").status_code == 200
    # A second browser that knows only the password is still stopped.
    other = Client()
    other.post("/lv/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert not signed_in(other)


@pytest.mark.parametrize("form", ["/admin/login/", "/django-admin/login/", "/lv/pages/_util/login/"])
def test_library_sign_in_pages_lead_to_the_one_sign_in(form, client):
    response = client.get(form + "?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/lv/accounts/login/?next=%2Fadmin%2Fpages%2F"
    outside = client.get(form + "?next=https://evil.example/")
    assert "evil" not in outside["Location"]


@pytest.mark.parametrize("form", SIGN_IN_FORMS)
def test_every_sign_in_form_is_throttled(form, valmiera):
    """12 wrong passwords, then the right one: refused through every door (a superuser without 2FA)."""
    user = verified_user(email="root@example.lv", is_superuser=True, is_staff=True)
    client = Client()
    field = SIGN_IN_FORMS[form]
    for n in range(12):
        client.post(form, {field: user.email, "password": f"wrong-{n}"})
    client.post(form, {field: user.email, "password": PASSWORD})
    assert not signed_in(client)
    assert client.get("/django-admin/").status_code == 302


def _login_patterns(resolver: URLResolver, prefix: str = "") -> list[tuple[str, Any]]:
    found = []
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += _login_patterns(pattern, route)
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            is_admin_login = getattr(pattern.callback, "__func__", None) is admin.AdminSite.login
            if is_admin_login or (view_class and issubclass(view_class, DjangoLoginView)):
                found.append((route, pattern.callback))
    return found


def test_no_password_form_is_reachable_but_allauths():
    """The guard for the whole kind: any library's own login view that is routed (today Wagtail's and
    Django admin's) must be shadowed by the redirect to the one sign-in."""
    shadowed = _login_patterns(get_resolver())
    assert len(shadowed) >= 2
    for route, callback in shadowed:
        path = "/" + route.replace("^", "").replace("$", "").replace("\\Z", "")
        match = resolve(path)
        assert match.func is not callback, path
        assert getattr(match.func, "view_class", None) is not AllauthLoginView
        assert match.func.__name__ == "one_sign_in", path


NOT_STAFF = [Role.YOUTH, Role.GUARDIAN, Role.EMPLOYER_REPRESENTATIVE, Role.WORK_SUPERVISOR, Role.TEACHER]


@pytest.mark.parametrize("role", NOT_STAFF)
def test_roles_without_a_back_office_get_a_page_not_a_redirect_loop(role, user_with_role, client_for):
    client = client_for(user_with_role(role))
    for page in ("/admin/", "/admin/pages/", "/django-admin/"):
        response = client.get(page)
        assert response.status_code == 403, page
        html = response.content.decode()
        assert "Šī Microcity daļa nav paredzēta jūsu lomai" in html
        assert 'href="/lv/account/"' in html
    # The back office speaks the language the person chose for their account.
    english = client_for(user_with_role(role, email=f"{role}-en@example.lv", preferred_language="en"))
    html = english.get("/admin/").content.decode()
    assert "This part of Microcity is not for your role" in html and 'href="/en/account/"' in html


def test_staff_reach_the_back_office_and_only_superusers_django_admin(user_with_role, client_for):
    editor = client_for(user_with_role(Role.CONTENT_EDITOR))
    assert editor.get("/admin/").status_code == 200
    response = editor.get("/django-admin/")
    assert response.status_code == 403 and 'data-not-for-role="django_admin"' in response.content.decode()
