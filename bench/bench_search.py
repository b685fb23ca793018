"""Latency and throughput of the search service (microcity.search) on SQLite or PostgreSQL.

Run from the repository root, for example:

    MICROCITY_TESTING=1 .venv/bin/python bench/bench_search.py --entries 100000 --database sqlite
    MICROCITY_TESTING=1 .venv/bin/python bench/bench_search.py --entries 100000 --database postgres

It never touches var/microcity.sqlite3: SQLite runs in --sqlite-path (default
/tmp/microcity_bench.sqlite3, rebuilt on every indexing run) and PostgreSQL in the database named by
--postgres-url (default postgres://postgres@127.0.0.1:5432/microcity_bench, created when missing; its
search tables are dropped and migrated again on every indexing run). --skip-index reuses the entries.
Production runs worker processes: use --processes for figures comparable to it (threads share the GIL,
which hurts SQLite, whose work runs inside the Python process). Searches are answered from the in-memory
replica (docs/decisions/0014), loaded and timed before the clients start; SEARCH_IN_MEMORY=0 measures the
database backends alone.

1. Builds --entries materials with a fixed seed: ~150 words of Latvian (80 %) or English text drawn
   from a career-education vocabulary with real inflected forms, a title, and the facets type, grade,
   skill, language and licence; a city (or none) and a publication date.
2. Indexes them with index_entries in chunks of --chunk (one transaction each) and reports entries per
   second, analysis included.
3. Runs --clients concurrent clients (threads, or processes with --processes), each with its own
   database connection, each calling microcity.search.selectors.search --queries times: a one- or
   two-word query, one or two facet filters, often a city, facet counts for all 5 fields, page 1 of 20.
   Reports p50/p95/p99 latency and throughput for three query mixes:
   - "typical": query words drawn uniformly from the vocabulary (career-education words with their
     inflected forms, plus the words of the ISCO/ESCO occupation labels in microcity/core/data as the
     long tail), so mostly words found in a few per cent of the documents;
   - "frequent": query words drawn from the 15 most frequent lemmas (large candidate sets: the worst case);
   - "no query": facet filters only (the browse page before anything is typed).
   With --mixes, also (decision 0026): "typos" (one slip in the longest word: corrected), "prefixes"
   (the last word partly typed: completed) and "synonyms" (a phrase of the thesaurus: expanded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE = "/tmp/microcity_bench.sqlite3"  # noqa: S108 - a scratch database for a benchmark
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/microcity_bench"

# --- Vocabulary -------------------------------------------------------------------------------------
# Latvian lemmas by paradigm, each expanded to its real case forms, so the analyser meets the
# inflections it has to conflate.
_LV_NOUN_ENDINGS = {
    # 1st declension (masculine -s): sg nom gen dat acc loc, pl nom gen dat acc loc
    "s": ["s", "a", "am", "u", "ā", "i", "u", "iem", "us", "os"],
    # 4th declension (feminine -a)
    "a": ["a", "as", "ai", "u", "ā", "as", "u", "ām", "as", "ās"],
    # 5th declension (feminine -e)
    "e": ["e", "es", "ei", "i", "ē", "es", "u", "ēm", "es", "ēs"],
}
_LV_NOUNS = {
    "s": [
        "darb",
        "uzņēmum",
        "amat",
        "pienākum",
        "konsultant",
        "skolotāj",
        "programmētāj",
        "devēj",
        "vadītāj",
        "speciālist",
        "student",
        "skolēn",
        "plān",
        "projekt",
        "kurs",
        "pasākum",
        "ceļved",
        "rezultāt",
        "līgum",
        "pakalpojum",
        "mentor",
        "pieteikum",
        "dator",
        "uzdevum",
        "ražotāj",
        "pārdevēj",
        "grāmatved",
        "dizainer",
        "mehāniķ",
        "elektriķ",
        "pavār",
        "frizier",
        "ārst",
        "jurist",
        "žurnālist",
        "fotogrāf",
        "tulk",
        "arhitekt",
        "biolog",
        "ķīmiķ",
        "fiziķ",
        "matemātiķ",
        "psiholog",
        "pedagog",
    ],
    "a": [
        "karjer",
        "skol",
        "profesij",
        "izglītīb",
        "programm",
        "nodarbīb",
        "iespēj",
        "tehnoloģij",
        "inovācij",
        "ekonomik",
        "matemātik",
        "darbnīc",
        "intervij",
        "kvalifikācij",
        "organizācij",
        "pilsēt",
        "sistēm",
        "alg",
        "stund",
        "nodaļ",
        "grup",
        "komand",
        "stratēģij",
        "sadarbīb",
        "attīstīb",
        "informācij",
        "programmēšan",
        "plānošan",
        "nozīm",
        "valod",
        "vietn",
        "lap",
        "aptauj",
        "prezentācij",
        "spēl",
        "filmiņ",
        "rokasgrāmat",
        "ekskursij",
        "uzņēmējdarbīb",
        "kultūr",
        "aptiek",
        "rūpnīc",
        "ēdnīc",
        "slimnīc",
        "bibliotēk",
    ],
    "e": [
        "praks",
        "nozar",
        "prasm",
        "pieredz",
        "metod",
        "kompetenc",
        "specialitāt",
        "vid",
        "vakanc",
        "iestād",
        "nākotn",
        "izvēl",
        "klas",
    ],
}
_LV_ADJECTIVES = [
    "profesionāl",
    "tehnisk",
    "praktisk",
    "digitāl",
    "radoš",
    "vietēj",
    "starptautisk",
    "ilgtspējīg",
    "efektīv",
    "interesant",
    "vispārēj",
    "jaun",
    "svarīg",
    "modern",
    "zaļ",
    "sociāl",
    "augst",
    "labāk",
    "pirm",
]
_LV_ADJ_ENDINGS = ["s", "a", "am", "u", "ā", "i", "as", "iem", "ām", "ais", "ajam", "ajā", "ie", "ās"]
_LV_VERBS = [
    "strādāt strādā strādāja strādājot strādājis strādās strādājam strādāšu",
    "mācīties mācās mācījās mācoties mācījies mācīsies mācāmies",
    "plānot plāno plānoja plānojot plānojis plānos plānojam",
    "izvēlēties izvēlas izvēlējās izvēloties izvēlējies izvēlēsies",
    "attīstīt attīsta attīstīja attīstot attīstījis attīstīs",
    "veidot veido veidoja veidojot veidojis veidos",
    "apgūt apgūst apguva apgūstot apguvis apgūs",
    "sagatavot sagatavo sagatavoja sagatavojot sagatavojis sagatavos",
    "meklēt meklē meklēja meklējot meklējis meklēs meklējam",
    "piedāvāt piedāvā piedāvāja piedāvājot piedāvājis piedāvās",
    "iegūt iegūst ieguva iegūstot ieguvis iegūs",
    "palīdzēt palīdz palīdzēja palīdzot palīdzējis palīdzēs",
    "izpētīt izpēta izpētīja izpētot izpētījis izpētīs",
    "programmēt programmē programmēja programmējot programmējis",
    "iepazīt iepazīst iepazina iepazīstot iepazinis",
    "novērtēt novērtē novērtēja novērtējot novērtējis",
]
_LV_FUNCTION = [
    "un",
    "ar",
    "par",
    "no",
    "uz",
    "ir",
    "kā",
    "lai",
    "vai",
    "arī",
    "tas",
    "to",
    "kas",
    "bet",
    "jo",
    "ka",
    "pie",
    "pēc",
    "līdz",
    "tikai",
    "ļoti",
    "kur",
    "kad",
    "savu",
    "šo",
    "mēs",
    "jūs",
    "viņi",
    "var",
    "būs",
    "bija",
    "tiek",
]

_EN_WORDS = [
    "career careers",
    "plan plans planning planned",
    "student students",
    "teacher teachers teaching",
    "school schools",
    "job jobs",
    "skill skills skilled",
    "work works working worked worker workers",
    "company companies",
    "profession professions professional",
    "engineer engineers engineering",
    "programmer programmers programming program",
    "train training trained trainee",
    "course courses",
    "lesson lessons",
    "worksheet worksheets",
    "interview interviews interviewing",
    "experience experiences experienced",
    "employer employers employment",
    "internship internships",
    "future",
    "technology technologies technical",
    "digital digitally",
    "creative creativity",
    "practical practice practise",
    "local locally",
    "industry industries industrial",
    "apprentice apprenticeship",
    "choose chooses choosing chosen choice",
    "develop develops developing development",
    "learn learns learning learned",
    "prepare prepares preparing preparation",
    "apply applies applying application",
    "explore explores exploring exploration",
    "guide guides guidance",
    "activity activities active",
    "team teams teamwork",
    "project projects",
    "salary salaries",
    "opportunity opportunities",
    "qualification qualifications qualified",
    "education educational",
    "vocational",
    "university universities",
    "science sciences scientist",
    "mathematics math",
    "design designer designing",
    "health healthcare",
    "business businesses",
    "market markets marketing",
]
_EN_FUNCTION = [
    "the",
    "a",
    "an",
    "and",
    "of",
    "to",
    "in",
    "for",
    "with",
    "on",
    "is",
    "are",
    "be",
    "this",
    "that",
    "your",
    "you",
    "we",
    "it",
    "as",
    "at",
    "by",
    "from",
    "or",
]


def _tail_lemmas(language: str, head: list[list[str]]) -> list[list[str]]:
    """The long tail of the vocabulary: words of the occupation labels in microcity/core/data, grouped
    by their analysed term so that inflected forms of one word form one lemma."""
    import csv

    from microcity.textsearch import analyze

    data = ROOT / "microcity" / "core" / "data"
    texts: list[str] = []
    with open(data / "isco08_groups.csv", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            texts.append(row["label_lv"] if language == "lv" else row["label_en"])
    if language == "en":
        with open(data / "esco_occupations_en.csv", encoding="utf-8") as file:
            texts += [
                f"{row['label_en']} {row['alt_labels_en'].replace('|', ' ')}" for row in csv.DictReader(file)
            ]
        with open(data / "esco_skills_en.csv", encoding="utf-8") as file:
            texts += [row["label_en"] for row in csv.DictReader(file)]
    known = {term for forms in head for form in forms for term in analyze(form, language)}
    groups: dict[str, set[str]] = {}
    for text in texts:
        for word in text.lower().split():
            word = word.strip(".,;:()'\"/")
            terms = analyze(word, language)
            if len(word) >= 3 and word.isalpha() and len(terms) == 1 and terms[0] not in known:
                groups.setdefault(terms[0], set()).add(word)
    return [sorted(forms) for _term, forms in sorted(groups.items())]


def _latvian_lemmas() -> list[list[str]]:
    lemmas: list[list[str]] = []
    for paradigm, stems in _LV_NOUNS.items():
        lemmas.extend([stem + ending for ending in _LV_NOUN_ENDINGS[paradigm]] for stem in stems)
    lemmas.extend([stem + ending for ending in _LV_ADJ_ENDINGS] for stem in _LV_ADJECTIVES)
    lemmas.extend(verb.split() for verb in _LV_VERBS)
    return lemmas


class Corpus:
    """Deterministic documents and queries for one seed."""

    TYPES = ["worksheet", "lesson-plan", "presentation", "video", "game", "test", "poster", "guide"]
    GRADES = ["1-4", "5-6", "7-9", "10-12"]
    SKILLS = [
        "self-knowledge", "career-planning", "digital", "entrepreneurship", "communication", "teamwork",
        "critical-thinking", "creativity", "financial", "stem", "languages", "health", "citizenship",
        "environment", "job-search", "cv-writing", "interviews", "vocational", "higher-education",
        "labour-market", "local-economy", "gender-equality", "inclusion", "mentoring", "volunteering",
    ]  # fmt: skip
    LICENCES = ["cc-by", "cc-by-sa", "cc-by-nc", "cc0", "all-rights-reserved"]
    CITIES = [1, 2, 3, 4, 5, 6]
    FACET_FIELDS = ("type", "grade", "skill", "language", "licence")

    def __init__(self, seed: int) -> None:
        self.seed = seed
        heads = {"lv": _latvian_lemmas(), "en": [words.split() for words in _EN_WORDS]}
        self.function = {"lv": _LV_FUNCTION, "en": _EN_FUNCTION}
        # Zipf frequencies by rank: the career-education words first (in a shuffled order), then the
        # long tail of occupation words; a few lemmas are in most documents, most lemmas are rare.
        self.lemmas: dict[str, list[list[str]]] = {}
        self.weights: dict[str, list[float]] = {}
        for language, head in heads.items():
            shuffler = random.Random(f"{seed}:{language}")
            head = head[:]
            tail = _tail_lemmas(language, head)
            shuffler.shuffle(head)
            shuffler.shuffle(tail)
            self.lemmas[language] = head + tail
            self.weights[language] = [1.0 / (rank + 2) ** 1.05 for rank in range(len(head) + len(tail))]

    def _words(self, rng: random.Random, language: str, count: int) -> list[str]:
        lemmas = rng.choices(self.lemmas[language], weights=self.weights[language], k=count)
        return [rng.choice(forms) for forms in lemmas]

    def _text(self, rng: random.Random, language: str, words: int) -> str:
        content = self._words(rng, language, words)
        out: list[str] = []
        for position, word in enumerate(content):
            if rng.random() < 0.35:
                out.append(rng.choice(self.function[language]))
            out.append(word)
            if position % 11 == 10:
                out[-1] += "."
        sentences = " ".join(out).split(". ")
        return ". ".join(sentence[:1].upper() + sentence[1:] for sentence in sentences)

    def entries(self, count: int) -> Iterator[Any]:
        from microcity.search.services import IndexEntry

        rng = random.Random(self.seed)
        start = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
        for number in range(count):
            language = "lv" if rng.random() < 0.8 else "en"
            title = self._text(rng, language, rng.randint(3, 7)).rstrip(".")
            text = self._text(rng, language, 150 * 100 // 135)  # ~150 words with function words
            yield IndexEntry(
                key=f"bench.material:{number}",
                kind="material",
                language=language,
                city_id=rng.choice(self.CITIES) if rng.random() < 0.7 else None,
                title=title,
                text=text,
                facets={
                    "type": [rng.choices(self.TYPES, weights=[8, 5, 4, 3, 2, 2, 1, 3])[0]],
                    "grade": rng.sample(self.GRADES, rng.choice([1, 1, 2])),
                    "skill": rng.sample(self.SKILLS, rng.randint(1, 3)),
                    "language": [language],
                    "licence": [rng.choices(self.LICENCES, weights=[6, 3, 2, 1, 1])[0]],
                },
                published_at=start + dt.timedelta(minutes=rng.randrange(3 * 365 * 24 * 60)),
                popularity=int(rng.lognormvariate(3, 1.5)),
            )

    def _filter_values(self, rng: random.Random, field: str, language: str) -> list[str]:
        if field == "type":
            return [rng.choice(self.TYPES)]
        if field == "grade":
            return rng.sample(self.GRADES, rng.choice([1, 2]))
        if field == "skill":
            return [rng.choice(self.SKILLS)]
        if field == "licence":
            return [rng.choice(self.LICENCES)]
        return [language]

    def queries(self, mix: str, count: int, client: int) -> list[dict[str, Any]]:
        rng = random.Random(f"{self.seed}:{mix}:{client}")
        frequent = {language: list(range(15)) for language in self.lemmas}  # ranks 0-14
        out: list[dict[str, Any]] = []
        for _ in range(count):
            language = "lv" if rng.random() < 0.8 else "en"
            lemmas = self.lemmas[language]
            words = []
            for _word in range(rng.choice([1, 2])):
                index = rng.choice(frequent[language]) if mix == "frequent" else rng.randrange(len(lemmas))
                words.append(rng.choice(lemmas[index]))
            if mix == "typos":
                # One slip in the longest word: a letter left out, doubled or two swapped (decision 0026).
                longest = max(range(len(words)), key=lambda i: len(words[i]))
                words[longest] = _slip(rng, words[longest])
            elif mix == "prefixes":
                # The last word partly typed (search as you type).
                last = words[-1]
                words[-1] = last[: max(3, min(len(last) - 1, rng.randint(4, 7)))]
            elif mix == "synonyms":
                words = [rng.choice(rng.choice(_thesaurus_groups()))]
            filters = {
                field: self._filter_values(rng, field, language)
                for field in rng.sample(["type", "grade", "skill", "licence", "language"], rng.choice([1, 2]))
            }
            out.append(
                {
                    "kind": "material",
                    "query": "" if mix == "no query" else " ".join(words),
                    "filters": filters,
                    "city_id": rng.choice(self.CITIES) if rng.random() < 0.5 else None,
                    "sort": rng.choices(["relevance", "newest", "popular"], weights=[7, 2, 1])[0],
                    "facet_fields": self.FACET_FIELDS,
                }
            )
        return out


def _slip(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    at = rng.randrange(1, len(word) - 2)
    kind = rng.choice(["drop", "double", "swap"])
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def _thesaurus_groups() -> list[list[str]]:
    from microcity.search.backends.expansion import THESAURUS_FILE
    from microcity.textsearch.expansion import parse_groups

    return parse_groups(THESAURUS_FILE.read_text(encoding="utf-8"))


# --- Database set-up --------------------------------------------------------------------------------


def configure(args: argparse.Namespace) -> None:
    """Point Django at the benchmark database before settings are read, then set Django up."""
    if args.database == "sqlite":
        path = Path(args.sqlite_path).resolve()
        if path == (ROOT / "var" / "microcity.sqlite3").resolve():
            sys.exit("Refusing to benchmark on the application's database; choose another --sqlite-path.")
        if not args.skip_index:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    else:
        import psycopg

        url = args.postgres_url
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
            if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                admin.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "microcity.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql" and not args.skip_index:
        # The search tables are rebuilt from scratch, so that they have exactly the current migrations.
        call_command("migrate", "search", "zero", verbosity=0, interactive=False)
    call_command("migrate", verbosity=0, interactive=False)


def index_corpus(corpus: Corpus, entries: int, chunk: int) -> tuple[float, float]:
    """Index every entry; returns (seconds spent in index_entries, seconds generating text)."""
    from microcity.search.services import index_entries

    generated = corpus.entries(entries)
    spent = making = 0.0
    done = 0
    while done < entries:
        started = time.perf_counter()
        batch = [next(generated) for _ in range(min(chunk, entries - done))]
        made = time.perf_counter()
        index_entries(entries=batch)
        spent += time.perf_counter() - made
        making += made - started
        done += len(batch)
        if done % (chunk * 10) == 0 or done == entries:
            print(f"  indexed {done:>7,} entries, {done / spent:,.0f} entries/s", flush=True)
    return spent, making


def after_bulk_load(optimize_sqlite: bool) -> str:
    """Bring the database to the state it reaches on its own in production after a bulk load."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Autovacuum does this shortly after a bulk load; the benchmark does not wait for it.
            cursor.execute("VACUUM ANALYZE search_entry")
            cursor.execute("VACUUM ANALYZE search_entry_facet")
            return "VACUUM ANALYZE"
        if optimize_sqlite:
            cursor.execute("INSERT INTO search_entry_fts(search_entry_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE")
            return "FTS optimize + ANALYZE"
    return "nothing (as in production: Django never runs ANALYZE on SQLite)"


