"""Latvian analysis on real words: inflections meet, different words stay apart, stop words go."""

from __future__ import annotations

import pytest

from microcity.textsearch import analyze
from microcity.textsearch.folding import fold
from microcity.textsearch.stopwords import LATVIAN_STOP_WORDS


def _term(word: str) -> str:
    terms = analyze(word)
    assert len(terms) == 1, (word, terms)
    return terms[0]


# Each group is one word in many cases/persons, partly typed without diacritics as users do.
SAME_TERM = {
    "skola (4th decl.)": "skola skolas skolai skolu skolā skolām skolās skolu skolaa skolam",
    "klase (5th decl.)": "klase klases klasei klasi klasē klašu klasēm klasēs klase klasu klasem",
    "karjera": "karjera karjeras karjerai karjeru karjerā karjerām karjerās karjeraa",
    "programmētājs (agent)": (
        "programmētājs programmetajs Programmētāju programmetaju programmētāja programmētājam "
        "programmētāji programmētājiem programmētājus programmētājos PROGRAMMĒTĀJS"
    ),
    "skolotājs (agent, both genders)": "skolotājs skolotāja skolotājam skolotāju skolotāji skolotājas",
    "plānošana (-šana noun)": "plānošana planosana plānošanas plānošanu plānošanā plānošanai",
    "darbs (1st decl.)": "darbs darba darbam darbu darbā darbi darbiem darbus darbos",
    "brālis (2nd decl.)": "brālis brāļa brālim brāli brālī brāļi brāļu brāļiem brāļus brāļos bralis brala",
    "skapis (2nd decl., labial j)": "skapis skapja skapim skapi skapī skapji skapju skapjiem",
    "ūdens (2nd decl. -ns)": "ūdens udens ūdeni ūdenim ūdenī ūdeņi ūdeņu ūdeņiem udenu",
    "tirgus (3rd decl.)": "tirgus tirgum tirgu tirgū tirgi tirgiem tirgos",
    "upe (5th decl., labial j)": "upe upes upei upi upē upju upēm upēs",
    "valsts (6th decl.)": "valsts valstij valsti valstī valstis valstu valstīm valstīs",
    "zivs (6th decl., labial j)": "zivs zivij zivi zivī zivis zivju zivīm",
    "latvietis / latviete (-iet- → -ieš-)": (
        "latvietis latvieša latvietim latvieti latvieši latviešu latviešiem latviete latvietes latviesu"
    ),
    "jaunietis": "jaunietis jaunieša jaunietim jaunieti jaunieši jauniešu jauniešiem jauniesiem",
    "darbinieks / darbiniece": "darbinieks darbinieka darbinieki darbiniekiem darbiniece darbinieces",
    "māja": "māja mājas mājai māju mājā mājām mājās maja majas",
    "pieredze": "pieredze pieredzes pieredzei pieredzi pieredzē",
    "uzņēmums (-ums)": "uzņēmums uzņēmuma uzņēmumam uzņēmumu uzņēmumā uzņēmumi uzņēmumiem uznemums",
    "informācija (-ija)": "informācija informācijas informācijai informāciju informācijā informacija",
    "labs (adjective, all forms)": (
        "labs laba labam labu labā labi labiem labus labos labas labai labām labās "
        "labais labajam labo labajā labie labajiem labajos labajai labajām labajās"
    ),
    "labāks (comparative, superlative)": "labāks labākais labākajam labāko labākā vislabākais labaks",
    "balts (consonant + t adjective)": "balts baltais baltajam baltajā baltie baltās baltajām",
    "nepieciešams (-ams participle)": "nepieciešams nepieciešamais nepieciešamā nepieciešamajām nepieciesams",
    "strādāt (2nd conj. -āt)": (
        "strādāt strādāju strādā strādājam strādājat strādāja strādājām strādāšu strādāsi strādās "
        "strādāsim strādāsiet strādājošs strādājošā strādājams strādāts strādāta strādājis strādājusi "
        "strādājot jāstrādā jastrada stradat stradaju"
    ),
    "dzīvot (2nd conj. -ot)": "dzīvot dzīvoju dzīvo dzīvojam dzīvoja dzīvošu dzīvos dzīvosim dzīvots jādzīvo",
    "meklēt (2nd conj. -ēt)": "meklēt meklēju meklē meklējam meklēja meklēšu meklēs meklēts meklejam",
    "studēt": "studēt studēju studē studējam studēja studēšu studējis studet",
    "mācīties (reflexive)": (
        "mācīties mācos mācies mācās mācāmies mācāties mācījos mācījās mācījāmies mācīšos mācīsies "
        "mācīsimies mācīsieties mācoties mācījies mācījusies mācīdamies jāmācās macities macos"
    ),
    "mācīt (3rd conj. -īt)": "mācīt mācu māci māca mācām mācīju mācīja mācīšu mācīs mācīts",
    "skatīties (root in -t)": "skatīties skatos skatās skatījos skatīšos skatoties",
    "gatavoties (reflexive gerund on a j-stem)": "gatavoties gatavojos gatavojas gatavojoties gatavosies",
}


