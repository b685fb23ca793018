"""What a query means beyond its exact words: synonyms, the completions of a partly typed last word,
and corrections of mistyped words (docs/decisions/0026).

Pure Python, like the rest of the package: the caller supplies the vocabulary of what is indexed as
two functions, ``frequency(term)`` (how many documents hold the term) and ``completions(prefix,
limit)`` (indexed terms that start with ``prefix``, the most frequent first). Everything here works on
analysed terms (``analyze``), so it inherits the analyser's folding of diacritics and endings.

A query becomes, per language, a tuple of *clauses*; a clause is a tuple of *alternatives*; an
alternative is ``(terms, exact)``: terms that must all be in a document, and whether they are the
query's own words (True) or a synonym or completion of them (False). A document must satisfy every
clause through one of its alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from . import english, latvian
from .analyzer import SUPPORTED_LANGUAGES, analyze
from .folding import fold
from .stopwords import ENGLISH_STOP_WORDS, LATVIAN_STOP_WORDS

__all__ = [
    "Alternative",
    "Clause",
    "Correction",
    "Thesaurus",
    "correct",
    "edit_distance_allowed",
    "expand",
    "query_words",
]

Alternative = tuple[tuple[str, ...], bool]
Clause = tuple[Alternative, ...]

# At most this many completions of the last word join its clause (the most frequent ones).
COMPLETIONS = 20
# A last word shorter than this (folded) is not completed: "a", "pr" would match half the vocabulary.
MIN_PREFIX = 3

_WORD = re.compile(r"[^\W_]+(?:['\u2018\u2019\u02bc`\u00b4][^\W_]+)*")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def query_words(query: str) -> list[re.Match[str]]:
    """The words of a query as typed (with their places in it, for a correction)."""
    return list(_WORD.finditer(query))


# --- Thesaurus ----------------------------------------------------------------------------------------


@dataclass
class Thesaurus:
    """Groups of phrases that mean the same for a searcher ("pašizziņa", "sevis izzināšana",
    "self-knowledge"): a query word or phrase of a group also finds the group's other phrases.

    Phrases are analysed in every language when the thesaurus is built, so "IT" and "programmētāji"
    meet the documents' terms however they are inflected, and the thesaurus never needs the index to
    be rebuilt.
    """

    # language → analysed phrase → the analysed phrases of its groups (itself included)
    _phrases: dict[str, dict[tuple[str, ...], set[tuple[str, ...]]]] = field(default_factory=dict)
    longest: int = 0

    @classmethod
    def from_groups(
        cls, groups: Iterable[Sequence[str]], one_way: Iterable[tuple[Sequence[str], Sequence[str]]] = ()
    ) -> Thesaurus:
        """``groups``: phrases that all mean one another; ``one_way``: (phrases, what they also mean)
        pairs, for a word that is ambiguous the other way round ("IT" is also a Latvian word)."""
        thesaurus = cls({language: {} for language in SUPPORTED_LANGUAGES})
        pairs = [(list(group), list(group)) for group in groups] + [(list(a), [*a, *b]) for a, b in one_way]
        for sources, meanings in pairs:
            for language in SUPPORTED_LANGUAGES:
                analysed = {tuple(analyze(phrase, language)) for phrase in meanings}
                analysed.discard(())
                if len(analysed) < 2:
                    continue
                table = thesaurus._phrases[language]
                for phrase in {tuple(analyze(phrase, language)) for phrase in sources} - {()}:
                    table.setdefault(phrase, set()).update(analysed)
                    thesaurus.longest = max(thesaurus.longest, len(phrase))
        return thesaurus

    @classmethod
    def parse(cls, text: str) -> Thesaurus:
        """One group per line, phrases separated by "|"; "#" starts a comment. A line "a | b => c | d"
        is one way: "a" and "b" also find "c" and "d", not the other way round."""
        return cls.from_groups(parse_groups(text), parse_one_way(text))

    def related(self, language: str, phrase: tuple[str, ...]) -> set[tuple[str, ...]]:
        """The phrases that mean the same as ``phrase`` (itself included), or an empty set."""
        return self._phrases.get(language, {}).get(phrase, set())

    def __len__(self) -> int:
        return sum(len(table) for table in self._phrases.values())


def parse_groups(text: str) -> list[list[str]]:
    """The groups of a thesaurus text: one per line, phrases separated by "|", "#" comments (one-way
    lines, with "=>", are left out: parse_one_way)."""
    groups = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if "=>" in line:
            continue
        phrases = [phrase.strip() for phrase in line.split("|") if phrase.strip()]
        if len(phrases) >= 2:
            groups.append(phrases)
    return groups


def parse_one_way(text: str) -> list[tuple[list[str], list[str]]]:
    """The one-way lines of a thesaurus text: "a | b => c | d"."""
    pairs = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if "=>" not in line:
            continue
        left, right = line.split("=>", 1)
        sources = [phrase.strip() for phrase in left.split("|") if phrase.strip()]
        meanings = [phrase.strip() for phrase in right.split("|") if phrase.strip()]
        if sources and meanings:
            pairs.append((sources, meanings))
    return pairs


# --- Expansion ----------------------------------------------------------------------------------------


def expand(
    query: str,
    *,
    thesaurus: Thesaurus | None = None,
    completions: Callable[[str, int], list[str]] | None = None,
    max_terms: int = 16,
) -> dict[str, tuple[Clause, ...]]:
    """The query's clauses per language: each term as typed, with its synonyms; a phrase of the
    thesaurus found in the query (its longest match first) is one clause; the last word, if it is
    not followed by a space, also matches the indexed terms it begins (at most COMPLETIONS)."""
    words = query_words(query)
    last_word = fold(words[-1].group()) if words and not query[words[-1].end() :].strip() else ""
    clauses: dict[str, tuple[Clause, ...]] = {}
    for language in SUPPORTED_LANGUAGES:
        terms = list(dict.fromkeys(analyze(query, language)))[:max_terms]
        last_terms = analyze(last_word, language) if last_word else []
        result: list[Clause] = []
        position = 0
        while position < len(terms):
            found: tuple[tuple[str, ...], set[tuple[str, ...]]] | None = None
            if thesaurus is not None:
                for size in range(min(thesaurus.longest, len(terms) - position), 0, -1):
                    phrase = tuple(terms[position : position + size])
                    related = thesaurus.related(language, phrase)
                    if related:
                        found = (phrase, related)
                        break
            if found is None:
                phrase, related = (terms[position],), set()
            else:
                phrase, related = found
            alternatives: list[Alternative] = [(phrase, True)]
            alternatives += [(other, False) for other in sorted(related) if other != phrase]
            result.append(tuple(alternatives))
            position += len(phrase)
        if (
            completions is not None
            and result
            and len(last_word) >= MIN_PREFIX
            and len(last_terms) == 1
            and result[-1][0][0] == (last_terms[0],)
        ):
            known = {terms for terms, _exact in result[-1]}
            extra: list[Alternative] = []
            for prefix in dict.fromkeys((last_terms[0], last_word)):
                for term in completions(prefix, COMPLETIONS):
                    if (term,) not in known and len(extra) < COMPLETIONS:
                        known.add((term,))
                        extra.append(((term,), False))
            result[-1] = (*result[-1], *extra)
        clauses[language] = tuple(result)
    return clauses


# --- Corrections --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    """A query with its unknown words replaced by the closest known ones."""

    query: str  # the corrected query, the rest of it as typed
    words: tuple[tuple[str, str], ...]  # (as typed, as corrected)


# Longer words are not corrected: nobody mistypes a word of 25 letters that the index holds, and the
# candidates grow with the length (two edits: with its square).
MAX_CORRECTED_LENGTH = 24
# At most this many query words are corrected (each costs a few thousand analyses).
MAX_CORRECTED_WORDS = 4


def edit_distance_allowed(word: str) -> int:
    """How many edits a correction may make: none below 4 letters (or above MAX_CORRECTED_LENGTH), 1 up
    to 7, 2 from 8."""
    length = len(word)
    if length < 4 or length > MAX_CORRECTED_LENGTH:
        return 0
    return 1 if length < 8 else 2


def _edits(word: str, *, full: bool = True) -> set[str]:
    """Words one edit away: a letter left out, two swapped, and (``full``) one replaced or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {left + right[1:] for left, right in splits if right}
    found |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    if full:
        found |= {left + letter + right[1:] for left, right in splits if right for letter in _LETTERS}
        found |= {left + letter + right for left, right in splits for letter in _LETTERS}
    found.discard(word)
    return found


