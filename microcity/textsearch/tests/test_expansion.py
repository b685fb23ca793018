"""Query expansion without Django: the thesaurus, the last word's completions, corrections."""

from __future__ import annotations

from microcity.textsearch import analyze
from microcity.textsearch.expansion import (
    Thesaurus,
    correct,
    edit_distance_allowed,
    expand,
    frequencies,
    parse_groups,
)

THESAURUS = Thesaurus.parse(
    """
    # a comment
    pašizziņa | sevis izzināšana | self-knowledge
    IT | programmētājs | developer
    karjeras plānošana | career planning
    lonely   # a group of one phrase is no group
    """
)


def test_groups_are_lines_of_phrases_separated_by_bars():
    assert parse_groups("a | b c\n# x | y\nsolo\n d|e # f | g") == [["a", "b c"], ["d", "e"]]


def test_a_thesaurus_word_brings_its_group_ranked_as_not_typed():
    lv = expand("pašizziņa", thesaurus=THESAURUS)["lv"]
    # (The Latvian analyser reads English words as Latvian ones, on both sides alike.)
    assert lv == (((("pasizzin",), True), (("izzin",), False), (("self", "knowledg"), False)),)
    # Endings and diacritics do not matter: "pasizzinas" is the same term.
    assert expand("pasizzinas", thesaurus=THESAURUS)["lv"] == lv


def test_english_words_find_their_latvian_synonyms_too():
    clauses = expand("self-knowledge", thesaurus=THESAURUS)
    assert (("pasizzin",), False) in clauses["lv"][0]
    assert (("izzin",), False) in clauses["lv"][0]


def test_a_phrase_of_the_thesaurus_is_one_clause_and_other_words_stay_as_typed():
    lv = expand("karjeras plānošana 9 klasē", thesaurus=THESAURUS)["lv"]
    assert lv[0] == ((("karjer", "plan"), True), (("career", "planning"), False))
    assert lv[1:] == (((("9",), True),), ((("klas",), True),))


def test_the_last_word_also_matches_the_terms_it_begins():
    vocabulary = ["programmetaj", "programm", "programmatur", "prakse"]

    def completions(prefix, limit):
        return [term for term in vocabulary if term.startswith(prefix)][:limit]

    lv = expand("programm", completions=completions)["lv"]
    assert lv == (
        (
            (("programm",), True),
            (("programmetaj",), False),
            (("programmatur",), False),
        ),
    )
    # Only the last word, and not a word of fewer than three letters.
    assert expand("programm prakse", completions=completions)["lv"][0] == ((("programm",), True),)
    assert expand("pr", completions=completions)["lv"] == (((("pr",), True),),)


def test_the_edit_distance_grows_with_the_word():
    assert [edit_distance_allowed(word) for word in ("it", "ceļš", "darbs", "planošana")] == [0, 1, 1, 2]


def _vocabulary(*texts):
    counts = {}
    for text in texts:
        for language in ("lv", "en"):
            for term in set(analyze(text, language)):
                counts[term] = counts.get(term, 0) + 1
    return frequencies(counts)


def test_a_word_in_no_document_is_corrected_to_the_closest_frequent_one():
    frequency = _vocabulary("Karjeras plānošana", "Karjeras plānošana skolā", "Plakāts")
    correction = correct("karjeras planošanna", frequency=frequency)
    assert correction is not None
    assert correction.query == "karjeras planošana"
    assert correction.words == (("planošanna", "planošana"),)


def test_two_edits_for_long_words_one_for_short_ones():
    frequency = _vocabulary("informācija", "darbs")
    # Two slips in a long word: a swap and a doubled letter.
    assert correct("infromaccija", frequency=frequency).query == "informacija"
    assert correct("drabs", frequency=frequency).query == "darbs"
    assert correct("dxrbx", frequency=frequency) is None  # two edits in a five-letter word


def test_known_words_stop_words_and_thesaurus_words_are_left_alone():
    frequency = _vocabulary("karjeras plānošana", "skola")
    assert correct("karjeras plānošana", frequency=frequency) is None
    assert correct("un", frequency=frequency) is None
    assert correct("pašizziņa", frequency=frequency, thesaurus=THESAURUS) is None


def test_a_last_word_being_typed_is_not_corrected():
    frequency = _vocabulary("programmētājs")
    completions = lambda prefix, limit: ["programmetaj"] if "programmetaj".startswith(prefix) else []  # noqa: E731
    assert correct("programm", frequency=frequency, completions=completions) is None
    # Not the last word: "programmetajs" is two edits from "programetajs", which is corrected.
    assert correct("programetajs prakse", frequency=frequency, completions=completions).words == (
        ("programetajs", "programmetajs"),
    )


def test_english_is_corrected_too():
    frequency = _vocabulary("Career planning", "career guidance")
    assert correct("carrer planning", frequency=frequency).query == "career planning"


def test_a_one_way_line_expands_only_from_its_left_side():
    thesaurus = Thesaurus.parse("IT => programmētājs | developer\nprogrammētājs | izstrādātājs")
    assert (("programmetaj",), False) in expand("IT", thesaurus=thesaurus)["lv"][0]
    from_programmer = expand("programmētājs", thesaurus=thesaurus)["lv"][0]
    assert (("it",), False) not in from_programmer
    assert (("izstradataj",), False) in from_programmer
