"""RIASEC (Holland) interest scoring and profession-group ranking: pure Python, no Django.

A youth rates statements from 1 ("not like me at all") to 5 ("very much like me"); each statement
belongs to one of the six interest types. A type's score is its answers' sum rescaled to 0–100, so
scores stay comparable if a type ever gets more or fewer statements. The profile is the three
highest types (the Holland code). Profession groups are ranked from the scores through a weighted
type → ISCO-08 group mapping, plus the groups that the youth's skills point to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

TYPES: tuple[str, ...] = ("R", "I", "A", "S", "E", "C")
SCALE_MIN = 1
SCALE_MAX = 5
# Each skill that points to a group adds this much, up to SKILL_CAP skills: a strong interest (a
# type scored 100 with a core weight of 3 gives 300) still outweighs a few skills, but skills break
# ties and bring up groups the interests alone would miss.
SKILL_POINTS = 40
SKILL_CAP = 3


class AnswerError(ValueError):
    """The answers do not fit the statements (missing, unknown or out of the scale)."""


@dataclass(frozen=True)
class Statement:
    key: str
    type: str
    text_lv: str
    text_en: str

    def text(self, language: str) -> str:
        return self.text_en if language.startswith("en") else self.text_lv


@dataclass(frozen=True)
class GroupWeight:
    """How strongly an interest type points to an ISCO-08 group: 3 core, 2 strong, 1 some."""

    type: str
    code: str
    weight: int


@dataclass(frozen=True)
class GroupMatch:
    code: str
    score: int
    types: tuple[str, ...] = field(default_factory=tuple)
    skills: int = 0


def check_answers(answers: Mapping[str, int], statements: Sequence[Statement]) -> None:
    keys = {statement.key for statement in statements}
    missing = sorted(keys - set(answers))
    unknown = sorted(set(answers) - keys)
    if missing:
        raise AnswerError(f"Unanswered statements: {', '.join(missing)}")
    if unknown:
        raise AnswerError(f"Unknown statements: {', '.join(unknown)}")
    for key, value in answers.items():
        if isinstance(value, bool) or not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
            raise AnswerError(f"Answer to {key} must be a whole number from {SCALE_MIN} to {SCALE_MAX}")


def score(answers: Mapping[str, int], statements: Sequence[Statement]) -> dict[str, int]:
    """Each type's score from 0 (all answers 1) to 100 (all answers 5), rounded half up."""
    check_answers(answers, statements)
    totals = dict.fromkeys(TYPES, 0)
    counts = dict.fromkeys(TYPES, 0)
    for statement in statements:
        if statement.type not in totals:
            raise AnswerError(f"Statement {statement.key} has an unknown type {statement.type!r}")
        totals[statement.type] += answers[statement.key]
        counts[statement.type] += 1
    scores: dict[str, int] = {}
    span = SCALE_MAX - SCALE_MIN
    for kind in TYPES:
        if counts[kind] == 0:
            scores[kind] = 0
            continue
        # Integer arithmetic keeps the rounding exact: (sum - n·min) / (n·span) · 100, half up.
        numerator = (totals[kind] - counts[kind] * SCALE_MIN) * 100
        denominator = counts[kind] * span
        scores[kind] = (2 * numerator + denominator) // (2 * denominator)
    return scores


def holland_code(scores: Mapping[str, int], length: int = 3) -> str:
    """The `length` highest types; ties keep the conventional R-I-A-S-E-C order, so the code is stable."""
    ranked = sorted(TYPES, key=lambda kind: (-scores.get(kind, 0), TYPES.index(kind)))
    return "".join(ranked[:length])


def rank_groups(
    *,
    scores: Mapping[str, int],
    weights: Iterable[GroupWeight],
    skill_groups: Mapping[str, int] | None = None,
    limit: int = 8,
) -> list[GroupMatch]:
    """ISCO-08 groups ordered by interest (score × weight, summed over types) plus skills.

    `skill_groups` counts, per group code, the youth's skills that point to it. Groups with nothing in
    their favour are left out; ties go to the lower code, so the order is stable.
    """
    interest: dict[str, int] = {}
    contributions: dict[str, dict[str, int]] = {}
    for item in weights:
        points = scores.get(item.type, 0) * item.weight
        if points <= 0:
            continue
        interest[item.code] = interest.get(item.code, 0) + points
        contributions.setdefault(item.code, {})[item.type] = points
    skills = dict(skill_groups or {})
    codes = set(interest) | {code for code, count in skills.items() if count > 0}
    matches = []
    for code in codes:
        skill_count = min(skills.get(code, 0), SKILL_CAP)
        total = interest.get(code, 0) + SKILL_POINTS * skill_count
        by_type = contributions.get(code, {})
        types = tuple(sorted(by_type, key=lambda kind: (-by_type[kind], TYPES.index(kind))))
        matches.append(GroupMatch(code=code, score=total, types=types, skills=skills.get(code, 0)))
    matches.sort(key=lambda match: (-match.score, match.code))
    return matches[:limit]
