"""Demo living guides of Ventspils and Valmiera in Latvian and English, read from Markdown files.

`data/living/<city>/` holds `index.<lang>.md` (the guide's introduction), `topics/NN-<slug>.<lang>.md` and
`stories/NN-<slug>.<lang>.md`, each with front matter (title, summary; a story also names its person) and
a body of blank-line paragraphs, "## " subheadings and "- " bullet lines. NN orders the pages."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from microcity.core.datafiles import DataFileError, read_markdown

__all__ = ["GUIDE_DIR", "LANGUAGES", "guide"]

GUIDE_DIR = Path(__file__).resolve().parent / "data" / "living"
LANGUAGES = ("lv", "en")


def _pages(folder: Path, *, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """One item per page slug, in file-name order, with the text of each language and shared keys."""
    items: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.md")):
        stem, _, language = path.stem.rpartition(".")
        if language not in LANGUAGES:
            raise DataFileError(f"{path.name}: the name must end in .lv.md or .en.md")
        slug = stem.split("-", 1)[1] if stem[:2].isdigit() and "-" in stem else stem
        meta, body = read_markdown(path, required=required)
        item = items.setdefault(slug, {"slug": slug, "topic": meta.get("topic", slug)})
        item[language] = {**{key: str(meta[key]) for key in required}, "body": body}
    for slug, item in items.items():
        missing = [language for language in LANGUAGES if language not in item]
        if missing:
            raise DataFileError(f"{folder.name}/{slug}: no text in {', '.join(missing)}")
    return list(items.values())


@cache
def guide() -> dict[str, dict[str, Any]]:
    """Per city slug: the introduction per language, its topics and its stories of people who moved."""
    result: dict[str, dict[str, Any]] = {}
    for folder in sorted(path for path in GUIDE_DIR.iterdir() if path.is_dir()):
        result[folder.name] = {
            "intro": {language: read_markdown(folder / f"index.{language}.md")[1] for language in LANGUAGES},
            "topics": _pages(folder / "topics", required=("title", "summary")),
            "stories": _pages(folder / "stories", required=("title", "summary", "person")),
        }
    return result
