"""Helpers for browser tests: Debian's Chromium through Playwright, and axe-core checks."""

from __future__ import annotations

import os
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
