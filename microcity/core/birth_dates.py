"""Whether a person's date of birth is locked: once a programme relies on it, it is no longer the person's
to change.

The Labour Law's limits follow a youth's age, so a date that a youth could edit would let them choose their
own limits. From the moment a person has applied to a programme, has a guardian's consent, a contract or a
portfolio entry that a programme vouches for, the date is locked: only a programme coordinator of the
person's city corrects it, with a reason in the audit log (core.services.person_birth_date_correct).

Each programme registers what locks the date in its AppConfig.ready(), as with personal_data, so that this
layer never imports the programmes. `birth_date_locked` is the one predicate that the profile form, the
staff edit form and the person service all ask.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
_LOCKS: dict[str, Check] = {}


def register(reason: str, check: Check) -> None:
    """`check(person)` is true when `reason` (a stable name, such as "summer_application") locks the date."""
    _LOCKS[reason] = check


def lock_reasons(person: Any) -> list[str]:
    """Every registered reason that holds for `person` (none for a person not saved yet)."""
    if getattr(person, "pk", None) is None:
        return []
    return [reason for reason, check in sorted(_LOCKS.items()) if check(person)]


def birth_date_locked(person: Any) -> bool:
    """Whether only a coordinator may change the person's date of birth."""
    if getattr(person, "pk", None) is None:
        return False
    return any(check(person) for _reason, check in sorted(_LOCKS.items()))