@pytest.mark.parametrize("forms", list(SAME_TERM.values()), ids=list(SAME_TERM))
def test_inflected_forms_share_one_term(forms: str) -> None:
    terms = {word: _term(word) for word in forms.split()}
    assert len(set(terms.values())) == 1, terms


@pytest.mark.parametrize(
    "word", sorted({word for forms in SAME_TERM.values() for word in forms.split()}), ids=str
)
def test_word_without_diacritics_gives_the_same_term(word: str) -> None:
    assert analyze(fold(word)) == analyze(word)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("skola", "skolotājs"),
        ("skolas", "skolotāja"),
        ("programma", "programmētājs"),
        ("programmas", "programmetaja"),
        ("darbs", "darbinieks"),
        ("darba", "darbinieka"),
        ("māja", "mājiena"),
        ("skola", "skolēns"),
        ("vieta", "viesis"),
        ("jaunietis", "jauns"),
        ("jaunieši", "jaunie"),
        ("dzīve", "dzīvoklis"),
        ("mācība", "mācīt"),
        ("vadītājs", "vadīt"),
        ("lietotājs", "lietot"),
        ("strādnieks", "strādāt"),
        ("pils", "pilsēta"),
        ("klase", "klāt"),
        ("darbs", "darbība"),
        ("students", "studijas"),
    ],
)
def test_different_words_keep_different_terms(first: str, second: str) -> None:
    assert analyze(first)[0] != analyze(second)[0]


@pytest.mark.parametrize(
    "word",
    ["un", "ir", "vai", "kā", "ka", "par", "uz", "no", "ar", "lai", "bet", "arī", "ari", "tas", "tā", "ta"]
    + ["kurš", "kurs", "šis", "sis", "viņš", "mēs", "mes", "būt", "but", "nav", "jau", "ļoti", "loti"],
)
def test_stop_words_are_removed_with_or_without_diacritics(word: str) -> None:
    assert analyze(word) == []
    assert analyze(word.upper()) == []


def test_stop_list_is_substantial_and_folded() -> None:
    assert len(LATVIAN_STOP_WORDS) >= 100
    assert all(word == fold(word) for word in LATVIAN_STOP_WORDS)


def test_content_words_that_fold_like_stop_words_are_kept() -> None:
    # "vīrs" folds to "virs" and "prieks" to "priekš"; IT is a field of work.
    assert analyze("vīrs prieks IT kurss") == [_term("vīrs"), _term("prieks"), "it", _term("kurss")]


def test_grade_number_is_a_term() -> None:
    assert analyze("9 klasei") == ["9", _term("klase")]
    assert analyze("9. klasē") == analyze("9 klasei")


def test_sentence_keeps_order_and_one_term_per_kept_word() -> None:
    text = "Jauniešiem un skolēniem ir pieejama karjeras plānošana Rēzeknē."
    assert analyze(text) == [
        _term("jaunietis"),
        _term("skolēns"),
        _term("pieejams"),
        _term("karjera"),
        _term("plānošana"),
        _term("Rēzekne"),
    ]


def test_query_without_diacritics_matches_document() -> None:
    document = "Meklējam programmētāju ar pieredzi karjeras plānošanā 9. klasēm"
    query = "programmetajs pieredze karjera planosana 9 klase"
    assert set(analyze(query)) <= set(analyze(document))


@pytest.mark.parametrize("word", ["acs", "ēka", "upe", "ola", "ceļš", "suns", "alus", "iet", "Rīga"])
def test_short_words_are_not_destroyed(word: str) -> None:
    (term,) = analyze(word)
    assert len(term) >= 2
    assert fold(word).startswith(term)


def test_stems_are_folded_ascii() -> None:
    terms = analyze("Ķekavā, Ļaudonā, Ērgļos un Žīguros šūšana ģimenēm")
    assert terms and all(term.isascii() for term in terms)
