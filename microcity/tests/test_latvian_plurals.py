"""Latvian plural forms: the catalogue's msgstr[0] is for 1, 21, 31…, msgstr[1] for 2–20, 22…, msgstr[2] for 0.

These entries once had their forms swapped, so that pages said "1 dienas" and "2 diena"."""

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
