"""The accessibility statement: the EU model's parts in both languages, from the data file, checked; linked
from every page's footer."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from microcity.accessibility.statement import LANGUAGES, REASONS, current_statement, read_raw, statement_from
from microcity.core.datafiles import DataFileError

pytestmark = pytest.mark.django_db

SECTIONS = ("status", "non-accessible", "prepared", "feedback", "enforcement")
HEADINGS = {
    "lv": (
        "Atbilstības statuss",
        "Nepiekļūstams saturs",
        "Šī paziņojuma sagatavošana",
        "Atsauksmes un kontaktinformācija",
        "Izpildes nodrošināšanas procedūra",
    ),
    "en": (
        "Compliance status",
        "Non-accessible content",
        "Preparation of this statement",
        "Feedback and contact information",
        "Enforcement procedure",
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_statement_has_every_part_of_the_eu_model(client, valmiera, lang):
    response = client.get(f"/{lang}/accessibility/")
    assert response.status_code == 200
    html = response.content.decode()
    for section in SECTIONS:
        assert f'data-section="{section}"' in html, section
    for heading in HEADINGS[lang]:
        assert heading in html, heading
    statement = current_statement(lang)
    assert (
        f'data-status-code="{statement.status}"' in html
        and f"<strong>{statement.status_label}</strong>" in html
    )
    assert "vraa.gov.lv" in html and "tiesibsargs.lv" in html  # the Latvian monitoring body, the Ombudsman
    assert f'href="/{lang}/accessibility/report/"' in html
    assert "2026" in html  # the preparation and review dates
    for barrier in statement.non_accessible:
        assert barrier.content.replace("'", "&#x27;") in html


@pytest.mark.parametrize(
    "path", ["/lv/", "/en/valmiera/", "/lv/valmiera/jobs/", "/en/materials/", "/lv/accounts/login/"]
)
def test_every_page_links_the_statement_and_the_barrier_report_in_its_footer(client, valmiera, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    footer = html[html.index('<footer class="site-footer') :]
    lang = path.split("/")[1]
    assert f'href="/{lang}/accessibility/"' in footer
    assert f'href="/{lang}/accessibility/report/?from=' in footer
    if "valmiera" in path:
        assert "city=valmiera" in footer


def test_the_data_file_is_valid_in_both_languages():
    raw = read_raw()
    for lang in LANGUAGES:
        statement = statement_from(raw, lang)
        assert statement.reviewed_on >= statement.prepared_on
        assert all(b.reason in REASONS for b in statement.non_accessible)
        assert statement.bodies and all(b.url.startswith("https://") for b in statement.bodies)
    # Partially compliant while anything is listed: the statement does not claim more than is true.
    assert raw["status"] != "fully" or not raw["non_accessible"]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda raw: raw.update(status="mostly"), "status"),
        (lambda raw: raw.update(status="fully"), "fully"),
        (lambda raw: raw["non_accessible"][0].update(reason="lazy"), "reason"),
        (lambda raw: raw["body"].pop("en"), "body"),
        (lambda raw: raw.update(prepared_on="last year"), "prepared_on"),
        (lambda raw: raw.update(reviewed_on=dt.date(2020, 1, 1)), "reviewed_on"),
        (lambda raw: raw.update(reply_within_days=0), "reply_within_days"),
        (lambda raw: raw["enforcement"]["bodies"][0].update(url="http://example.lv"), "https"),
        (lambda raw: raw.update(method="guess"), "method"),
    ],
)
def test_a_slip_in_the_data_file_names_what_is_wrong(change, complaint):
    raw = copy.deepcopy(read_raw())
    change(raw)
    with pytest.raises(DataFileError, match=complaint):
        statement_from(raw, "lv")


@pytest.mark.parametrize("path", ["/lv/accessibility/", "/lv/accessibility/report/?city=valmiera"])
def test_the_latvian_pages_show_no_english_interface_text(client, valmiera, path):
    from microcity.tests.test_latvian_pages import english_interface_words

    html = client.get(path).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert english_interface_words(main) == []
