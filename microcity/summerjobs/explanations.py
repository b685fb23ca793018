"""The wording of match explanations: a stored (code, params) becomes sentences in the reader's language.

Match runs store only codes and parameters (see matching._explain), so that an explanation written in a
Latvian run can be read in English and the wording can improve without touching stored results.
"""

from __future__ import annotations

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from microcity.summerjobs.eligibility import Problem
from microcity.summerjobs.models import ExplanationCode, MatchExplanation, PriorityKind

PLACED_FIRST = _("You were placed in your first choice: %(placement)s, %(period)s.")
PLACED = _(
    "You were placed in your choice no. %(rank)s: %(placement)s, %(period)s. "
    "What you listed before it could not take you:"
)
NOT_PLACED = _("You were not placed in this run. None of your choices could take you:")
NOT_PLACED_NO_CHOICES = _("You were not placed in this run: the application has no choices.")
LOTTERY = _("Your lottery number is %(lottery_number)s of %(lottery_total)s.")
PRIORITY = _("Your priority group counted: %(group)s.")

# One sentence per choice and period that did not take the youth. Keys are stored in match runs: keep them.
DETAILS: dict[str, Promise] = {
    "filled_first_placement": _(
        "Choice %(rank)s, %(placement)s (%(period)s): the places went to youths who had no placement yet."
    ),
    "filled_priority": _(
        "Choice %(rank)s, %(placement)s (%(period)s): the places went to youths in a priority group that "
        "comes before yours."
    ),
    "filled_pre_agreement": _(
        "Choice %(rank)s, %(placement)s (%(period)s): the places went to youths of your priority group "
        "whose prior agreement with the employer was confirmed."
    ),
    "filled_lottery": _(
        "Choice %(rank)s, %(placement)s (%(period)s): the places went to youths of your priority group with "
        "an earlier lottery number; the last place went to number %(cutoff)s."
    ),
    "not_eligible": _("Choice %(rank)s, %(placement)s (%(period)s): not possible, because %(reasons)s"),
    "not_available": _(
        "Choice %(rank)s, %(placement)s: it does not run in any period in which you can work."
    ),
    "placement_not_open": _("Choice %(rank)s, %(placement)s: the placement was withdrawn or not approved."),
    "no_places": _("Choice %(rank)s, %(placement)s (%(period)s): no places were left in this run."),
    "period_taken": _("Choice %(rank)s, %(placement)s (%(period)s): you already have a place at that time."),
}


def _detail_line(detail: dict[str, Any]) -> str:
    params = dict(detail)
    params.setdefault("period", "")
    if detail["reason"] == "not_eligible":
        messages = [Problem(p["code"], p.get("params", {})).message for p in detail.get("problems", [])]
        params["reasons"] = " ".join(messages)
    return str(DETAILS[detail["reason"]]) % params


def explanation_lines(*, code: str, params: dict[str, Any]) -> list[str]:
    """Sentences in the active language: the result first, then why not each better choice, then the lottery."""
    lines: list[str] = []
    details = params.get("details", [])
    if code == ExplanationCode.PLACED:
        placed = params["placed"]
        template = PLACED_FIRST if placed["rank"] == 1 and not details else PLACED
        lines.append(str(template) % placed)
    elif details:
        lines.append(str(NOT_PLACED))
    else:
        lines.append(str(NOT_PLACED_NO_CHOICES))
    lines += [_detail_line(detail) for detail in details]
    if params.get("priority_group"):
        lines.append(str(PRIORITY) % {"group": PriorityKind(params["priority_group"]).label})
    lines.append(str(LOTTERY) % params)
    return lines


def explain(explanation: MatchExplanation) -> list[str]:
    return explanation_lines(code=explanation.code, params=explanation.params)