# Candidates are stemmed without the analysers' per-word caches (``__wrapped__``): thousands of
# made-up words would push the real ones out.
_STEMMERS: dict[str, Callable[[str], str]] = {
    "lv": getattr(latvian.stem, "__wrapped__", latvian.stem),
    "en": getattr(english.stem, "__wrapped__", english.stem),
}
_STOP_WORDS = {"lv": LATVIAN_STOP_WORDS, "en": ENGLISH_STOP_WORDS}


# A stem is the word less an ending of at most this many letters (Porter2 may also change the last
# letter of what remains: happy → happi).
_LONGEST_ENDING = {"lv": 7, "en": 5}


def _may_be_known(folded: str, known: Callable[[str], bool], longest_ending: int) -> bool:
    """Cheap test before stemming a candidate: is some prefix of it (what a stem would be) indexed?"""
    for length in range(max(2, len(folded) - longest_ending), len(folded) + 1):
        prefix = folded[:length]
        if known(prefix) or known(prefix[:-1] + "i"):
            return True
    return False


def _frequency_of(
    word: str, frequency: Callable[[str], int], languages: Sequence[str], known: Callable[[str], bool]
) -> int:
    """How many documents hold ``word`` (lower-case, one word), in the language that knows it best."""
    folded = fold(word)
    best = 0
    for language in languages:
        if folded in _STOP_WORDS[language] or not _may_be_known(folded, known, _LONGEST_ENDING[language]):
            continue
        best = max(best, frequency(_STEMMERS[language](folded)))
    return best


