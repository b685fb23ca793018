"""Statistical disclosure control for published counts, in pure Python (no Django import): hiding groups
of fewer than a threshold of people with complementary suppression, so that a hidden group cannot be
worked out from a total, and cumulative series whose steps never reveal a small group. Every published
breakdown (the results page, open data, the summer-jobs equity report) asks this package."""

from .cells import (
    AGE_BANDS,
    SMALL_GROUP,
    UNKNOWN_AGE,
    Cell,
    age_band,
    cumulative_points,
    first_occurrences,
    suppress_counts,
)

__all__ = [
    "AGE_BANDS",
    "UNKNOWN_AGE",
    "SMALL_GROUP",
    "Cell",
    "age_band",
    "cumulative_points",
    "first_occurrences",
    "suppress_counts",
]
