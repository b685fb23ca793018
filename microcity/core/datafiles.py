"""Demo and reference data kept as files beside the code: YAML lists of records and Markdown with front matter.

Content editors correct these texts without touching Python; the loaders check the shape and name the file
and entry at fault, so that a slip in a data file fails loudly in a test, not quietly in the demo."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml


class DataFileError(ValueError):
    """A data file is not in the shape its loader expects."""


def read_records(
    path: Path, *, required: Iterable[str], unique: str | None = None
) -> tuple[dict[str, Any], ...]:
    """The records of a YAML file holding a list of mappings, each checked for the required keys."""
    with path.open(encoding="utf-8") as handle:
        rows = yaml.safe_load(handle)
    if not isinstance(rows, list):
        raise DataFileError(f"{path.name}: expected a list of records")
    keys = tuple(required)
    seen: set[Any] = set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise DataFileError(f"{path.name}: record {number} is not a mapping")
        missing = [key for key in keys if key not in row]
        if missing:
            raise DataFileError(f"{path.name}: record {number} lacks {', '.join(missing)}")
        if unique is not None:
            if row[unique] in seen:
                raise DataFileError(f"{path.name}: {unique} {row[unique]!r} appears twice")
            seen.add(row[unique])
    return tuple(rows)


def read_markdown(path: Path, *, required: Iterable[str] = ()) -> tuple[dict[str, Any], str]:
    """The front matter (a YAML mapping between two `---` lines) and the Markdown body of a text file.

    A file without front matter is all body, unless keys are required of it."""
    text = path.read_text(encoding="utf-8")
    keys = tuple(required)
    if not text.startswith("---\n"):
        if keys:
            raise DataFileError(f"{path.name}: the file must start with a '---' front-matter block")
        return {}, text.strip()
    head, separator, body = text[4:].partition("\n---\n")
    if not separator:
        raise DataFileError(f"{path.name}: the front-matter block is not closed with '---'")
    meta = yaml.safe_load(head) or {}
    if not isinstance(meta, dict):
        raise DataFileError(f"{path.name}: the front matter must be a mapping")
    missing = [key for key in keys if key not in meta]
    if missing:
        raise DataFileError(f"{path.name}: the front matter lacks {', '.join(missing)}")
    return meta, body.strip()