def _known(word: str, frequency: Callable[[str], int], languages: Sequence[str]) -> int:
    """How many documents hold the word (its analysis in the language that knows it best)."""
    best = 0
    for language in languages:
        terms = analyze(word, language)
        if len(terms) == 1:
            best = max(best, frequency(terms[0]))
    return best


def _closest(
    word: str, frequency: Callable[[str], int], languages: Sequence[str], known: Callable[[str], bool]
) -> str | None:
    allowed = edit_distance_allowed(fold(word))
    if not allowed:
        return None
    candidates = _edits(word)
    best = _best(candidates, frequency, languages, known)
    if best is None and allowed > 1:
        # Two edits: both of them letters left out or swapped (a doubled letter, a slip of two
        # fingers), which keeps the candidates to a few hundred.
        first = _edits(word, full=False)
        second = {edit for candidate in first for edit in _edits(candidate, full=False)}
        second -= candidates
        second.discard(word)
        best = _best(second, frequency, languages, known)
    return best


def _best(
    candidates: Iterable[str],
    frequency: Callable[[str], int],
    languages: Sequence[str],
    known: Callable[[str], bool],
) -> str | None:
    scored = [(_frequency_of(candidate, frequency, languages, known), candidate) for candidate in candidates]
    scored = [(count, candidate) for count, candidate in scored if count]
    if not scored:
        return None
    # The most frequent; among equals the longest (a letter left out is a more common slip than one
    # too many), then the alphabetically first, so the answer is always the same.
    return min(scored, key=lambda item: (-item[0], -len(item[1]), item[1]))[1]


def _unknown(
    word: str,
    frequency: Callable[[str], int],
    thesaurus: Thesaurus | None,
    languages: Sequence[str],
    has_prefix: Callable[[str], bool] | None,
) -> bool:
    """Whether ``word`` is to be corrected: long enough, not a stop word, in no document, not in the
    thesaurus, and (``has_prefix`` given: it is the last word, maybe being typed) not the start of an
    indexed term."""
    if not edit_distance_allowed(fold(word)):
        return False
    analysed = {language: analyze(word, language) for language in languages}
    if not any(analysed.values()) or _known(word, frequency, languages):
        return False
    if thesaurus is not None and any(
        thesaurus.related(language, tuple(terms)) for language, terms in analysed.items() if terms
    ):
        return False
    if has_prefix is not None and len(fold(word)) >= MIN_PREFIX:
        prefixes = {fold(word), *(term for terms in analysed.values() for term in terms)}
        if any(has_prefix(prefix) for prefix in prefixes):
            return False
    return True


def correct(
    query: str,
    *,
    frequency: Callable[[str], int],
    thesaurus: Thesaurus | None = None,
    completions: Callable[[str, int], list[str]] | None = None,
    languages: Sequence[str] = SUPPORTED_LANGUAGES,
    known: Callable[[str], bool] | None = None,
    has_prefix: Callable[[str], bool] | None = None,
) -> Correction | None:
    """The query with each word that no document holds (in any language's analysis) replaced by the
    most frequent known word within the allowed edit distance (edit_distance_allowed), or None when
    every word is known or none could be corrected.

    A word that the thesaurus knows is not corrected, nor a last word that completes to an indexed
    term (it is being typed), nor a stop word. ``known(term)``, a cheap test of whether a term is
    indexed at all, speeds the search for candidates (default: ``frequency(term) > 0``);
    ``has_prefix(prefix)``, whether some indexed term starts with it, the test of a last word being
    typed (default: ``completions``).
    """
    if known is None:
        known = lambda term: frequency(term) > 0  # noqa: E731
    if has_prefix is None and completions is not None:
        has_prefix = lambda prefix: bool(completions(prefix, 1))  # noqa: E731
    words = query_words(query)
    replacements: list[tuple[re.Match[str], str]] = []
    tried = 0
    for position, match in enumerate(words):
        is_last = position == len(words) - 1 and not query[match.end() :].strip()
        if not _unknown(match.group(), frequency, thesaurus, languages, has_prefix if is_last else None):
            continue
        if tried >= MAX_CORRECTED_WORDS:
            break
        tried += 1
        corrected = _closest(match.group().lower(), frequency, languages, known)
        if corrected is not None:
            replacements.append((match, corrected))
    if not replacements:
        return None
    parts: list[str] = []
    cursor = 0
    for match, corrected in replacements:
        parts.append(query[cursor : match.start()])
        parts.append(corrected)
        cursor = match.end()
    parts.append(query[cursor:])
    return Correction(
        query="".join(parts), words=tuple((match.group(), corrected) for match, corrected in replacements)
    )


def frequencies(counts: Mapping[str, int]) -> Callable[[str], int]:
    """A ``frequency`` function over a mapping (for tests and small vocabularies)."""
    return lambda term: counts.get(term, 0)
