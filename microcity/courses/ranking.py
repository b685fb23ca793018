"""The order in which a course's applicants get its places, as pure functions (no Django import), so that
anyone can recompute a selection from what the course page publishes.

1. When a course is opened for applications, the system draws a secret and publishes its SHA-256 hash
   (`commitment_of`): nobody can choose the secret afterwards.
2. At selection the secret is revealed; the seed = SHA-256(secret followed by the numbers of the
   applications taking part, ascending, one per line) (`derive_seed`).
3. Each application gets the key SHA-256("<seed>:<course number>:<application number>"); lottery numbers
   1, 2, … follow the keys in ascending order (`lottery_numbers`).
4. The ranking: priority group first (1 is the first group the course lists; applicants in none of them come
   after every group), then the staff score (higher first; none counts as lowest), then the lottery number
   (`rank`).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

SECRET_BYTES = 32


def new_secret() -> str:
    return secrets.token_hex(SECRET_BYTES)


def commitment_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def canonical_list(application_ids: Iterable[int]) -> bytes:
    ids = sorted(application_ids)
    if any(type(pk) is not int or pk < 1 for pk in ids):
        raise ValueError("Application numbers are positive integers.")
    if len(set(ids)) != len(ids):
        raise ValueError("An application number appears twice in the list.")
    return "".join(f"{pk}\n" for pk in ids).encode("ascii")


def derive_seed(*, secret: str, application_ids: Iterable[int]) -> str:
    return hashlib.sha256(secret.encode() + canonical_list(application_ids)).hexdigest()


def lottery_numbers(*, seed: str, course_id: int, application_ids: Iterable[int]) -> dict[int, int]:
    """Application number → lottery number (1 first). A key depends only on the seed and the application."""
    keyed = sorted(
        (hashlib.sha256(f"{seed}:{course_id}:{pk}".encode()).hexdigest(), pk) for pk in application_ids
    )
    return {pk: number for number, (_key, pk) in enumerate(keyed, 1)}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One application as the ranking sees it: its number, its priority group (1 = first; None = in no
    group) and the staff's score (None = not scored)."""

    application_id: int
    group: int | None
    score: Decimal | None = None


def priority_group(matches: Sequence[bool]) -> int | None:
    """The first of the course's priority rules (in order) that the applicant meets, counted from 1."""
    for index, matched in enumerate(matches, 1):
        if matched:
            return index
    return None


def rank(candidates: Iterable[Candidate], lottery: dict[int, int]) -> list[int]:
    """The application numbers in the order they are offered places."""
    never = 1 << 30

    def key(candidate: Candidate) -> tuple[int, Decimal, int]:
        group = candidate.group if candidate.group is not None else never
        score = -(candidate.score if candidate.score is not None else Decimal("-1e9"))
        return (group, score, lottery[candidate.application_id])

    return [candidate.application_id for candidate in sorted(candidates, key=key)]
