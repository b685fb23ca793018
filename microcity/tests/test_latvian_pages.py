"""Latvian pages show no English interface text (defect 12): the main public and signed-in pages are
rendered in Latvian, with Latvian content, and their visible text must not contain a known English
interface word. A string that escapes translation (translated at import, stored untranslated, a missing
catalogue entry) shows up here."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from microcity.accounts.models import Role
from microcity.library.tests.conftest import editor, publish, teacher  # noqa: F401  (fixtures)
from microcity.talent.tests.conftest import employer, job_editor, post_job, rep  # noqa: F401  (fixtures)
from microcity.talent.tests.test_living import guide  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

# Whole words or phrases, any case; none of them is Latvian.
ENGLISH_INTERFACE = [
    "submitted",
    "published",
    "edited",
    "draft",
    "apply",
    "search",
    "sign in",
    "sign out",
    "next",
    "previous",
    "read more",
    "by",
    "save",
    "cancel",
    "delete",
    "from",
    "until",
    "open jobs",
    "employers",
    "materials",
    "portfolio settings",
]
# Proper names that are English on purpose: the EU programme, Creative Commons licences.
PROPER_NAMES = [r"Next Generation Micro Cities of Europe", r"CC BY(-[A-Z]+)* 4\.0"]


class VisibleText(HTMLParser):
    """The text a reader sees or hears: text nodes and labelling attributes, not scripts or code."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "code", "pre"}:
            self.hidden += 1
        values = dict(attrs)
        for name in ("placeholder", "aria-label", "title", "alt"):
            if values.get(name):
                self.parts.append(values[name] or "")
        if tag == "input" and values.get("type") in {"submit", "button"} and values.get("value"):
            self.parts.append(values["value"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "code", "pre"}:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden and data.strip():
            self.parts.append(data.strip())


def english_interface_words(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    text = " | ".join(parser.parts)
    for name in PROPER_NAMES:
        text = re.sub(name, "", text)
    found = []
    for phrase in ENGLISH_INTERFACE:
        match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE)
        if match:
            found.append(f"{phrase!r} in “…{text[max(0, match.start() - 50) : match.end() + 50]}…”")
    return found


def test_the_checker_finds_english_interface_words():
    assert english_interface_words("<p>Publicēts</p><button>Meklēt</button>") == []
    assert english_interface_words('<input type="submit" value="Search">')
    assert english_interface_words("<li>v2 · 07.12.2026 · published</li>")
    assert english_interface_words("<p>Elīna, data analyst, moved from Amsterdam</p>")


def test_latvian_pages_show_no_english_interface_text(
    valmiera,
    user_with_role,
    post_job,  # noqa: F811
    publish,  # noqa: F811
    teacher,  # noqa: F811
    guide,  # noqa: F811
):
    job = post_job()
    with translation.override("en"):  # an editor who works in English publishes it
        material = publish()
    story = guide["lv"]["story"]
    youth = user_with_role(Role.YOUTH, preferred_language="lv")
    counsellor = user_with_role(Role.COUNSELLOR, preferred_language="lv")

    pages: list[tuple[Any, list[str]]] = [
        (
            None,
            [
                "/lv/",
                "/lv/valmiera/",
                "/lv/valmiera/jobs/",
                f"/lv/valmiera/jobs/{job.pk}-{job.slug}/",
                "/lv/valmiera/employers/",
                f"/lv/valmiera/employers/{job.organisation_id}/",
                "/lv/materials/",
                f"/lv/materials/{material.pk}-{material.slug}/",
                "/lv/valmiera/living/",
                story.url,
                "/lv/valmiera/summer-jobs/",
                "/lv/valmiera/counselling/",
                "/lv/valmiera/activities/",
                "/lv/accounts/login/",
            ],
        ),
        (teacher, ["/lv/materials/mine/", f"/lv/materials/{material.pk}/manage/"]),
        (youth, ["/lv/account/", "/lv/portfolio/", "/lv/valmiera/counselling/", "/lv/valmiera/summer-jobs/"]),
        (counsellor, ["/lv/account/", "/lv/valmiera/counselling/", "/lv/valmiera/activities/"]),
    ]
    problems = []
    for user, paths in pages:
        client = Client()
        if user is not None:
            client.force_login(user)
        for path in paths:
            response = client.get(path, follow=True)
            assert response.status_code == 200, path
            assert response.content.decode().count('<html lang="lv"') == 1, path
            problems += [f"{path}: {word}" for word in english_interface_words(response.content.decode())]
    assert problems == [], "\n".join(problems)
