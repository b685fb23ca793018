"""Small-cell suppression for the "why here" figures: a count of people or jobs under the threshold is not
shown (it could point at a person), only that it is small. Pure: no Django."""

from __future__ import annotations

# Counts from 1 to this minus one are suppressed; zero is shown (it reveals no one).
THRESHOLD = 5


def suppressed(count: int, *, threshold: int = THRESHOLD) -> int | None:
    """The count as shown: None when it is small enough to point at someone."""
    if 0 < count < threshold:
        return None
    return count
