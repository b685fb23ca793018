"""Reads the confirmation steps (the `confirm` component) of a page, for HTTP tests: each one's visible
label, question, and the form it posts, so that a test posts exactly what the page would."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Confirm:
    label: str = ""
    question: str = ""
    action: str = ""
    button: str = ""
    data: dict[str, str] = field(default_factory=dict)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[Confirm] = []
        self.current: Confirm | None = None
        self.depth = 0
        self.capture: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if tag == "details" and attr.get("data-component") == "confirm":
            self.current, self.depth = Confirm(), 1
            self.found.append(self.current)
            return
        if self.current is None:
            return
        if tag == "details":
            self.depth += 1
        elif tag == "summary":
            self.capture = "label"
        elif tag == "p" and "mc-confirm__question" in attr.get("class", ""):
            self.capture = "question"
        elif tag == "button":
            self.capture = "button"
        elif tag == "form":
            self.current.action = attr.get("action", "")
        elif tag in ("input", "textarea", "select") and attr.get("name") not in (
            None,
            "",
            "csrfmiddlewaretoken",
        ):
            self.current.data[attr["name"]] = attr.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if self.current is None:
            return
        if tag in ("summary", "p", "button"):
            self.capture = None
        elif tag == "details":
            self.depth -= 1
            if self.depth == 0:
                self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None and self.capture:
            setattr(self.current, self.capture, (getattr(self.current, self.capture) + data).strip())


def confirms(html: str) -> list[Confirm]:
    """Every confirmation step on the page, in order."""
    parser = _Parser()
    parser.feed(html)
    return parser.found


def confirm_labelled(html: str, label: str) -> Confirm:
    """The one confirmation step whose disclosure reads `label`; fails the test if there is not exactly one."""
    found = [c for c in confirms(html) if c.label == label]
    assert len(found) == 1, f"{len(found)} confirmation steps labelled {label!r}: {confirms(html)}"
    return found[0]
