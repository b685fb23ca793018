"""Every public page in both languages, the health check, headers and the language switcher."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from microcity.core.tests.factories import OrganisationFactory, SchoolFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ["lv", "en"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "path",
    [
        "/{lang}/",
        "/{lang}/about/",
        "/{lang}/valmiera/",
        "/{lang}/ventspils/",
        "/{lang}/accounts/login/",
        "/{lang}/accounts/signup/",
        "/{lang}/accounts/password/reset/",
    ],
)
def test_public_pages_answer_in_both_languages(client, valmiera, ventspils, lang, path):
    response = client.get(path.format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert html.count("<h1") == 1, "one h1 per page"
    assert 'href="#main"' in html and '<main id="main"' in html


def test_home_lists_the_cities_and_the_city_page_its_partners(client, valmiera, ventspils):
    OrganisationFactory(city=valmiera, name="SIA Gaujas Piens", is_partner=True)
    SchoolFactory(city=valmiera, name="Valmieras Valsts ģimnāzija")
    OrganisationFactory(city=ventspils, name="SIA Ostas Serviss", is_partner=True)
    home = client.get("/en/").content.decode()
    assert "Valmiera" in home and "Ventspils" in home
    page = client.get("/lv/valmiera/").content.decode()
    assert "SIA Gaujas Piens" in page and "Valmieras Valsts ģimnāzija" in page
    assert "SIA Ostas Serviss" not in page
    assert "#8a1538" in page  # the city's own colour


def test_latvian_is_the_default_and_english_is_translated(client, valmiera):
    assert client.get("/", follow=False)["Location"].startswith("/lv/")
    assert "Izvēlieties pilsētu" in client.get("/lv/").content.decode()
    assert "Choose a city" in client.get("/en/").content.decode()


def test_language_switcher_keeps_the_page(client, valmiera):
    html = client.get("/lv/valmiera/").content.decode()
    assert 'href="/en/valmiera/"' in html
    html = client.get("/en/about/").content.decode()
    assert 'href="/lv/about/"' in html


def test_unknown_and_inactive_cities_are_404(client, valmiera):
    assert client.get("/lv/riga/").status_code == 404
    valmiera.is_active = False
    valmiera.save()
    assert client.get("/lv/valmiera/").status_code == 404


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["database"] in {"sqlite", "postgresql"}


def test_security_headers_and_csp_without_inline_scripts(client, valmiera):
    response = client.get("/lv/valmiera/")
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    html = response.content.decode()
    assert "<script>" not in html, "no inline script"
    for tag in ("https://cdn", "//cdn", "googleapis", "unpkg", "jsdelivr"):
        assert tag not in html, "no asset from the internet"


def test_forms_post_without_csrf_token_are_refused(valmiera):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/lv/accounts/login/", {"login": "a@b.lv", "password": "x"})
    assert response.status_code == 403


def test_numbers_and_dates_are_formatted_per_language():
    import datetime as dt
    from decimal import Decimal

    from django.template import Context, Template

    template = Template('{% load microcity %}{{ amount|money }} {{ day|date:"SHORT_DATE_FORMAT" }}')
    context = Context({"amount": Decimal("1234.5"), "day": dt.date(2026, 11, 26)})
    with translation.override("lv"):
        assert template.render(context) == "1\xa0234,50\xa0EUR 26.11.2026."
    with translation.override("en"):
        assert template.render(context) == "€1,234.50 26/11/2026"


def test_url_plan_names_resolve():
    with translation.override("en"):
        assert reverse("core:city", kwargs={"city": "valmiera"}) == "/en/valmiera/"
        assert reverse("accounts:start") == "/en/account/"
