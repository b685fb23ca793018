"""The summer lottery's numbers and its commit and reveal, as pure functions (no Django import), so that
anyone can recompute a season's draw from what the public verification page shows. See
docs/decisions/0018-lottery-commit-reveal.md.

1. Before youths' registration opens the city publishes a commitment: SHA-256 of a secret that the system
   draws (`new_secret`: 32 random bytes from `secrets`, written as 64 lower-case hex characters) and keeps
   on the server until the reveal. `commitment_of(secret)` = SHA-256 of the secret's 64 ASCII characters,
   as 64 lower-case hex characters (`printf '%s' SECRET | sha256sum`).
2. At or after closing the secret is revealed and the list of applications is frozen: the numbers of the
   season's submitted applications, sorted ascending, each written in decimal and followed by a line feed
   (`canonical_list`; no spaces, no leading zeros; an empty list is empty).
3. The seed = SHA-256(secret's 64 ASCII characters followed by the canonical list), as 64 lower-case hex
   characters (`(printf '%s' SECRET; cat list.txt) | sha256sum`).
4. The key of an application = SHA-256("<seed>:<season number>:<application number>") as hex; the lottery
   numbers 1, 2, … go to the frozen list's keys in ascending order (`lottery_numbers`).

The secret is fixed before any application exists, and the list is fixed by the applications themselves, so
nobody (the coordinator included) can choose the seed: trying secrets is impossible once the commitment is
public, and changing the list changes the seed in a way nobody can foresee without the secret.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SECRET_BYTES = 32
HEX_LENGTH = 2 * hashlib.sha256().digest_size  # 64: a secret, a commitment and a seed are this long
_HEX = re.compile(r"[0-9a-f]{64}")


def new_secret() -> str:
    """A fresh secret: 32 random bytes from the operating system's generator, as 64 hex characters."""
    return secrets.token_hex(SECRET_BYTES)


def is_hex_digest(text: str) -> bool:
    """True for 64 lower-case hex characters: the form of a secret, a commitment and a seed."""
    return bool(_HEX.fullmatch(text))


def commitment_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def canonical_list(application_ids: Iterable[int]) -> bytes:
    """The frozen list as the exact bytes that the seed hashes: ascending numbers, one per line."""
    ids = sorted(application_ids)
    if any(type(pk) is not int or pk < 1 for pk in ids):
        raise ValueError("Application numbers are positive integers.")
    if len(set(ids)) != len(ids):
        raise ValueError("An application number appears twice in the list.")
    return "".join(f"{pk}\n" for pk in ids).encode("ascii")


def derive_seed(*, secret: str, application_ids: Iterable[int]) -> str:
    return hashlib.sha256(secret.encode() + canonical_list(application_ids)).hexdigest()


def lottery_key(*, seed: str, season_id: int, application_id: int) -> str:
    return hashlib.sha256(f"{seed}:{season_id}:{application_id}".encode()).hexdigest()


def lottery_numbers(*, seed: str, season_id: int, application_ids: Iterable[int]) -> dict[int, int]:
    """Application number → lottery number (1 is drawn first).

    A key depends on nothing but the seed and the application, so the relative order of two applications
    never depends on anybody else."""
    keyed = sorted(
        (lottery_key(seed=seed, season_id=season_id, application_id=pk), pk) for pk in application_ids
    )
    return {pk: number for number, (_key, pk) in enumerate(keyed, 1)}


@dataclass(frozen=True, slots=True)
class NumberCheck:
    application_id: int
    number: int | None  # recomputed from the revealed secret and the frozen list; None: not in the list
    published: tuple[int, ...]  # the numbers that published runs gave the application (none before results)

    @property
    def matches(self) -> bool | None:
        """None when no published run has given this application a number yet."""
        if not self.published:
            return None
        return self.number is not None and all(number == self.number for number in self.published)


@dataclass(frozen=True, slots=True)
class Verification:
    commitment_matches: bool  # SHA-256(revealed secret) is the published commitment
    seed: str  # recomputed from the revealed secret and the frozen list
    seed_matches: bool  # every seed that the season's runs used is the recomputed one
    numbers: tuple[NumberCheck, ...]  # in lottery-number order

    @property
    def published_count(self) -> int:
        return sum(1 for row in self.numbers if row.published)

    @property
    def mismatch_count(self) -> int:
        return sum(1 for row in self.numbers if row.matches is False)

    @property
    def matches(self) -> bool:
        return self.commitment_matches and self.seed_matches and self.mismatch_count == 0


def verify(
    *,
    commitment: str,
    secret: str,
    season_id: int,
    application_ids: Iterable[int],
    seeds_used: Iterable[str],
    published: Mapping[int, Iterable[int]],
) -> Verification:
    """Recompute the draw from the revealed secret and the frozen list and compare it with what was
    published: the commitment, the seeds of the runs, and each application's lottery number
    (`published`: application number → the numbers the published runs gave it)."""
    ids = list(application_ids)
    seed = derive_seed(secret=secret, application_ids=ids)
    numbers = lottery_numbers(seed=seed, season_id=season_id, application_ids=ids)
    rows = tuple(
        NumberCheck(application_id=pk, number=number, published=tuple(published.get(pk, ())))
        for pk, number in sorted(numbers.items(), key=lambda item: item[1])
    )
    # A published number for an application outside the frozen list cannot be right.
    strays = tuple(
        NumberCheck(application_id=pk, number=None, published=tuple(found))
        for pk, found in sorted(published.items())
        if pk not in numbers and tuple(found)
    )
    return Verification(
        commitment_matches=commitment_of(secret) == commitment,
        seed=seed,
        seed_matches=all(used == seed for used in seeds_used),
        numbers=rows + strays,
    )
