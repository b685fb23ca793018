"""One Latvian term per concept (GLOSSARY-lv.md beside the project), agreement with the noun, no gendered
noun before a person's name.

The glossary's "not" list is kept here as data, so that a term it rules out cannot come back into the
catalogue, the templates or the demo data."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[1]
MO = ROOT / "locale" / "lv" / "LC_MESSAGES" / "django.mo"

# Latvian words the glossary rules out, anywhere, with the term to use instead.
FORBIDDEN = {
    "sēkl": "izlozes sākumvērtība (lottery seed), never a plant's seed",
    "subsīdij": "dotācija darba devējam (employer subsidy)",
    "portfel": "karjeras portfolio (not declined)",
}
# An English word in the message, and the Latvian word its translation must not use for it.
NOT_FOR = [
    ("evidence", "apliecinājum", "pamatojošs dokuments"),
    ("inquir", "pieteikum", "jautājums par pārcelšanos"),
    ("booking", "pieteikum", "pieraksts"),
    ("subsid", "subsīdij", "dotācija"),
    ("seed", "sēkl", "izlozes sākumvērtība"),
]
# An English term in the message, and the Latvian term its translation must use (GLOSSARY-lv.md).
MUST = [
    ("waiting list", "gaidīšanas sarakst"),
    ("supervisor", "vadītāj"),
    ("living guide", "ceļve"),
    ("portfolio", "portfolio"),
    ("priority group", "prioritār"),
    ("certificate of work", "darba apliecinājum"),
    ("subsid", "dotācij"),
    ("lottery", "izloz"),
    ("de minimis", "de minimis"),
    ("preview", "priekšskat"),
    ("employer", "darba dev"),
]
# A gendered noun before a name ("Jaunietis Anna ir pieteikts") or a "(-usi)" ending of an unknown gender.
GENDERED_BEFORE_NAME = re.compile(
    r"\b(jaunietis|jauniete|dalībnieks|dalībniece)\s+(%\(|\{\{|\{)", re.IGNORECASE
)
BRACKETED_ENDING = re.compile(r"\w\(-\w+\)")


def catalogue() -> dict[str, str]:
    """Our Latvian catalogue: msgid (with its context, if any, as "context|msgid") -> each form."""
    with MO.open("rb") as file:
        raw = gettext.GNUTranslations(file)._catalog  # type: ignore[attr-defined]
    entries: dict[str, str] = {}
    for key, text in raw.items():
        msgid = key[0] if isinstance(key, tuple) else key
        if not msgid:
            continue
        label = msgid.replace("\x04", "|")
        entries[label if isinstance(key, str) else f"{label} [{key[1]}]"] = text
    return entries


def latvian_files() -> list[Path]:
    """Templates and data files that may hold Latvian text."""
    files = [*(ROOT / "templates").rglob("*.html"), *(ROOT / "templates").rglob("*.txt")]
    for suffix in ("*.yaml", "*.yml", "*.md"):
        files += [path for path in ROOT.rglob(suffix) if "/data/" in path.as_posix()]
    return files


def test_the_checks_find_what_they_look_for():
    assert "sēkl" in "izlozes sēkla"
    assert GENDERED_BEFORE_NAME.search("Jaunietis %(youth_name)s ir pieteikts")
    assert GENDERED_BEFORE_NAME.search("Jauniete {{ name }} ir pieteikta")
    assert not GENDERED_BEFORE_NAME.search("%(youth_name)s: konsultācija pieteikta")
    assert BRACKETED_ENDING.search("ir pabeidzis(-usi) vasaras darbu")


@pytest.mark.parametrize("stem", sorted(FORBIDDEN))
def test_the_catalogue_never_uses_a_term_the_glossary_rules_out(stem):
    found = [f"{msgid!r} => {text!r}" for msgid, text in catalogue().items() if stem in text.lower()]
    assert found == [], f"use {FORBIDDEN[stem]}"


@pytest.mark.parametrize("stem", sorted(FORBIDDEN))
def test_templates_and_demo_data_never_use_a_term_the_glossary_rules_out(stem):
    found = [
        str(path.relative_to(ROOT)) for path in latvian_files() if stem in path.read_text("utf-8").lower()
    ]
    assert found == [], f"use {FORBIDDEN[stem]}"


@pytest.mark.parametrize(("english", "latvian", "instead"), NOT_FOR)
def test_one_english_term_has_one_latvian_translation(english, latvian, instead):
    found = [
        f"{msgid!r} => {text!r}"
        for msgid, text in catalogue().items()
        if english in msgid.lower() and latvian in text.lower()
    ]
    assert found == [], f"{english!r} is {instead!r} in Latvian"


@pytest.mark.parametrize(("english", "latvian"), MUST)
def test_a_glossary_term_is_translated_as_the_glossary_says(english, latvian):
    found = [
        f"{msgid!r} => {text!r}"
        for msgid, text in catalogue().items()
        if english in re.sub(r"%\(\w+\)\w", "", msgid).lower() and latvian not in text.lower()
    ]
    assert found == [], f"{english!r} is {latvian!r}… in Latvian"


def test_latvian_quotes_open_low():
    # „…”, as the glossary says: the English opening quote “ has no place in a Latvian text.
    found = [f"{msgid!r} => {text!r}" for msgid, text in catalogue().items() if "\u201c" in text]
    assert found == []


def test_no_gendered_noun_before_a_name_and_no_bracketed_endings():
    found = [
        f"{msgid!r} => {text!r}"
        for msgid, text in catalogue().items()
        if GENDERED_BEFORE_NAME.search(text) or BRACKETED_ENDING.search(text)
    ]
    found += [
        str(path.relative_to(ROOT))
        for path in (ROOT / "templates").rglob("*.*")
        if path.suffix in {".html", ".txt"} and GENDERED_BEFORE_NAME.search(path.read_text("utf-8"))
    ]
    assert found == []


# --- Status words agree with their noun ----------------------------------------------------------------

STATUS_WORDS = {
    # The class, then each value's Latvian label, agreeing with the noun the status belongs to.
    ("microcity.library.models", "MaterialStatus"): {  # materiāls (m)
        "draft": "Melnraksts", "in_review": "Pārskatīšanā", "returned": "Nosūtīts atpakaļ labošanai",
        "published": "Publicēts", "archived": "Arhivēts",
    },
    ("microcity.talent.models", "JobStatus"): {  # vakance (f)
        "draft": "Melnraksts", "pending": "Gaida apstiprinājumu", "returned": "Nosūtīta atpakaļ labošanai",
        "published": "Publicēta", "withdrawn": "Atsaukta", "expired": "Termiņš beidzies",
    },
    ("microcity.talent.models", "CaseStage"): {  # lieta (f); what the person did, in a neutral past tense
        "new": "Jauna", "closed": "Slēgta", "moved": "Pārcēlās", "settled_6": "Iedzīvojās (pēc 6 mēnešiem)",
    },
    ("microcity.careers.models", "BookingStatus"): {  # konsultācija (f)
        "booked": "Pieteikta", "cancelled": "Atcelta", "attended": "Ieradās", "no_show": "Neieradās",
    },
    ("microcity.careers.models", "RegistrationStatus"): {  # pieteikšanās (f)
        "registered": "Reģistrēta", "waitlisted": "Gaidīšanas sarakstā", "cancelled": "Atcelta",
    },
    ("microcity.summerjobs.models", "PlacementStatus"): {  # darba vieta (f)
        "returned": "Nosūtīta atpakaļ labošanai", "approved": "Apstiprināta", "withdrawn": "Atsaukta",
    },
    ("microcity.summerjobs.models", "ApplicationStatus"): {  # pieteikums (m)
        "submitted": "Iesniegts", "withdrawn": "Atsaukts",
    },
    ("microcity.summerjobs.models", "MatchRunStatus"): {  # sadale (f)
        "preview": "Priekšskatījums", "published": "Publicēta", "discarded": "Atmesta",
    },
    ("microcity.summerjobs.models", "AssignmentStatus"): {  # piedāvājums (m)
        "offered": "Piedāvāts", "accepted": "Pieņemts", "declined": "Atteikts",
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("where", "expected"), STATUS_WORDS.items(), ids=lambda v: v[1] if isinstance(v, tuple) else ""
)
def test_status_words_agree_with_their_noun(where, expected):
    import importlib

    choices = getattr(importlib.import_module(where[0]), where[1])
    with translation.override("lv"):
        labels = {value: str(choices(value).label) for value in expected}
    assert labels == expected
