"""Pure-Python text analysis for search: tokenising, diacritic folding, stop words and stemming."""

from .analyzer import SUPPORTED_LANGUAGES, analyze

__all__ = ["SUPPORTED_LANGUAGES", "analyze"]
