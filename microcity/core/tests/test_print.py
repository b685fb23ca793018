"""The print stylesheet: linked from every page for print only, it hides the site's navigation, buttons and
forms, prints link addresses and keeps cards and tables whole; the Print button needs JavaScript and so
is hidden until print.js shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

STATIC = Path(__file__).resolve().parents[2] / "static"


def test_the_print_stylesheet_hides_the_site_and_keeps_the_content():
    css = (STATIC / "css" / "print.css").read_text(encoding="utf-8")
    hidden = css.split("{ display: none !important; }")[0]
    for selector in (
        ".site-header",
        ".site-footer ul",
        ".btn",
        "button",
        "form",
        ".breadcrumb",
        "[data-print]",
    ):
        assert selector in hidden, selector
    assert 'content: " (" attr(href) ")"' in css
    assert "break-inside: avoid" in css and "color: #000 !important" in css


def test_the_print_button_is_revealed_by_script_only():
    script = (STATIC / "js" / "print.js").read_text(encoding="utf-8")
    assert "button.hidden = false" in script and "window.print()" in script


@pytest.mark.django_db
def test_every_page_links_the_print_stylesheet_for_print_only():
    html = Client().get("/en/").content.decode()
    assert html.count('href="/static/css/print.css" media="print"') == 1
