"""The search app's own error."""

from __future__ import annotations


class SearchError(ValueError):
    """A document that cannot be indexed or a search that cannot be run, with the reason."""
