"""The accessibility statement, read from the data file the city edits (data/statement.yaml) and checked.

The statement follows the EU model (Commission Implementing Decision (EU) 2018/1523): conformance status,
non-accessible content and why, how it was prepared and when, feedback and contact, enforcement. A slip in
the file (an unknown code, a text missing in one language, a date that is not a date) raises
`DataFileError` naming the key, so that a test fails instead of the page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from microcity.core.datafiles import DataFileError

STATEMENT_FILE = Path(__file__).resolve().parent / "data" / "statement.yaml"
LANGUAGES = ("lv", "en")

STATUSES = {
    "fully": _("fully compliant"),
    "partially": _("partially compliant"),
    "not": _("not compliant"),
}
STATUS_EXPLAINED = {
    "fully": _("The site fully meets the requirements of the standard."),
    "partially": _(
        "The site meets the requirements of the standard in part: the content listed below does not."
    ),
    "not": _("The site does not yet meet most requirements of the standard."),
}
REASONS = {
    "non_compliance": _("Not yet compliant"),
    "disproportionate_burden": _("Disproportionate burden"),
    "out_of_scope": _("Not within the scope of the law"),
}
METHODS = {
    "self_assessment": _("a self-assessment by the city"),
    "third_party": _("an assessment by a third party"),
}


@dataclass(frozen=True)
class Barrier:
    reason: str
    reason_label: str
    criteria: str
    content: str
    plan: str


@dataclass(frozen=True)
class Body:
    name: str
    url: str


@dataclass(frozen=True)
class Statement:
    """The statement in one language."""

    body: str
    site: str
    legislation: str
    standard: str
    status: str
    status_label: str
    status_explained: str
    non_accessible: tuple[Barrier, ...]
    prepared_on: dt.date
    method: str
    method_note: str
    reviewed_on: dt.date
    reply_within_days: int
    enforcement: str
    bodies: tuple[Body, ...]


def _text(raw: Any, key: str, lang: str, *, allow_empty: bool = False) -> str:
    if not isinstance(raw, dict) or any(not isinstance(raw.get(code), str) for code in LANGUAGES):
        raise DataFileError(f"{STATEMENT_FILE.name}: {key} needs a text in each of {', '.join(LANGUAGES)}")
    if not allow_empty and any(not raw[code].strip() for code in LANGUAGES):
        raise DataFileError(f"{STATEMENT_FILE.name}: {key} has an empty text")
    return str(raw[lang]).strip()


def _date(raw: Any, key: str) -> dt.date:
    if not isinstance(raw, dt.date):
        raise DataFileError(f"{STATEMENT_FILE.name}: {key} must be a date (YYYY-MM-DD)")
    return raw


def _code(raw: Any, key: str, known: dict[str, Any]) -> str:
    if raw not in known:
        raise DataFileError(f"{STATEMENT_FILE.name}: {key} {raw!r} is not one of {', '.join(known)}")
    return str(raw)


def read_raw(path: Path | None = None) -> dict[str, Any]:
    with (path or STATEMENT_FILE).open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    if not isinstance(raw, dict):
        raise DataFileError(f"{STATEMENT_FILE.name}: expected a mapping")
    return raw


def statement_from(raw: dict[str, Any], lang: str) -> Statement:
    """The statement in `lang`, checked: every code known, every text in both languages, dates real."""
    status = _code(raw.get("status"), "status", STATUSES)
    barriers = raw.get("non_accessible") or []
    if not isinstance(barriers, list):
        raise DataFileError(f"{STATEMENT_FILE.name}: non_accessible must be a list")
    if status == "fully" and barriers:
        raise DataFileError(f"{STATEMENT_FILE.name}: status 'fully' while non_accessible lists content")
    items = []
    for number, row in enumerate(barriers, start=1):
        if not isinstance(row, dict):
            raise DataFileError(f"{STATEMENT_FILE.name}: non_accessible entry {number} is not a mapping")
        reason = _code(row.get("reason"), f"non_accessible {number}: reason", REASONS)
        items.append(
            Barrier(
                reason=reason,
                reason_label=str(REASONS[reason]),
                criteria=str(row.get("criteria") or ""),
                content=_text(row.get("content"), f"non_accessible {number}: content", lang),
                plan=_text(row.get("plan"), f"non_accessible {number}: plan", lang, allow_empty=True),
            )
        )
    method = _code(raw.get("method"), "method", METHODS)
    prepared_on = _date(raw.get("prepared_on"), "prepared_on")
    reviewed_on = _date(raw.get("reviewed_on"), "reviewed_on")
    if reviewed_on < prepared_on:
        raise DataFileError(f"{STATEMENT_FILE.name}: reviewed_on is before prepared_on")
    days = raw.get("reply_within_days")
    if not isinstance(days, int) or not 1 <= days <= 60:
        raise DataFileError(f"{STATEMENT_FILE.name}: reply_within_days must be a number of days from 1 to 60")
    enforcement = raw.get("enforcement")
    if not isinstance(enforcement, dict) or not enforcement.get("bodies"):
        raise DataFileError(f"{STATEMENT_FILE.name}: enforcement needs a text and at least one body")
    bodies = []
    for number, row in enumerate(enforcement["bodies"], start=1):
        url = str(row.get("url") or "") if isinstance(row, dict) else ""
        if not url.startswith("https://"):
            raise DataFileError(f"{STATEMENT_FILE.name}: enforcement body {number} needs an https:// address")
        bodies.append(Body(name=_text(row.get("name"), f"enforcement body {number}: name", lang), url=url))
    standard = raw.get("standard")
    if not isinstance(standard, str) or not standard.strip():
        raise DataFileError(f"{STATEMENT_FILE.name}: standard is missing")
    return Statement(
        body=_text(raw.get("body"), "body", lang),
        site=_text(raw.get("site"), "site", lang),
        legislation=_text(raw.get("legislation"), "legislation", lang),
        standard=standard.strip(),
        status=status,
        status_label=str(STATUSES[status]),
        status_explained=str(STATUS_EXPLAINED[status]),
        non_accessible=tuple(items),
        prepared_on=prepared_on,
        method=str(METHODS[method]),
        method_note=_text(raw.get("method_note"), "method_note", lang),
        reviewed_on=reviewed_on,
        reply_within_days=days,
        enforcement=_text(enforcement.get("text"), "enforcement text", lang),
        bodies=tuple(bodies),
    )


def current_statement(lang: str | None = None) -> Statement:
    """The statement from the data file, in `lang` (default: the active language)."""
    code = (lang or get_language() or "lv")[:2]
    return statement_from(read_raw(), code if code in LANGUAGES else "lv")


def reply_within_days() -> int:
    return current_statement("en").reply_within_days