def database_size() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_size_pretty(pg_total_relation_size('search_entry')"
                " + pg_total_relation_size('search_entry_facet'))"
            )
            return str(cursor.fetchone()[0])
    return f"{Path(connection.settings_dict['NAME']).stat().st_size / 1e6:,.0f} MB (whole file)"


# --- Load -------------------------------------------------------------------------------------------


def _run_client(queries: list[dict[str, Any]], warmup: int) -> list[float]:
    from django.db import connection

    from microcity.search.selectors import search

    latencies: list[float] = []
    try:
        for number, arguments in enumerate(queries):
            started = time.perf_counter()
            search(**arguments)
            if number >= warmup:
                latencies.append(time.perf_counter() - started)
    finally:
        connection.close()
    return latencies


def _process_client(queries: list[dict[str, Any]], warmup: int, out: Any) -> None:
    out.put(_run_client(queries, warmup))


def run_load(
    corpus: Corpus, mix: str, clients: int, per_client: int, warmup: int, processes: bool
) -> tuple[list[float], float]:
    """All clients start together; returns every timed latency and the wall time of the run."""
    plans = [corpus.queries(mix, per_client + warmup, client) for client in range(clients)]
    results: list[list[float]] = []
    started = time.perf_counter()
    if processes:
        from django.db import connections

        connections.close_all()  # children must not share the parent's connection
        context = multiprocessing.get_context("fork")
        queue = context.Queue()
        workers = [context.Process(target=_process_client, args=(plan, warmup, queue)) for plan in plans]
        for worker in workers:
            worker.start()
        results = [queue.get() for _ in workers]
        for worker in workers:
            worker.join()
    else:
        lock = threading.Lock()

        def client(plan: list[dict[str, Any]]) -> None:
            latencies = _run_client(plan, warmup)
            with lock:
                results.append(latencies)

        threads = [threading.Thread(target=client, args=(plan,)) for plan in plans]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    wall = time.perf_counter() - started
    return [latency for latencies in results for latency in latencies], wall


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report_load(mix: str, latencies: list[float], wall: float, clients: int, per_client: int) -> None:
    ms = [value * 1000 for value in latencies]
    print(
        f"  {mix:<9} p50 {_percentile(ms, 0.50):6.1f} ms   p95 {_percentile(ms, 0.95):6.1f} ms   "
        f"p99 {_percentile(ms, 0.99):6.1f} ms   mean {statistics.fmean(ms):6.1f} ms   "
        f"{clients * per_client / wall:6.0f} searches/s  ({len(ms)} timed searches)",
        flush=True,
    )


