"""Lower-casing and diacritic folding shared by every language's analyser."""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


def _build_fold_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    # Derive the table from Unicode decompositions rather than a hand list, so foreign names
    # (é, ö, ō, ŗ of the old orthography, Lithuanian ė ...) fold the same way Latvian letters do.
    for code_point in range(0x00C0, 0x0250):
        decomposed = unicodedata.normalize("NFD", chr(code_point))
        base = decomposed[0]
        if len(decomposed) > 1 and base.isascii() and base.isalpha():
            table[code_point] = ord(base.lower())
    # Dropping combining marks handles text that arrives decomposed (NFD, e.g. from macOS or
    # copy-paste out of PDFs) without paying for a normalisation pass on every call.
    for code_point in range(0x0300, 0x0370):
        table[code_point] = None
    # Typographic apostrophes must reach the English tokeniser as the ASCII one it knows.
    for apostrophe in "\u2018\u2019\u02bc\u0060\u00b4":
        table[ord(apostrophe)] = ord("'")
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (ā→a, š→s, ...), keeping its length in words."""
    return text.lower().translate(_FOLD_TABLE)
