"""The registry through which programmes contribute to the shared pages, and the import contracts that keep
core and accounts free of programme imports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from microcity.accounts.models import Role
from microcity.core import registry
from microcity.core.tests.factories import CityFactory, YouthFactory

ROOT = Path(__file__).resolve().parents[3]


def test_the_import_contracts_hold():
    """`make lint` runs the same check; here it runs with the tests, so a layer broken in a branch fails early."""
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is a dev dependency (pyproject, constraints.txt)"
    result = subprocess.run(  # noqa: S603 - our own console script, no user input
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.django_db
def test_every_programme_registers_its_contributions():
    assert set(registry.personal_data.export_sections(YouthFactory())) == {
        "relocation_cases",
        "job_alerts",
        "career_portfolio",
        "career_counselling",
        "career_activities",
        "summer_jobs",
        "summer_work",
        "summer_supervision",
        "accessibility_reports",
        "makerspace",
        "course_applications",
        "grant_applications",
    }
    assert [source.prefix for source in registry.search_sources.sections()] == [
        "talent.job",
        "talent.page",
        "library.material",
    ]
    assert [item.url_name for item in registry.staff_menu.items()] == [
        "impact:manage",
        "staff:people",
        "staff:roles",
        "staff:programmes",
        "staff:audit",
    ]
    assert registry.programmes.registered_keys() == [
        "talent",
        "careers",
        "summerjobs",
        "library",
        "courses",
        "grants",
        "makerspace",
        "investors",
    ]
    assert registry.programmes.for_namespace("careers").key == "careers"
    assert registry.programmes.for_namespace("staff") is None
    assert [link.url_name for link in registry.start_page.personal_links()] == ["talent:my_relocation"]


def test_city_home_cards_come_in_order_and_registering_again_replaces():
    cards = registry.HomeCards()
    cards.register("b", lambda city: [registry.CityHomeCard(url="/b/", title="B", summary="")], order=20)
    cards.register("a", lambda city: [registry.CityHomeCard(url="/a/", title="A", summary="")], order=10)
    cards.register("b", lambda city: [registry.CityHomeCard(url="/b2/", title="B", summary="")], order=20)
    assert [card.url for card in cards.for_city(object())] == ["/a/", "/b2/"]


def test_cards_and_open_now_of_a_programme_the_city_does_not_run_are_left_out():
    city = CityFactory.build(programmes="talent,library")
    assert city.runs("talent") and not city.runs("careers")
    asked: list[str] = []

    def provider(key: str) -> registry.CardProvider:
        def cards(city: object) -> list[registry.CityHomeCard]:
            asked.append(key)
            return [registry.CityHomeCard(url=f"/{key}/", title=key, summary="", programme=key)]

        return cards

    home = registry.HomeCards()
    for order, key in enumerate(["talent", "careers", "summerjobs", "library"]):
        home.register(key, provider(key), order=order)
    assert [card.url for card in home.for_city(city)] == ["/talent/", "/library/"]
    assert asked == ["talent", "library"]  # a programme the city does not run is not even asked
    now = registry.OpenNow()
    now.register("careers", lambda city: [registry.OpenNowItem(title="x", detail="", url="/x/")], order=1)
    assert now.for_city(city) == []


def test_start_page_links_are_shown_by_their_predicate_in_order():
    page = registry.StartPage()
    for key, order, role in [
        ("late", 20, Role.YOUTH),
        ("early", 10, Role.YOUTH),
        ("staff", 15, Role.COUNSELLOR),
    ]:
        page.register_link(
            registry.StartPageLink(
                key=key,
                label=key,
                url=lambda city, key=key: f"/{city}/{key}/",
                shown=lambda user, city, roles, role=role: role in roles,
                order=order,
            )
        )
    links = page.links_for(user=None, city="riga", roles=[Role.YOUTH])
    assert [link.url("riga") for link in links] == ["/riga/early/", "/riga/late/"]
    assert [link.key for link in page.links_for(user=None, city="riga", roles=[])] == []


def test_personal_data_exports_every_section_and_erases_once_per_eraser():
    data = registry.PersonalData()
    erased: list[str] = []

    def eraser(person: str) -> None:
        erased.append(person)

    data.register("b", exporter=lambda person: [{"b": person}], eraser=eraser)
    data.register("a", exporter=lambda person: [{"a": person}], eraser=eraser)
    assert data.export_sections("p") == {"a": [{"a": "p"}], "b": [{"b": "p"}]}
    data.erase("p")
    assert erased == ["p"]


def test_search_sources_resolve_keys_per_source_and_skip_unknown_ones():
    sources = registry.SearchSources()
    calls: list[list[int]] = []

    def resolver(pks: list[int]) -> dict[int, registry.ResolvedHit]:
        calls.append(pks)
        return {pk: registry.ResolvedHit(title=f"t{pk}", url=f"/{pk}/", label="") for pk in pks if pk != 3}

    sources.register(registry.SearchSource(prefix="x.thing", kind="thing", resolver=resolver))
    found = sources.resolve(["x.thing:1", "x.thing:3", "y.other:2", "x.thing:bad"])
    assert calls == [[1, 3]]
    assert list(found) == ["x.thing:1"] and found["x.thing:1"].url == "/1/"
    assert sources.sections() == []  # no heading: not a section of the city search page


def test_verified_experience_reaches_every_recorder():
    recorders = registry.VerifiedExperienceRecorders()
    got: list[str] = []
    recorders.register("one", lambda experience: got.append(experience.source_key))
    recorders.record(registry.VerifiedExperience(person=None, title="t", source_key="k:1", source_label="l"))
    assert got == ["k:1"]


@pytest.mark.django_db
def test_the_city_home_shows_the_cards_programmes_register(client, monkeypatch):
    city = CityFactory(slug="cesis")
    cards = registry.HomeCards()
    cards.register(
        "test",
        lambda c: [
            registry.CityHomeCard(url=f"/lv/{c.slug}/test-card/", title="Testa karte", summary="Kopsavilkums")
        ],
        order=1,
    )
    monkeypatch.setattr(registry, "city_home_cards", cards)
    html = client.get("/lv/cesis/").content.decode()
    assert 'href="/lv/cesis/test-card/"' in html and "Testa karte" in html
    assert "/lv/materials/" not in html  # only what is registered is shown
    assert city.name_lv in html


@pytest.mark.django_db
def test_the_start_page_shows_the_links_programmes_register(user_with_role, client_for, monkeypatch):
    page = registry.StartPage()
    page.register_link(
        registry.StartPageLink(
            key="test.link",
            label="Testa saite",
            url=lambda city: f"/lv/{city.slug}/test-link/",
            shown=lambda user, city, roles: Role.TEACHER in roles,
            order=1,
        )
    )
    page.register_personal_link(
        registry.PersonalLink(key="test.me", label="Mana testa lapa", url_name="core:about", order=1)
    )
    monkeypatch.setattr(registry, "start_page", page)
    teacher = client_for(user_with_role(Role.TEACHER)).get("/lv/account/").content.decode()
    youth = client_for(user_with_role(Role.YOUTH)).get("/lv/account/").content.decode()
    assert 'href="/lv/valmiera/test-link/"' in teacher and "Testa saite" in teacher
    assert "test-link" not in youth
    assert 'href="/lv/about/">Mana testa lapa' in youth
    assert "/lv/account/relocation/" not in youth  # talent's link is not in this registry


def test_attention_items_come_most_urgent_first_and_each_key_once():
    attention = registry.Attention()

    def later(user, city, roles):
        return [
            registry.AttentionItem(key=f"info:{city}", label="i", url="/i/", urgency=registry.Urgency.INFO)
        ]

    def sooner(user, city, roles):
        if "coordinator" not in roles:
            return []
        return [
            registry.AttentionItem(key="shared", label="s", url="/s/", urgency=registry.Urgency.SOON),
            registry.AttentionItem(key=f"now:{city}", label="n", url="/n/", urgency=registry.Urgency.NOW),
        ]

    attention.register("later", later, order=1)
    attention.register("sooner", sooner, order=2)
    items = attention.for_cities(
        user=None, roles_by_city=[("a", {"coordinator"}), ("b", {"coordinator"}), ("c", {"youth"})]
    )
    assert [item.key for item in items] == ["now:a", "now:b", "shared", "info:a", "info:b", "info:c"]


def test_coming_programmes_are_told_to_their_roles_until_the_programme_takes_its_note_away():
    coming = registry.ComingProgrammes()
    coming.register(
        registry.ComingProgramme(key="grants", roles=frozenset({"grant_evaluator"}), title="G", summary="")
    )
    assert [p.key for p in coming.for_roles({"grant_evaluator", "youth"})] == ["grants"]
    assert coming.for_roles({"youth"}) == []
    coming.unregister("grants")
    assert coming.for_roles({"grant_evaluator"}) == []
    # The real registry tells the three roles whose programmes are still to come.
    told = {
        p.key
        for role in (Role.GRANT_EVALUATOR, Role.MAKERSPACE_INSTRUCTOR, Role.INVESTMENT_MANAGER)
        for p in registry.coming_programmes.for_roles({role})
    }
    assert told == set()  # every programme whose roles came first is built
