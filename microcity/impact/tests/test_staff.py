"""Staff pages: only the city's programme coordinators and administrators (and superusers) reach targets,
ledger rows and frozen reports; every opening of rows is audited; hostile input is refused cleanly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import UserFactory
from microcity.core.models import AuditEvent, Indicator
from microcity.core.tests.factories import PersonFactory
from microcity.impact import services
from microcity.impact.models import FrozenReport, Target

pytestmark = pytest.mark.django_db
YOUTH = Indicator.YOUTH_SUPPORTED


def _url(name: str, lang: str = "en", **kwargs: Any) -> str:
    with translation.override(lang):
        return reverse(f"impact:{name}", kwargs=kwargs)


@pytest.fixture
def setting(record: Callable[..., Any], coordinator: Any, valmiera: Any, uia: Any) -> dict[str, Any]:
    person = PersonFactory(city=valmiera, first_name="Redzama", date_of_birth=dt.date(2003, 1, 1))
    row = record(person=person, on=dt.date(2019, 5, 5))
    for _ in range(5):
        record(on=dt.date(2019, 6, 6))
    report = services.report_freeze(
        city=valmiera, title="UIA", starts_on=uia.starts_on, ends_on=uia.ends_on, by=coordinator
    )
    return {"row": row, "report": report}


def _staff_urls(setting: dict[str, Any], lang: str = "en") -> list[str]:
    report = setting["report"]
    return [
        _url("manage", lang, city="valmiera"),
        _url("targets", lang, city="valmiera", period="uia"),
        _url("drill", lang, city="valmiera", indicator=YOUTH),
        _url("row", lang, city="valmiera", pk=setting["row"].pk),
        _url("freeze", lang, city="valmiera"),
        _url("report", lang, city="valmiera", pk=report.pk),
        _url("report_pdf", lang, city="valmiera", pk=report.pk),
        _url("report_xlsx", lang, city="valmiera", pk=report.pk),
    ]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_coordinator_reaches_every_staff_page(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any], lang: str
) -> None:
    client = client_for(coordinator)
    for url in _staff_urls(setting, lang):
        response = client.get(url)
        assert response.status_code == 200, url
    pdf = client.get(_url("report_pdf", lang, city="valmiera", pk=setting["report"].pk))
    assert pdf.content.startswith(b"%PDF")
    assert pdf["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "role", [Role.YOUTH, Role.COUNSELLOR, Role.RELOCATION_CONSULTANT, Role.CONTENT_EDITOR, Role.TEACHER]
)
def test_other_roles_are_refused(
    client_for: Callable[[Any], Client],
    user_with_role: Callable[..., Any],
    setting: dict[str, Any],
    role: str,
) -> None:
    client = client_for(user_with_role(role))
    for url in _staff_urls(setting):
        assert client.get(url).status_code == 403, url


def test_coordinator_of_another_city_is_refused(
    client_for: Callable[[Any], Client],
    user_with_role: Callable[..., Any],
    setting: dict[str, Any],
    ventspils: Any,
) -> None:
    client = client_for(user_with_role(Role.PROGRAMME_COORDINATOR, ventspils))
    for url in _staff_urls(setting):
        assert client.get(url).status_code == 403, url
    # Nor through its own city's address: a Valmiera row or report is not found under Ventspils.
    client.get(_url("manage", city="ventspils"))
    assert client.get(_url("row", city="ventspils", pk=setting["row"].pk)).status_code == 404
    assert client.get(_url("report", city="ventspils", pk=setting["report"].pk)).status_code == 404


def test_anonymous_is_sent_to_sign_in(client: Client, setting: dict[str, Any]) -> None:
    for url in _staff_urls(setting):
        response = client.get(url)
        assert response.status_code == 302 and "next=" in response["Location"], url


def test_opening_rows_is_audited(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any]
) -> None:
    client = client_for(coordinator)
    before = AuditEvent.objects.count()
    page = client.get(_url("drill", city="valmiera", indicator=YOUTH) + "?period=all").content.decode()
    assert "Redzama" in page and page.count("data-counted>") == 6
    client.get(_url("row", city="valmiera", pk=setting["row"].pk))
    events = list(AuditEvent.objects.order_by("pk")[before:])
    assert [e.action for e in events] == ["view", "view"]
    assert events[1].person_id == setting["row"].person_id


def test_drill_query_count_is_fixed(
    client_for: Callable[[Any], Client],
    coordinator: Any,
    setting: dict[str, Any],
    record: Callable[..., Any],
    django_assert_max_num_queries: Any,
) -> None:
    client = client_for(coordinator)
    url = _url("drill", city="valmiera", indicator=YOUTH) + "?period=all"
    client.get(url)
    with django_assert_max_num_queries(14):
        client.get(url)
    for _ in range(30):
        record(on=dt.date(2020, 1, 1))
    with django_assert_max_num_queries(14):
        client.get(url)


def test_targets_are_set_changed_and_removed(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any], valmiera: Any
) -> None:
    client = client_for(coordinator)
    url = _url("targets", city="valmiera", period="uia")
    response = client.post(url, {YOUTH: "250", Indicator.SPECIALIST_ATTRACTED: "50"})
    assert response.status_code == 302
    assert {t.indicator: t.value for t in Target.objects.filter(city=valmiera)} == {
        YOUTH: 250,
        Indicator.SPECIALIST_ATTRACTED: 50,
    }
    client.post(url, {YOUTH: "300"})
    assert {t.indicator: t.value for t in Target.objects.filter(city=valmiera)} == {YOUTH: 300}
    assert Target.objects.filter(city__isnull=True).count() == 0


@pytest.mark.parametrize(
    "value", ["-1", "1000001", "=1+1", "1e9", "<script>", "x" * 100_000, "99999999999999999999"]
)
def test_hostile_targets_are_refused(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any], value: str
) -> None:
    response = client_for(coordinator).post(_url("targets", city="valmiera", period="uia"), {YOUTH: value})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert not Target.objects.exists()


def test_control_characters_are_dropped_from_a_target(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any]
) -> None:
    response = client_for(coordinator).post(_url("targets", city="valmiera", period="uia"), {YOUTH: "1\x002"})
    assert response.status_code == 302
    assert Target.objects.get().value == 12


def test_overall_targets_are_the_platform_administrators(coordinator: Any, uia: Any) -> None:
    from microcity.core.workflow import NotAllowed

    with pytest.raises(NotAllowed):
        services.target_set(period=uia, city=None, indicator=YOUTH, value=5, by=coordinator)
    admin = UserFactory(is_superuser=True, is_staff=True)
    services.target_set(period=uia, city=None, indicator=YOUTH, value=5, by=admin)
    assert Target.objects.get(city__isnull=True).value == 5


@pytest.mark.parametrize(
    "data",
    [
        {"title": "", "starts_on": "2019-01-01", "ends_on": "2019-12-31"},
        {"title": "x" * 100_000, "starts_on": "2019-01-01", "ends_on": "2019-12-31"},
        {"title": "A", "starts_on": "0001-01-01", "ends_on": "2019-12-31"},
        {"title": "A", "starts_on": "2019-01-01", "ends_on": "9999-12-31"},
        {"title": "A", "starts_on": "2019-12-31", "ends_on": "2019-01-01"},
        {"title": "A", "starts_on": "yesterday", "ends_on": "2019-01-01"},
    ],
)
def test_hostile_freeze_input_is_refused(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any], data: dict[str, str]
) -> None:
    before = FrozenReport.objects.count()
    response = client_for(coordinator).post(_url("freeze", city="valmiera"), data)
    assert response.status_code == 200
    assert FrozenReport.objects.count() == before


def test_freeze_through_the_page(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any]
) -> None:
    response = client_for(coordinator).post(
        _url("freeze", city="valmiera"),
        {"title": '=HYPERLINK("x")', "starts_on": "2019-01-01", "ends_on": "2019-12-31"},
    )
    assert response.status_code == 302
    report = FrozenReport.objects.latest("pk")
    assert report.figures[YOUTH]["total"] == 6
    xlsx = client_for(coordinator).get(_url("report_xlsx", city="valmiera", pk=report.pk))
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(xlsx.content)).active
    assert sheet is not None
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_latvian_pages_show_no_english_interface_text(
    client_for: Callable[[Any], Client], coordinator: Any, setting: dict[str, Any], client: Client
) -> None:
    from microcity.tests.test_latvian_pages import english_interface_words

    public = [
        _url("results", "lv") + "?period=all",
        _url("city_results", "lv", city="valmiera") + "?period=all",
        _url("methodology", "lv"),
        _url("open_data", "lv", city="valmiera"),
    ]
    staff = [u for u in _staff_urls(setting, "lv") if not u.endswith((".pdf", ".xlsx"))]
    problems = []
    for c, urls in ((client, public), (client_for(coordinator), staff)):
        for url in urls:
            response = c.get(url)
            assert response.status_code == 200, url
            problems += [f"{url}: {p}" for p in english_interface_words(response.content.decode())]
    assert problems == []


def test_drill_down_counts_what_the_public_page_shows(
    client_for: Callable[[Any], Client],
    coordinator: Any,
    setting: dict[str, Any],
    record: Callable[..., Any],
    client: Client,
) -> None:
    import re

    person = setting["row"].person
    record(person=person, on=dt.date(2020, 2, 2))  # the same youth again: a row, not a second count
    public = client.get(_url("city_results", city="valmiera") + "?period=uia").content.decode()
    section = public.split('data-indicator="youth_supported"')[1].split("</section>")[0]
    total = re.search(r"data-total>\s*(\d+)", section)
    assert total is not None
    drill = client_for(coordinator).get(_url("drill", city="valmiera", indicator=YOUTH) + "?period=uia")
    page = drill.content.decode()
    assert page.count("data-counted>") == int(total.group(1)) == 6
    assert page.count("data-row=") == 7