def single_client_profile(corpus: Corpus, mix: str, count: int) -> None:
    """Latency of one client alone, to tell database work from waiting for a core."""
    latencies, _wall = run_load(corpus, mix, 1, count, 5, processes=False)
    ms = sorted(value * 1000 for value in latencies)
    print(f"  {mix:<9} alone: p50 {_percentile(ms, 0.5):6.1f} ms   p95 {_percentile(ms, 0.95):6.1f} ms")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--sqlite-path", default=DEFAULT_SQLITE)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--queries", type=int, default=150, help="timed searches per client and mix")
    parser.add_argument("--warmup", type=int, default=10, help="untimed searches per client first")
    parser.add_argument("--chunk", type=int, default=2000, help="entries per index_entries call")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--processes", action="store_true", help="clients are processes, not threads")
    parser.add_argument("--skip-index", action="store_true", help="reuse the entries already indexed")
    parser.add_argument(
        "--sqlite-optimize", action="store_true", help="merge the FTS5 index and ANALYZE after indexing"
    )
    parser.add_argument(
        "--mixes",
        default="typical,frequent,no query",
        help="comma-separated: typical, frequent, no query, typos, prefixes, synonyms (the last three: decision 0026)",
    )
    args = parser.parse_args(argv)

    configure(args)
    from django.conf import settings
    from django.db import connection

    from microcity.search.models import Entry

    corpus = Corpus(args.seed)
    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']}), {os.cpu_count()} CPUs")
    if not args.skip_index:
        spent, making = index_corpus(corpus, args.entries, args.chunk)
        print(
            f"indexing: {args.entries:,} entries in {spent:.1f} s = {args.entries / spent:,.0f} entries/s"
            f" (analysis and writes; generating the text took another {making:.1f} s)"
        )
        started = time.perf_counter()
        done = after_bulk_load(args.sqlite_optimize)
        print(f"after the bulk load: {done} ({time.perf_counter() - started:.1f} s)")
    print(f"index: {Entry.objects.count():,} entries, {database_size()}")

    if settings.MICROCITY_SEARCH_IN_MEMORY:
        # Searches are answered from each process's in-memory replica (docs/decisions/0014); a server
        # process loads it when it starts. Loaded here once, timed; forked clients inherit it and, like
        # every process, check the change log before each search.
        from microcity.search.backends.memory import forget_replicas, warm

        forget_replicas()
        started = time.perf_counter()
        kinds = warm()
        print(f"in-memory replica loaded ({', '.join(kinds)}) in {time.perf_counter() - started:.1f} s")
    else:
        print("in-memory replica off (SEARCH_IN_MEMORY=0): every search runs in the database")
    mode = "processes" if args.processes else "threads"
    mixes = [mix.strip() for mix in args.mixes.split(",") if mix.strip()]
    print(f"single client ({args.queries} searches per mix):")
    for mix in mixes:
        single_client_profile(corpus, mix, args.queries)
    print(f"{args.clients} concurrent clients ({mode}), {args.queries} timed searches each:")
    for mix in mixes:
        latencies, wall = run_load(corpus, mix, args.clients, args.queries, args.warmup, args.processes)
        report_load(mix, latencies, wall, args.clients, args.queries)


if __name__ == "__main__":
    main()
