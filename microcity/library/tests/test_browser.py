"""End-to-end in Chromium: a teacher submits, an editor publishes, anyone finds and downloads — in both languages."""

from __future__ import annotations

import pytest

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.library.documents import docx_bytes
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLES = {"lv": "Karjeras plānošana 9. klasē: izvēle pēc pamatskolas", "en": "Planning a career in grade 9"}
QUERIES = {"lv": "karjeras planosana 9 klasei", "en": "planning careers grade 9"}


def sign_in(page, base, lang, local):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", demo_email(local))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


def sign_out(page):
    page.context.clear_cookies()


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_submit_review_publish_find_download(page, live_server, demo, tmp_path, lang):
    base = live_server.url
    title = TITLES[lang]
    sign_in(page, base, lang, "skolotajs")
    page.goto(f"{base}/{lang}/materials/new/")
    assert_accessible(page, "submit form")
    page.locator("main form button[type=submit]").first.click()  # empty: errors, nothing saved
    assert page.locator("#error-summary").is_visible()
    assert_accessible(page, "submit form with errors")
    page.fill("#id_title", title)
    page.fill(
        "#id_summary",
        "Skolēni salīdzina vidusskolu un tehnikumu un izveido savu plānu."
        if lang == "lv"
        else "Pupils compare upper-secondary and vocational schools and make their own plan.",
    )
    page.select_option("#id_material_type", "lesson_plan")
    page.check("input[name=grade_bands][value='7-9']")
    page.check("input[name=skill_areas][value=planning]")
    page.fill("#id_authors", "Dace Vītola")
    page.select_option("#id_language", lang)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/manage/")
    assert_accessible(page, "manage page")
    worksheet = tmp_path / "darba-lapa.docx"
    worksheet.write_bytes(docx_bytes("Darba lapa", ["Mans plāns pēc 9. klases: tehnikums vai vidusskola."]))
    page.set_input_files("input[name=upload]", str(worksheet))
    page.locator("form:has(input[name=upload]) button[type=submit]").click()
    page.wait_for_url("**/manage/")
    assert page.get_by_text("darba-lapa.docx").count() >= 1
    page.locator("form:has(input[value=submit]) button").click()
    page.wait_for_url("**/manage/")
    sign_out(page)

    sign_in(page, base, lang, "redaktors")
    page.goto(f"{base}/{lang}/materials/review/")
    assert_accessible(page, "review queue")
    page.get_by_role("link", name=title).click()
    page.check("input[name=decision][value=publish]")
    page.locator("form:has(input[value=review]) button").click()
    page.wait_for_url("**/manage/")
    assert page.locator("[data-status=published]").count() == 1
    sign_out(page)

    page.goto(f"{base}/{lang}/materials/?q={QUERIES[lang].replace(' ', '+')}")
    assert_accessible(page, "search results")
    page.locator(".mc-results-layout__jump a").click()  # on a phone the filters are folded below the results
    page.check("input[name=grade][value='7-9']")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_url("**grade=7-9**")
    page.get_by_role("link", name=title).first.click()
    assert page.locator("h1").inner_text().strip() == title
    assert_accessible(page, "material page")
    with page.expect_download() as download_info:
        page.locator("a[download]").first.click()
    assert download_info.value.suggested_filename == "darba-lapa.docx"
