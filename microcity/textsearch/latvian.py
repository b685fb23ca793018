"""Light rule-based stemmer for Latvian, working on folded (diacritic-free) lower-case words.

The approach follows the light stemmers of Kreslins/Gulbis (as shipped in Lucene) and Savoy: strip
one inflectional ending, then undo a few productive derivations. It differs in one deliberate way:
every rule is written for *folded* text. Latvian users often type without diacritics, and a stemmer
that keys on "ā" or "š" would give "skolā" and "skola" (typed for skolā) different terms. Because
the stemmer never sees a diacritic, a word typed with and without them always yields the same term.

Stages, in order (each rule applies at most once):

1. inflection: the longest ending of nouns (declensions 1-6), adjectives (indefinite and definite)
   and verbs (person endings, infinitive, reflexive) whose removal leaves a stem of at least two
   letters containing a vowel;
2. light alternations: -iet-/-ieš- (latvietis, latviešu), -niek-/-niec- (darbinieks, darbiniece),
   the labial j (upe, upju);
3. agent nouns in -tājs stop here, keeping their suffix (skolotājs ≠ skola);
4. derivation, innermost last: the theme + j (-āj-, -ēj-, -īj-, -oj-) or definite -aj-, the
   comparative -āk- (and superlative vis-), gerund nouns (-šana), one participle or future marker
   (-ošs, -ams, -dams, -ts, -is/-usi, -šu after a theme vowel), a final theme vowel, and the
   debitive prefix jā-.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["stem"]

# Stage 1 may leave a two-letter stem (acs → ac, ēka → ek) but derivational stripping needs three,
# otherwise short roots collapse onto each other (klase would become "kl").
_MIN_INFLECTED_STEM = 2
_MIN_DERIVED_STEM = 3

_VOWELS = frozenset("aeiouy")
_THEME_VOWELS = frozenset("aeio")

# Folded endings grouped by length so stage 1 can try the longest first with set look-ups only.
# After folding, long and short vowels coincide (ā/a, ē/e, ī/i, ū/u) and so do š/s, ž/z, so one
# entry covers several real endings: "as" is -as, -ās (4th decl. gen., 3rd pers. future, reflexive),
# "am" is -am, -ām, "is" is -is, -īs, and so on.
_ENDINGS: dict[int, frozenset[str]] = {
    # future reflexive 2nd pl. (mācīsieties) and imperative reflexive (mācieties)
    6: frozenset({"ieties"}),
    # future reflexive 1st pl. (mācīsimies)
    5: frozenset({"imies"}),
    # reflexive infinitive (mācīties, mācoties)
    4: frozenset({"ties"}),
    # reflexive 2nd/3rd pers. (mācies, mācījies), dat. pl. (darbiem), definite adj. masc. (labais),
    # 2nd pl. imperative / future (strādājiet, strādāsiet)
    3: frozenset({"ies", "iem", "ais", "iet"}),
    2: frozenset(
        {
            "am",  # dat. sg. masc., dat. pl. fem. (-ām), 1st pl. present/past
            "as",  # gen. sg. / nom. acc. loc. pl. fem. (-as, -ās), reflexive 3rd pers.
            "at",  # 2nd pl. (-at, -āt), infinitive -āt
            "ai",  # dat. sg. fem.
            "ei",  # dat. sg. 5th decl.
            "em",  # dat. pl. 5th decl. (-ēm)
            "es",  # gen. sg. / nom. acc. loc. pl. 5th decl.
            "et",  # infinitive -ēt
            "ie",  # nom. pl. definite adj. masc.
            "ij",  # dat. sg. 6th decl.
            "im",  # dat. sg. 2nd decl., dat. pl. 6th decl. (-īm), 1st pl. future (-sim)
            "is",  # nom. sg. 2nd decl., nom. acc. loc. pl. 6th decl., past participle
            "it",  # infinitive -īt
            "os",  # loc. pl. masc., reflexive 1st sg., definite adj. acc. pl.
            "ot",  # infinitive -ot, gerund -ot
            "um",  # dat. sg. 3rd decl.
            "us",  # nom. gen. sg. 3rd decl., acc. pl. masc.
            "ut",  # infinitive -ūt
        }
    ),
    1: frozenset({"a", "e", "i", "o", "u", "s", "t"}),
}
_ENDING_LENGTHS = tuple(sorted(_ENDINGS, reverse=True))

# Endings of the 2nd (-is) and 5th (-e) declensions, whose nouns in -ietis/-iete switch t to š in the
# other cases (latvietis, latvieša, latviešu; latviete, latviešu). Conditioning on the ending keeps
# 4th-declension "vieta" (place) apart from "viesis" (guest).
_IET_SOFTENING_ENDINGS = frozenset({"is", "im", "i", "e", "es", "ei", "em"})

# Participle and future markers left after the ending; at most one is removed, longest first.
# -dams (strādādams), -ams (strādājams), -ošs (strādājošs, plānošu), -usi (strādājusi),
# -īšu/-āšu/-ēšu future (mācīšu, strādāšu, meklēšu), -ts passive participle (strādāts).
_PARTICIPLE_SUFFIXES_3 = ("dam",)
_PARTICIPLE_SUFFIXES_2 = frozenset({"am", "os", "us", "is", "as", "es"})

# Theme vowel + j of 2nd/3rd conjugation stems (strādāj-, meklēj-, mācīj-, dzīvoj-) and of nouns in
# -ija/-ējs (informācija, pārdevējs); removing it meets the forms that have no j (strādā, meklē).
_THEME_SUFFIXES = ("aj", "ej", "ij", "oj")

# A j after a labial appears only in some forms (upe → upju, zivs → zivju, skapis → skapja).
_LABIALS = frozenset("bpmv")


def _inflection(word: str) -> tuple[str, str]:
    """Split ``word`` into (stem, ending) at the longest ending that leaves a usable stem."""
    length = len(word)
    for ending_length in _ENDING_LENGTHS:
        stem_length = length - ending_length
        if stem_length < _MIN_INFLECTED_STEM:
            continue
        ending = word[stem_length:]
        if ending in _ENDINGS[ending_length]:
            stem = word[:stem_length]
            # A stem without a vowel ("sms", the "s" of "ss") is not a Latvian root.
            if not _VOWELS.isdisjoint(stem):
                return stem, ending
    return word, ""


def _is_agent_noun(stem: str) -> bool:
    # -tāj- follows a consonant + theme vowel (skolo-t-āj, programmē-t-āj, vadī-t-āj). A consonant
    # before the t (baltajam, noteiktajā) marks a definite adjective, a diphthong (jautāju) a verb
    # root ending in t; both must lose their -aj- like any other adjective or verb.
    return len(stem) >= 5 and stem.endswith("taj") and stem[-4] in _THEME_VOWELS and stem[-5] not in _VOWELS


# The helpers below run for every new word, so they test lengths first and use one tuple
# ``endswith`` or one set look-up instead of a loop over suffixes.
_MIN_TO_STRIP_TWO = _MIN_DERIVED_STEM + 2
_MIN_TO_STRIP_THREE = _MIN_DERIVED_STEM + 3


def _strip_theme(stem: str) -> str:
    if len(stem) >= _MIN_TO_STRIP_TWO and stem.endswith(_THEME_SUFFIXES):
        return stem[:-2]
    return stem


def _strip_participle(stem: str) -> tuple[str, bool]:
    if len(stem) < _MIN_TO_STRIP_TWO:
        return stem, False
    if len(stem) >= _MIN_TO_STRIP_THREE and stem.endswith(_PARTICIPLE_SUFFIXES_3):
        return stem[:-3], True
    tail = stem[-2:]
    if tail in _PARTICIPLE_SUFFIXES_2:
        # "-ies" is the softened stem of -ietis/-iete nouns (latviešu, jauniešiem), not a
        # future "-ēš-"; stripping it would merge jaunietis (young person) into jauns (new).
        if tail == "es" and stem[-3] == "i":
            return stem, False
        return stem[:-2], True
    # -ts/-ta passive participle together with the theme vowel before it (strādā-t-s, plāno-t-s,
    # mācī-t-s), so that it meets the infinitive, which loses -āt/-ot/-īt in stage 1. Taking the
    # vowel too keeps short roots ending in a t (skat-os, skat-īties) whole.
    if tail[1] == "t" and tail[0] in _VOWELS:
        return stem[:-2], True
    return stem, False


def _derivation(stem: str, ending: str) -> str:
    if ending in _IET_SOFTENING_ENDINGS and stem.endswith("iet"):
        stem = stem[:-1] + "s"
    elif stem.endswith("niec"):
        # Feminine agent nouns (darbiniece) share the term of the masculine (darbinieks).
        stem = stem[:-1] + "k"
    elif len(stem) > _MIN_INFLECTED_STEM and stem[-1] == "j" and stem[-2] in _LABIALS:
        # A labial takes a j only in some cases (upe → upju, zivs → zivju, skapis → skapja).
        stem = stem[:-1]

    # Agent nouns keep -tāj- so they stay apart from their base (skolotājs ≠ skola, programmētājs ≠
    # programma). After folding, definite forms of adjectives in vowel + t (lētajam, minētajā) look
    # the same and are kept whole too; that is the price of not depending on diacritics.
    if _is_agent_noun(stem):
        return stem

    # The -aj- of definite adjectives (labajam) and the theme + j of verbs (strādājam) go first,
    # then the comparative -āk-, then participles, mirroring the order in which they are built onto
    # the root (nepieciešam-āk-aj-ām), so that every form of a word reaches the same point.
    stem = _strip_theme(stem)

    if stem.endswith("ak") and len(stem) - 2 >= _MIN_DERIVED_STEM:
        stem = stem[:-2]  # comparative: labāks, labākais → lab-
        if stem.startswith("vis") and len(stem) - 3 >= _MIN_DERIVED_STEM:
            stem = stem[3:]  # superlative: vislabākais → lab-

    if stem.endswith("san") and len(stem) - 3 >= _MIN_DERIVED_STEM:
        stem = stem[:-3]  # gerund noun: plānošana → plāno-

    stem, stripped = _strip_participle(stem)
    if stripped:
        stem = _strip_theme(stem)  # strādāj-ošs, mācīj-usi: the j-stem sits under the participle

    if len(stem) > _MIN_DERIVED_STEM and stem[-1] in _VOWELS:
        # Theme vowel left by the infinitive, the present or -šana (plāno-, mācī-), and the -o- of
        # the reflexive gerund, which may sit on a j-stem (gatavoj-o-ties).
        stem = _strip_theme(stem[:-1])

    # Debitive jā- (jāstrādā). After folding it looks like the start of "jauns", "jautājums", so
    # those are excluded; what else begins with "ja" is rare and still maps consistently.
    if stem.startswith("ja") and not stem.startswith("jau") and len(stem) - 2 >= _MIN_DERIVED_STEM:
        stem = stem[2:]

    return stem


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """Return the search term for one folded, lower-case Latvian word.

    Words containing digits ("9", "b2", "5g") are returned unchanged: they are codes, not Latvian.
    """
    if not word.isalpha():
        return word
    base, ending = _inflection(word)
    return _derivation(base, ending)
