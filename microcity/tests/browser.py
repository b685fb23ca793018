"""Helpers for browser tests: Debian's Chromium through Playwright, and axe-core checks."""

from __future__ import annotations

import os
import re
import shutil
from typing import Any

import pytest

CHROMIUM = os.environ.get("MICROCITY_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
BLOCKING_IMPACTS = {"serious", "critical"}


def chromium_or_skip() -> str:
    """The Chromium binary; on a machine without it the browser tests skip, except in CI where they fail."""
    if os.path.exists(CHROMIUM) or shutil.which(CHROMIUM):
        return CHROMIUM
    message = f"Browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)."
    if os.environ.get("CI"):
        pytest.fail(message + " CI must not skip them.")
    pytest.skip(message)


def assert_accessible(page: Any, label: str = "") -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "resultTypes": ["violations"],
            "runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        },
    )
    blocking = [v for v in results.response["violations"] if v.get("impact") in BLOCKING_IMPACTS]
    if blocking:
        lines = []
        for violation in blocking:
            targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
            lines.append(f"{violation['impact']}: {violation['id']} — {violation['help']} at {targets}")
        raise AssertionError(f"axe found serious problems on {label or page.url}:\n" + "\n".join(lines))


# --- Accessibility checks shared by the browser tests (docs/decisions/0027-accessibility.md) -------------

AXE_ON_GOTO = os.environ.get("MICROCITY_AXE_ON_GOTO", "1") != "0"
_audited: set[str] = set()  # page kinds already checked with axe in this test process


def page_kind(url: str) -> str:
    """A page's type: its path with numbers and tokens folded, so that /jobs/12-x/ and /jobs/3-y/ are one."""
    from urllib.parse import urlparse

    path = urlparse(url).path
    path = re.sub(r"\d+(-[\w-]+)?", "N", path)
    return re.sub(r"/[A-Za-z0-9_-]{20,}/", "/T/", path)


def audit_every_goto(page: Any) -> None:
    """From now on, every `page.goto` of an HTML page runs axe (WCAG A/AA, serious and critical) on the page
    it lands on, once per page type in this test process; the browser fixture turns it on for every test
    (MICROCITY_AXE_ON_GOTO=0 turns it off)."""
    goto = page.goto

    def audited_goto(url: str, *args: Any, **kwargs: Any) -> Any:
        response = goto(url, *args, **kwargs)
        if response is None or response.status != 200:
            return response
        if "text/html" not in (response.headers.get("content-type") or ""):
            return response
        kind = f"{page_kind(page.url)}@{(page.viewport_size or {}).get('width', 0)}"
        if kind not in _audited:
            _audited.add(kind)
            assert_accessible(page, page.url)
        return response

    page.goto = audited_goto


def sideways_overflow(page: Any) -> int:
    """How many CSS pixels the document is wider than the viewport (0 or less: no sideways scrolling)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def heading_skips(page: Any) -> list[str]:
    """Headings that skip a level on the way down (h2 then h4), in document order."""
    return list(
        page.evaluate(
            """() => { let prev = 0; const out = [];
              for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
                const level = +h.tagName[1];
                if (prev && level > prev + 1) out.push(`h${prev} → h${level}: ${h.textContent.trim().slice(0, 60)}`);
                prev = level; }
              return out; }"""
        )
    )


def duplicate_region_names(page: Any) -> list[str]:
    """Landmarks and regions of one kind that share a name (or both have none where a name is needed)."""
    return list(
        page.evaluate(
            """() => { const seen = {};
              const named = (el) => el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') || '')
                .split(' ').map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
              for (const el of document.querySelectorAll('[role=region], nav, aside, section[aria-label], section[aria-labelledby]')) {
                const key = (el.getAttribute('role') || el.tagName.toLowerCase()) + ': ' + named(el);
                seen[key] = (seen[key] || 0) + 1; }
              return Object.entries(seen).filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`); }"""
        )
    )


def focused(page: Any) -> dict[str, Any]:
    """What has the keyboard focus: its tag, id, text, and whether it is the page's body (focus lost)."""
    return dict(
        page.evaluate(
            """() => { const el = document.activeElement;
              return { tag: el ? el.tagName.toLowerCase() : null, id: el ? el.id : '',
                       text: el ? (el.textContent || '').trim().slice(0, 80) : '',
                       body: !el || el === document.body,
                       summary: !!(el && el.closest('[data-error-summary]')) }; }"""
        )
    )


def live_announcement(page: Any, *, timeout_ms: int = 3000) -> str:
    """The text the polite live region (#mc-live) announced after an update ('' if nothing in time)."""
    waited = 0
    while waited <= timeout_ms:
        text = page.locator("#mc-live").text_content() or ""
        if text.strip():
            return text.strip()
        page.wait_for_timeout(100)
        waited += 100
    return ""
