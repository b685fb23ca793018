"""Throughput of ``microcity.textsearch.analyze`` in words per second.

Run from the repository root:

    .venv/bin/python bench/bench_textsearch.py [--words 200000] [--repeat 5]

Two figures per language: "warm" is steady state (the per-word stem cache already holds the
vocabulary, as in a long-running worker re-indexing pages), "cold" clears the cache before every
run, so every distinct word is stemmed once. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import random
import re
import time

from microcity.textsearch import analyze, english, latvian

# Typical page text: a job advert, an event notice and a career article, mixed with numbers,
# punctuation and words typed without diacritics.
_LATVIAN_SAMPLE = """
Rēzeknes novada pašvaldība aicina jauniešus pieteikties vasaras darbam. Meklējam motivētus
skolēnus no 9. klases, kuri vēlas iegūt pirmo darba pieredzi, strādājot kopā ar pieredzējušiem
skolotājiem un programmētājiem. Darba devējs nodrošina apmācības, algu un brīvpusdienas.
Pieteikumus lūdzam iesniegt līdz 15. maijam e-pastā vai klātienē. IT speciālistiem un
datorzinātņu studentiem piedāvājam apmaksātu praksi uzņēmumā. Karjeras plānošana sākas skolā:
konsultants palīdzēs izvēlēties profesiju, sagatavot CV un motivācijas vēstuli. Jaunākie darba
piedāvājumi, stipendijas un karjeras konsultācijas pieejamas visā Latvijā. Pasākums notiks
kultūras namā, ieeja bez maksas, pieteikšanās līdz piektdienai. Planosana, programmetajs,
skolotaja, darba vieta, pilsetas jaunieti un uznemeji tiekas katru menesi.
"""
_ENGLISH_SAMPLE = """
The city council invites young people to apply for summer jobs. We are looking for motivated
students from the 9th grade who want to gain their first work experience alongside experienced
teachers and programmers. The employer provides training, a salary and free lunches. Career
planning starts at school: a counsellor will help you choose a profession, prepare a CV and a
cover letter. The latest job offers, scholarships and career consultations across the region.
"""

_WORD = re.compile(r"[^\W_]+")


def _corpus(sample: str, words: int, seed: int) -> str:
    vocabulary = sample.split()
    rng = random.Random(seed)
    # Shuffled words keep the vocabulary and word-length mix of real text without repeating one
    # paragraph, and lines of ~12 words keep punctuation and newlines in play.
    chosen = [rng.choice(vocabulary) for _ in range(words)]
    return "\n".join(" ".join(chosen[i : i + 12]) for i in range(0, words, 12))


def _measure(text: str, language: str, repeat: int, cold: bool) -> float:
    words = len(_WORD.findall(text))
    best = float("inf")
    for _ in range(repeat):
        if cold:
            latvian.stem.cache_clear()
            english.stem.cache_clear()
        started = time.perf_counter()
        analyze(text, language)
        best = min(best, time.perf_counter() - started)
    return words / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="words of text per run")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the best one counts")
    args = parser.parse_args()

    for language, sample in (("lv", _LATVIAN_SAMPLE), ("en", _ENGLISH_SAMPLE)):
        text = _corpus(sample, args.words, seed=2026)
        analyze(text, language)  # warm the caches and the regex
        warm = _measure(text, language, args.repeat, cold=False)
        cold = _measure(text, language, args.repeat, cold=True)
        print(
            f"{language}: {warm:>12,.0f} words/s warm   {cold:>12,.0f} words/s cold   ({args.words:,} words)"
        )

    # Distinct words defeat the cache entirely: the raw cost of stemming every word once.
    rng = random.Random(7)
    letters = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"
    unique = " ".join(
        "".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(args.words)
    )
    latvian.stem.cache_clear()
    started = time.perf_counter()
    analyze(unique, "lv")
    elapsed = time.perf_counter() - started
    print(f"lv: {args.words / elapsed:>12,.0f} words/s with every word new (no cache hits)")


if __name__ == "__main__":
    main()
