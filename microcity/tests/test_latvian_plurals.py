"""Latvian plural forms: the catalogue's msgstr[0] is for 1, 21, 31…, msgstr[1] for 2–20, 22…, msgstr[2] for 0.

These entries once had their forms swapped, so that pages said "1 dienas" and "2 diena"."""

import os

import pytest
from django.utils import translation

CASES = [
    ("%(n)s day", "%(n)s days", {1: "1 diena", 2: "2 dienas", 11: "11 dienas", 21: "21 diena"}),
    ("%(n)s youth at work", "%(n)s youths at work", {1: "1 jaunietis darbā", 5: "5 jaunieši darbā"}),
    ("%(n)s job is over.", "%(n)s jobs are over.", {1: "Pabeigts 1 darbs.", 3: "Pabeigti 3 darbi."}),
    (
        "%(n)s session is booked in these hours.",
        "%(n)s sessions are booked in these hours.",
        {1: "Šajā laikā ir pieteikta 1 konsultācija.", 2: "Šajā laikā ir pieteiktas 2 konsultācijas."},
    ),
    (
        "%(n)s completed job has no certificate yet.",
        "%(n)s completed jobs have no certificate yet.",
        {
            1: "1 pabeigtam darbam vēl nav izsniegts apliecinājums.",
            4: "4 pabeigtiem darbiem vēl nav izsniegti apliecinājumi.",
        },
    ),
    (
        "Employers: would you have offered this job without the programme? (%(n)s answer)",
        "Employers: would you have offered this job without the programme? (%(n)s answers)",
        {1: "(1 atbilde)", 7: "(7 atbildes)"},
    ),
    (
        "%(n)s booked session stays booked outside the hours offered: move or cancel it if the counsellor "
        "cannot hold it.",
        "%(n)s booked sessions stay booked outside the hours offered: move or cancel them if the counsellor "
        "cannot hold them.",
        {1: "1 pieteikta konsultācija paliek", 2: "2 pieteiktas konsultācijas paliek"},
    ),
]


@pytest.mark.parametrize(("singular", "plural", "expected"), CASES)
def test_latvian_plural_forms_agree_with_the_number(singular, plural, expected):
    with translation.override("lv"):
        for n, text in expected.items():
            assert text in translation.ngettext(singular, plural, n) % {"n": n}


# --- Every plural message, against the reviewed table ------------------------------------------------

NUMBERS = (0, 1, 2, 11, 21)


def latvian_plural_messages() -> set[str]:
    """The msgids of every plural message of our Latvian catalogue (not Django's or Wagtail's own)."""
    import gettext
    from pathlib import Path

    mo = Path(__file__).resolve().parents[1] / "locale" / "lv" / "LC_MESSAGES" / "django.mo"
    with mo.open("rb") as file:
        catalogue = gettext.GNUTranslations(file)._catalog  # type: ignore[attr-defined]
    return {key[0] for key in catalogue if isinstance(key, tuple) and key[0]}


def render_plural(msgid: str, n: int) -> str:
    """The catalogue's text for n, the placeholders other than n filled with "X"."""
    import re

    from django.utils.translation import trans_real

    # gettext's own plural rule picks the form; the msgid_plural is not needed to look the entry up.
    text = trans_real.translation("lv").ngettext(msgid, msgid, n)
    return text % {key: (n if key == "n" else "X") for key in re.findall(r"%\((\w+)\)", text)}


def test_every_plural_message_is_in_the_reviewed_table():
    from microcity.tests.latvian_plurals_table import TABLE

    messages = latvian_plural_messages()
    assert sorted(messages - set(TABLE)) == [], (
        "a new plural message: check its forms and add it to the table"
    )
    assert sorted(set(TABLE) - messages) == [], (
        "a plural message left the catalogue: remove it from the table"
    )


def test_every_plural_message_renders_as_reviewed():
    from microcity.tests.latvian_plurals_table import TABLE

    wrong = []
    for msgid, expected in TABLE.items():
        for n in NUMBERS:
            got = render_plural(msgid, n)
            if got != expected[n]:
                wrong.append(f"{msgid!r} n={n}: {got!r} != {expected[n]!r}")
    assert wrong == []


def test_the_catalogue_plural_rule_is_latvians():
    from django.utils.translation import trans_real

    plural = trans_real.translation("lv").plural
    assert [plural(n) for n in (0, 1, 2, 5, 10, 11, 12, 20, 21, 22, 101, 111, 1001)] == [
        2, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0,
    ]  # fmt: skip


if __name__ == "__main__":  # pragma: no cover
    # Prints the catalogue as a draft of latvian_plurals_table.TABLE, to be read line by line before it
    # replaces the table: `MICROCITY_TESTING=1 python -m microcity.tests.test_latvian_plurals`.
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "microcity.settings")
    django.setup()
    with translation.override("lv"):
        print("TABLE: dict[str, dict[int, str]] = {")
        for message in sorted(latvian_plural_messages()):
            print(f"    {message!r}: {{")
            for number in NUMBERS:
                print(f"        {number}: {render_plural(message, number)!r},")
            print("    },")
        print("}")
