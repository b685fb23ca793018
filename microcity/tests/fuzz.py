"""A small form fuzzer for view tests: read the forms of a page as a browser would, post hostile values into
every field (and into the hidden ids), and report any answer of 500 or more.

Hostile values: control characters and formula starts, 100,000-character text, huge and negative numbers,
dates of year 1 and 9999, moments that cannot be converted between time zones, non-numeric ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

from django.test import Client

CONTROLS = "".join(chr(code) for code in range(32))
HOSTILE_TEXT = ['=HYPERLINK("http://evil.example")' + CONTROLS, "x" * 100_000, "\x00", "@SUM(1+1)\r\n-2+3\t"]
HOSTILE_NUMBERS = ["99999999999999999999999999", "-1", "1e309", "NaN", "abc", ""]
HOSTILE_DATES = ["0001-01-01", "9999-12-27", "9999-12-31T23:59", "0001-01-01T00:10+02:00", "2026-02-30", "x"]
# One round per value kind; in each round every field gets a value of the round.
ROUNDS = [
    *HOSTILE_TEXT,
    *HOSTILE_NUMBERS,
    *HOSTILE_DATES,
]


@dataclass
class FoundForm:
    action: str
    method: str
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (name, type, value)


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[FoundForm] = []
        self._current: FoundForm | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "form":
            self._current = FoundForm(
                action=values.get("action", ""), method=values.get("method", "get").lower()
            )
            self.forms.append(self._current)
            return
        if self._current is None or not values.get("name"):
            return
        if tag == "input":
            self._current.fields.append(
                (values["name"], values.get("type", "text").lower(), values.get("value", ""))
            )
        elif tag == "button" and values.get("value"):
            self._current.fields.append((values["name"], "submit", values["value"]))
        elif tag in {"select", "textarea"}:
            self._current.fields.append((values["name"], tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None


def forms_on(html: str) -> list[FoundForm]:
    parser = _FormParser()
    parser.feed(html)
    return parser.forms


def _hostile_data(form: FoundForm, value: str, *, fuzz_hidden: bool) -> dict[str, Any]:
    data: dict[str, Any] = {}
    submits: dict[str, str] = {}
    for name, kind, original in form.fields:
        if name == "csrfmiddlewaretoken" or kind == "file":
            continue
        if kind == "submit":
            submits.setdefault(name, original)
        elif kind == "hidden" and not fuzz_hidden:
            data[name] = original
        else:
            data[name] = value
    data.update(submits)  # the first action of each name, as when its button is pressed
    return data


def fuzz_page(client: Client, url: str, *, skip_actions: tuple[str, ...] = ("logout", "delete")) -> list[str]:
    """Post (or get) hostile values into every form of the page at `url`; the problems found."""
    page = client.get(url)
    assert page.status_code == 200, f"{url}: {page.status_code}"
    problems = []
    found = forms_on(page.content.decode())
    assert found, f"{url}: no form to fuzz"
    for form in found:
        target = urljoin(url, form.action) if form.action else url
        if any(part in target for part in skip_actions):
            continue
        for index, value in enumerate(ROUNDS):
            data = _hostile_data(form, value, fuzz_hidden=index % 2 == 1)
            if form.method == "post":
                response = client.post(target, data)
            else:
                response = client.get(target, {k: v[:2000] for k, v in data.items()})
            if response.status_code >= 500:
                problems.append(
                    f"{form.method.upper()} {target} {sorted(data)} = {value[:30]!r}: {response.status_code}"
                )
    return problems


def client_for_fuzz(user: Any = None) -> Client:
    """A client that answers 500 as a response (as production does) instead of raising in the test."""
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client
