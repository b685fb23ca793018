"""Accessibility in a real browser (issue 24, docs/decisions/0027-accessibility.md):

- every page type a role reaches, crawled at 320 CSS px (400 % zoom), never scrolls sideways (tables scroll
  inside their own named box), has no heading that skips a level and no two regions with one name; axe
  runs on each (the `page` fixture audits every `goto`);
- after an htmx update focus never falls to the page's body, and a live region that existed before the
  update announces what changed; after a failed submit focus is on the error summary;
- the language switch follows the main menu in the tab order;
- the accessibility statement and the barrier report work in both languages.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from microcity.accounts.management.commands.seed_demo import demo_email
from microcity.tests.browser import (
    duplicate_region_names,
    focused,
    heading_skips,
    live_announcement,
    page_kind,
    sideways_overflow,
)
from microcity.tests.test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOT_FOLLOWED = re.compile(
    r"(/accounts/logout/|/admin/|/django-admin/|/documents/|/files/|/feed/|/my-data/|download|export|\.(csv|xlsx|pdf|ics|json|webmanifest)$)"
)
PAGES_PER_ROLE = 30
# (who signs in, where the crawl starts); None: an anonymous visitor.
ROLES = {
    "public": (None, ["/lv/", "/lv/valmiera/", "/lv/valmiera/jobs/", "/lv/valmiera/search/?q=programmētājs"]),
    "youth": ("jaunietis", ["/lv/account/", "/lv/portfolio/", "/lv/portfolio/interests/"]),
    "coordinator": ("koordinators", ["/lv/account/", "/lv/valmiera/summer-jobs/manage/"]),
    "counsellor": ("konsultants", ["/lv/account/", "/lv/valmiera/counselling/availability/"]),
    "editor": ("redaktors", ["/lv/account/", "/lv/valmiera/accessibility/reports/"]),
}


def crawl_at_320(page, base, starts):
    """Breadth first over the links in <main>, one page per page type, up to PAGES_PER_ROLE."""
    queue, seen, problems = [base + s for s in starts], set(), []
    kinds = 0
    while queue and kinds < PAGES_PER_ROLE:
        url = queue.pop(0)
        kind = page_kind(url)
        if kind in seen:
            continue
        seen.add(kind)
        response = page.goto(url)
        if (
            response is None
            or response.status != 200
            or "text/html" not in (response.headers.get("content-type") or "")
        ):
            continue
        kinds += 1
        overflow = sideways_overflow(page)
        if overflow > 0:
            problems.append(f"{urlparse(url).path} scrolls sideways by {overflow}px")
        problems += [f"{urlparse(url).path}: heading {s}" for s in heading_skips(page)]
        problems += [f"{urlparse(url).path}: two regions named {d}" for d in duplicate_region_names(page)]
        for href in page.eval_on_selector_all("main a[href]", "els => els.map(e => e.href)"):
            path = urlparse(href)
            if href.startswith(base + "/lv/") and not NOT_FOLLOWED.search(path.path):
                queue.append(href.split("#")[0])
    return kinds, problems


@pytest.mark.parametrize("role", list(ROLES))
def test_no_page_scrolls_sideways_at_320px(page, live_server, demo, role):
    who, starts = ROLES[role]
    if who:
        sign_in(page, live_server.url, "lv", demo_email(who))
    page.set_viewport_size({"width": 320, "height": 640})
    kinds, problems = crawl_at_320(page, live_server.url, starts)
    assert kinds >= min(len(starts), 3), f"the crawl reached only {kinds} pages"
    assert not problems, "\n".join(problems)


def test_the_favourite_button_keeps_focus_and_announces_the_change(page, live_server, demo):
    from microcity.accounts.models import User
    from microcity.library import services as library

    teacher = User.objects.get(email=demo_email("skolotajs"))
    editor = User.objects.get(email=demo_email("redaktors"))
    material = library.material_save(
        by=teacher,
        data={
            "title": "Profesiju izpēte",
            "summary": "Skolēni izpēta profesijas.",
            "body": "",
            "material_type": "worksheet",
            "grade_bands": ["7-9"],
            "skill_areas": ["exploring"],
            "subjects": "Klases stunda",
            "duration_minutes": 40,
            "language": "lv",
            "authors": "Ilze Kalniņa",
            "licence": "cc-by",
            "video_urls": [],
        },
    )
    library.material_submit(material=material, by=teacher)
    library.material_publish(material=material, by=editor)
    sign_in(page, live_server.url, "lv", demo_email("skolotajs"))
    page.goto(f"{live_server.url}/lv/materials/{material.pk}/")
    button = page.locator("#favourite-form button")
    before = button.get_attribute("aria-pressed")
    button.focus()
    page.keyboard.press("Enter")
    announced = live_announcement(page)
    now = focused(page)
    assert not now["body"] and now["tag"] == "button", f"focus went to {now}"
    assert page.locator("#favourite-form button").get_attribute("aria-pressed") != before
    assert announced in ("Pievienots jūsu izlasei.", "Izņemts no jūsu izlases."), announced
    # Pressed again, the state flips back and the opposite is announced, focus still on the button.
    page.keyboard.press("Enter")
    for _ in range(50):
        if page.locator("#favourite-form button").get_attribute("aria-pressed") == before:
            break
        page.wait_for_timeout(100)
    assert page.locator("#favourite-form button").get_attribute("aria-pressed") == before
    assert focused(page)["tag"] == "button"


def test_counsellor_availability_forms_keep_focus_after_every_update(page, live_server, demo):
    sign_in(page, live_server.url, "lv", demo_email("konsultants"))
    page.goto(f"{live_server.url}/lv/valmiera/counselling/availability/")
    # A refused form (htmx): focus moves to the new error summary, whose links lead to the fields.
    page.locator("#availability-editor form").first.locator("button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.locator("#availability-editor [data-error-summary]").first.wait_for()
    page.wait_for_timeout(200)
    assert focused(page)["summary"], f"focus is on {focused(page)}"
    invalid = page.locator("#availability-editor [aria-invalid=true]")
    assert invalid.count() >= 1
    for i in range(invalid.count()):
        described = (invalid.nth(i).get_attribute("aria-describedby") or "").split()
        assert described and all(page.locator(f"#{d}").count() == 1 for d in described)
    # "End or delete": the confirmation replaces the row; focus moves to its heading.
    page.locator("#availability-editor a.btn-outline-danger").first.focus()
    page.keyboard.press("Enter")
    page.locator("[data-confirm]").wait_for()
    page.wait_for_timeout(200)
    assert focused(page)["tag"] == "h2", f"focus is on {focused(page)}"
    # "Keep them": the editor comes back; focus goes to its heading, never to the body.
    page.locator("[data-confirm] a.btn-link").focus()
    page.keyboard.press("Enter")
    page.locator("[data-confirm]").wait_for(state="detached")
    page.wait_for_timeout(200)
    assert not focused(page)["body"], "focus fell to the page's body"
    # Deleting: the status message takes the focus and the live region announces it.
    page.locator("#availability-editor a.btn-outline-danger").first.focus()
    page.keyboard.press("Enter")
    # The confirmation comes in and takes the focus (its heading) once htmx has settled: only then is the
    # focus ours to move, or the Enter below would land on the heading.
    page.locator("[data-confirm]").wait_for()
    page.wait_for_function("document.activeElement && document.activeElement.tagName === 'H2'")
    page.locator("[data-confirm] button.btn-danger").focus()
    page.keyboard.press("Enter")
    page.locator("#availability-editor [role=status]").wait_for()
    assert live_announcement(page), "nothing was announced"
    assert focused(page)["tag"] == "div" and not focused(page)["body"]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_a_failed_submit_moves_focus_to_the_error_summary_and_the_report_reaches_the_city(
    page, live_server, demo, lang
):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/{lang}/valmiera/jobs/")
    page.locator("footer [data-link=barrier-report]").click()
    page.wait_for_url(re.compile(rf"/{lang}/accessibility/report/\?from="))
    assert page.locator("#id_page_url").input_value() == f"/{lang}/valmiera/jobs/"
    page.locator("#id_email").fill("not an address")
    page.locator("[data-barrier-form] button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.locator("[data-error-summary]").wait_for()
    assert focused(page)["summary"], f"focus is on {focused(page)}"
    assert page.locator("#id_description").get_attribute("aria-invalid") == "true"
    assert sideways_overflow(page) <= 0
    page.locator("#id_description").fill("The jobs filter cannot be opened with the keyboard.")
    page.locator("#id_email").fill("reporter@example.com")
    page.locator("[data-barrier-form] button[type=submit]").click()
    page.wait_for_url(f"**/{lang}/accessibility/")
    assert page.locator(".messages").count() == 1
    assert live_announcement(page) == page.locator(".messages").inner_text().strip()  # "sent" is read out
    assert page.locator('[data-section="enforcement"] a[href*="vraa.gov.lv"]').count() == 1
    assert page.locator("h1").count() == 1 and not heading_skips(page)


def test_the_language_switch_follows_the_main_menu_in_the_tab_order(page, live_server, demo):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/lv/valmiera/")
    order = []
    for _ in range(8):
        page.keyboard.press("Tab")
        now = focused(page)
        order.append(now["text"])
    assert order[0] and "Pāriet" in order[0]  # the skip link first
    assert order.index("EN") > order.index("Pilsētas") and order.index("EN") > order.index("Ienākt")
    # On a phone: the brand, the menu button, the menu (when open), then the language.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/lv/valmiera/")
    switch = page.locator(".language-switcher").bounding_box()
    toggler = page.locator(".navbar-toggler").bounding_box()
    assert switch and toggler and abs(switch["y"] - toggler["y"]) < 30, "the switch left the first line"
    assert sideways_overflow(page) <= 0


def test_the_editor_answers_a_barrier_report(page, live_server, demo):
    sign_in(page, live_server.url, "en", demo_email("redaktors"))
    page.goto(f"{live_server.url}/en/account/")
    page.get_by_role("link", name="Accessibility barrier report").first.click()
    page.locator("[data-report] a").first.click()
    page.get_by_role("button", name="Take this report").click()
    page.locator("#id_reply").fill("The attachment is now a tagged PDF. Thank you.")
    page.get_by_role("button", name="Send the answer").click()
    page.wait_for_url("**/en/valmiera/accessibility/reports/")
    assert page.locator('[data-status="answered"]').count() >= 1
