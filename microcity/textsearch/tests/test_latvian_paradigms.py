"""Property tests: every form of a generated Latvian paradigm must give one term.

The stems are random, so these tests check the rules of the stemmer rather than a list of words it
was tuned on.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from microcity.textsearch import analyze
from microcity.textsearch.folding import fold
from microcity.textsearch.stopwords import LATVIAN_STOP_WORDS

# Letters are drawn with their diacritics so the paradigms look like real typed text.
_ONSETS = [
    "b",
    "d",
    "g",
    "k",
    "ķ",
    "l",
    "m",
    "p",
    "r",
    "s",
    "š",
    "t",
    "v",
    "z",
    "ž",
    "dz",
    "st",
    "kr",
    "pl",
    "sk",
    "br",
    "tr",
    "sp",
    "gr",
]
_NUCLEI = ["a", "e", "i", "o", "u", "ā", "ē", "ī", "ū", "ie", "ai", "au"]
# Codas whose alternation in the "softened" cases (2nd, 5th, 6th declension) disappears in folding
# (l→ļ, n→ņ, c→č, s→š, z→ž) or is a labial that takes a j; t and d (→ š, ž) are a documented limit.
_SOFT_CODAS = ["l", "n", "c", "s", "z", "r", "b", "p", "m", "v", "g", "k", "ln", "rn", "sl", "zn"]
_HARD_CODAS = [*_SOFT_CODAS, "t", "d", "st", "rg", "lt", "nk", "rd", "kt"]

_SOFTEN = {"l": "ļ", "n": "ņ", "c": "č", "s": "š", "z": "ž"}
_LABIALS = "bpmv"


def _stems(codas: list[str]) -> st.SearchStrategy[str]:
    syllable = st.tuples(st.sampled_from(_ONSETS), st.sampled_from(_NUCLEI)).map("".join)
    stem = st.tuples(st.lists(syllable, min_size=1, max_size=3).map("".join), st.sampled_from(codas)).map(
        "".join
    )
    # -iet- stems switch t/š by case on purpose (latvietis/latvieša) and are tested by example.
    return stem.filter(lambda s: len(fold(s)) >= 3 and not fold(s).endswith("iet"))


def _soften(stem: str) -> str:
    if stem[-1] in _LABIALS:
        return stem + "j"
    return stem[:-1] + _SOFTEN.get(stem[-1], stem[-1])


def _single_term(forms: list[str]) -> None:
    # A random stem can spell a pronoun form ("sav" + "u"); stop words are tested on their own.
    assume(not any(fold(form) in LATVIAN_STOP_WORDS for form in forms))
    terms = {tuple(analyze(form)) for form in forms}
    assert len(terms) == 1, {form: analyze(form) for form in forms}
    (term,) = terms
    assert len(term) == 1 and term[0], forms
    # Typed without diacritics, every form must still meet the same term.
    assert {tuple(analyze(fold(form))) for form in forms} == terms


@settings(max_examples=300)
@given(_stems(_HARD_CODAS))
def test_first_declension_masculine(stem: str) -> None:
    endings = ["s", "a", "am", "u", "ā", "i", "iem", "us", "os"]
    _single_term([stem + ending for ending in endings])


@settings(max_examples=300)
@given(_stems(_SOFT_CODAS))
def test_second_declension(stem: str) -> None:
    soft = _soften(stem)
    _single_term(
        [stem + "is", soft + "a", stem + "im", stem + "i", stem + "ī", soft + "i", soft + "u"]
        + [soft + "iem", soft + "us", soft + "os"]
    )


@settings(max_examples=300)
@given(_stems(_HARD_CODAS))
def test_third_declension(stem: str) -> None:
    _single_term([stem + ending for ending in ["us", "um", "u", "ū", "i", "iem", "os"]])


@settings(max_examples=300)
@given(_stems(_HARD_CODAS))
def test_fourth_declension(stem: str) -> None:
    _single_term([stem + ending for ending in ["a", "as", "ai", "u", "ā", "ām", "ās"]])


@settings(max_examples=300)
@given(_stems(_SOFT_CODAS))
def test_fifth_declension(stem: str) -> None:
    endings = ["e", "es", "ei", "i", "ē", "ēm", "ēs"]
    _single_term([stem + ending for ending in endings] + [_soften(stem) + "u"])


@settings(max_examples=300)
@given(_stems(_SOFT_CODAS))
def test_sixth_declension(stem: str) -> None:
    endings = ["s", "ij", "i", "ī", "is", "īm", "īs"]
    _single_term([stem + ending for ending in endings] + [_soften(stem) + "u"])


# Definite forms of adjectives in vowel + t (lētajam) are indistinguishable from agent nouns once
# folded (skolotājam) and are kept apart on purpose; consonant + t (baltajam) is covered here.
_ADJECTIVE_CODAS = [coda for coda in _HARD_CODAS if coda != "t"]


@settings(max_examples=300)
@given(_stems(_ADJECTIVE_CODAS))
def test_adjective_indefinite_definite_and_comparative(stem: str) -> None:
    # A root ending in the comparative's own -ak- (babak-āks) would need two passes, and one that
    # starts like the superlative vis- (vispārīgāks) loses it; both are rare and documented.
    assume(not fold(stem).endswith("ak") and not fold(stem).startswith("vis"))
    indefinite = ["s", "a", "am", "u", "ā", "i", "iem", "us", "os", "as", "ai", "ām", "ās"]
    definite = ["ais", "ajam", "o", "ajā", "ie", "ajiem", "ajos", "ajai", "ajām", "ajās"]
    comparative = ["āks", "āka", "ākais", "ākajam", "āko", "ākie", "ākajās"]
    _single_term([stem + ending for ending in indefinite + definite + comparative])


# Roots of generated verbs avoid endings that double as a derivational suffix (-as, -ak, vowel + t
# ...): for those a form can lose one suffix too many or too few, a documented limit of a light stemmer.
_AMBIGUOUS_ROOT_ENDINGS = ("am", "as", "es", "is", "os", "us", "ak", "san", "dam")


def _verb_roots() -> st.SearchStrategy[str]:
    return _stems(_HARD_CODAS).filter(
        lambda r: (
            not fold(r).endswith(_AMBIGUOUS_ROOT_ENDINGS)
            and not (fold(r)[-1] == "t" and fold(r)[-2] in "aeiou")
        )
    )


@settings(max_examples=300)
@given(_verb_roots(), st.sampled_from(["ā", "ē", "o"]))
def test_second_conjugation_verb(root: str, theme: str) -> None:
    stem = root + theme
    forms = [
        stem + "t",  # infinitive
        *(stem + e for e in ["ju", "", "jam", "jat"]),  # present
        *(stem + e for e in ["ji", "ja", "jām", "jāt"]),  # past
        *(stem + e for e in ["šu", "si", "s", "sim", "siet"]),  # future
        *(stem + e for e in ["jošs", "jošā", "jošajiem", "jams", "jamā", "ts", "ta"]),
        *(stem + e for e in ["jis", "jusi", "jušas", "jot", "dams"]),  # participles, gerund
        "jā" + stem,  # debitive
        *(stem + e for e in ["ties", "jos", "jās", "jamies", "šos", "sies", "jies", "jusies"]),
        stem + "joties",  # reflexive
        # (definite -tajā is left out: once folded it is spelt like the agent noun -tājā)
        *(stem + e for e in ["šana", "šanas", "šanu", "šanā"]),  # gerund noun
    ]
    _single_term(forms)
