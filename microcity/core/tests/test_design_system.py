"""The design system: the styleguide page (who may see it, every component on it, in both languages), the
section menus and folding filters on real pages, the status colours, the illustrations, the manifest."""

from __future__ import annotations

import json

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.test import Client

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import UserFactory
from microcity.core.templatetags.components import STATUS_TONES, TONES, status_tone

pytestmark = pytest.mark.django_db

COMPONENT_MARKERS = [
    'data-component="page-header"',
    'data-component="card"',
    'data-component="data-table"',
    'data-component="definition-list"',
    'data-component="empty-state"',
    'data-component="status-badge"',
    'data-component="field"',
    'data-component="confirm"',
    'data-component="pagination"',
    'data-component="filters"',
    'data-component="section-nav"',
]


@pytest.fixture
def staff_client(db):
    client = Client()
    client.force_login(UserFactory(is_staff=True))
    return client


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_anonymous_visitors_do_not_find_the_styleguide(client, settings, lang):
    settings.DEBUG = False
    assert client.get(f"/{lang}/styleguide/").status_code == 404


def test_a_signed_in_person_without_the_staff_flag_does_not_find_it(user_with_role, client_for, settings):
    settings.DEBUG = False
    coordinator = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    assert coordinator.get("/en/styleguide/").status_code == 404
    assert coordinator.post("/en/styleguide/").status_code == 404


def test_anyone_sees_it_while_debug_is_on(client, settings):
    settings.DEBUG = True
    assert client.get("/en/styleguide/").status_code == 200


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ["Page header", "Cancel the session", "Page 2 of 6"]), ("lv", ["Lapas galvene", "2. lapa no 6"])],
)
def test_staff_see_every_component_in_the_current_language(staff_client, settings, lang, words):
    settings.DEBUG = False
    response = staff_client.get(f"/{lang}/styleguide/")
    assert response.status_code == 200
    html = response.content.decode()
    for marker in COMPONENT_MARKERS:
        assert marker in html, marker
    for word in words:
        assert word in html, word
    assert html.count("<h1") == 1
    # The sample field shows its help and its error, tied to the input.
    assert 'aria-describedby="id_email-help id_email-error"' in html
    assert 'id="error-summary"' in html


def test_the_confirmation_sample_posts_and_changes_nothing(staff_client):
    response = staff_client.post("/en/styleguide/", {"sample": "cancel"})
    assert response.status_code == 302 and response["Location"].endswith("/en/styleguide/#confirm")


def test_every_status_has_one_of_the_tones_and_unknown_ones_are_neutral():
    assert set(STATUS_TONES.values()) <= set(TONES)
    assert status_tone("approved") == "success"
    assert status_tone("Changes requested") == "warning"
    assert status_tone("cancelled") == "danger"
    assert status_tone("something-new") == "neutral"
    assert status_tone(None) == "neutral"


def test_status_badge_names_the_status_in_words():
    html = Template(
        '{% include "components/status_badge.html" with status="rejected" label="Noraidīts" %}'
    ).render(Context({}))
    assert "mc-badge--danger" in html and "Noraidīts" in html and 'data-status="rejected"' in html


def test_section_nav_marks_the_current_page_once_and_names_it_in_the_folded_menu():
    html = Template(
        '{% load components %}{% component "section_nav" label="Menu" %}'
        '{% navitem "a" "/a/" icon="star" %}First{% endnavitem %}{% navitem "b" "/b/" %}Second{% endnavitem %}'
        "{% endcomponent %}"
    ).render(Context({"active": "b"}))
    assert html.count('aria-current="page"') == 1
    assert '<a class="mc-section-nav__link is-current" href="/b/" aria-current="page">' in html
    assert '<span class="mc-section-nav__current">Second</span>' in html
    assert "<details" in html and "data-open-wide" in html and " open" not in html


def test_an_unknown_component_is_an_error():
    with pytest.raises(TemplateSyntaxError):
        Template('{% load components %}{% component "carousel" %}{% endcomponent %}').render(Context({}))


def test_data_table_puts_its_caption_first():
    html = Template(
        '{% load components %}{% component "data_table" caption="Places" %}<tbody><tr><td class="num">3</td></tr>'
        "</tbody>{% endcomponent %}"
    ).render(Context({}))
    assert html.index("<caption>Places</caption>") < html.index("<tbody>")


def test_city_illustrations_have_a_fallback():
    template = Template("{% load components %}{% city_illustration city %}|{% programme_illustration name %}")
    assert template.render(Context({"city": "valmiera", "name": "jobs"})).endswith(
        "img/illustrations/city-valmiera.svg|/static/img/illustrations/jobs.svg"
    )
    assert "city-city.svg" in template.render(Context({"city": "elsewhere", "name": "grants"}))
    assert "programme.svg" in template.render(Context({"city": "", "name": "grants"}))


@pytest.mark.parametrize(
    ("path", "lang"), [("/manifest.webmanifest", "lv"), ("/en/manifest.webmanifest", "en")]
)
def test_manifest(client, path, lang):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="lv")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["lang"] == lang and data["start_url"] == f"/{lang}/"
    assert data["short_name"] == "Microcity" and data["theme_color"].startswith("#")
    assert {icon["sizes"] for icon in data["icons"]} >= {"192x192", "512x512"}
    if lang == "lv":
        assert "mazā pilsētā" in data["name"]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_page_links_the_favicon_and_the_manifest(client, lang):
    html = client.get(f"/{lang}/about/").content.decode()
    assert 'rel="icon" href="/static/img/favicon.svg"' in html
    assert f'rel="manifest" href="/{lang}/manifest.webmanifest"' in html
    assert "vendor/bootstrap-icons/bootstrap-icons.min.css" in html


def test_jobs_list_shows_results_before_the_folded_filters(client, valmiera):
    html = client.get("/en/valmiera/jobs/").content.decode()
    assert html.index('id="results"') < html.index('data-component="filters"') < html.index('id="filters"')
    assert '<details class="mc-filters" id="job-filters" data-open-wide' in html


def test_materials_list_shows_results_before_the_folded_filters_and_the_section_menu(client, valmiera):
    html = client.get("/en/materials/").content.decode()
    assert html.index('data-component="section-nav"') < html.index('id="results"')
    assert html.index('id="results"') < html.index('data-component="filters"')
    assert "nav-pills" not in html
