"""Applicant-proposing deferred acceptance (Gale–Shapley, many-to-one) in pure Python.

``stable_match`` returns the applicant-optimal stable matching of applicants (young people) to
placements (jobs, internships, school places) with capacities. It has two implementations that
give identical results:

* a fast path, used whenever the instance fits it (fewer than 1,114,111 applicants and
  placements), which keeps all state in a few flat buffers. Interpreted Python is slow at
  touching many small objects, so the hot loop only indexes ``array``s, a ``bytearray`` and one
  ``str``, and lets C code (``str.find``, ``bytearray.rfind``) do the scanning;
* a plain heap-and-dict implementation for anything else, which is easy to read and is what the
  fast path is tested against.

Fast-path layout. Every placement ``p`` owns a region of one long string ``text``: its
preference list, each applicant stored as the character with that code point, followed by
``seats[p]`` dummy characters (``seats`` is the capacity, capped at the list length). The dummies
stand for "seat still free": they start out held and are the worst-ranked entries, so a placement
is always full and accepting somebody always evicts its worst holder, real or dummy. That removes
the "is there room?" branch from the loop. ``held`` marks held positions of ``text`` and
``worst[p]`` is the position of the placement's worst holder, so ``p`` accepts applicant ``a``
exactly when ``text.find(chr(a), start[p], worst[p])`` finds ``a``; that one C call is both the
rank lookup and the comparison with the current cut-off, and no rank table is ever built (building
one was the most expensive step of a dict-based version). Applicant lists are one flat array with
a sentinel after each list; ``resume[a]`` is where applicant ``a`` carries on if it is evicted,
and also tells, at the end, which placement holds it. An evicted applicant proposes again at
once, so there is no queue of free applicants.

Input checks are part of the call and, on big inputs, cost about as much as the matching itself,
so they are done in bulk by C code as well (converting to ``array`` rejects non-integers, a
regular expression over the decoded ids finds out-of-range values, ``set`` finds duplicates).
When a bulk check fails, a slow but precise pass finds the first bad value and raises a
``ValueError`` that names it.
"""

from __future__ import annotations

import gc
import re
import reprlib
import sys
from array import array
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Sequence
from heapq import heappush, heapreplace
from itertools import accumulate, chain, repeat
from operator import add, index
from typing import Any, NamedTuple, cast

__all__ = ["stable_match"]

# Ids become characters of a str, and the dummy/sentinel ids (one past the largest real id) must
# be valid code points too.
_MAX_FAST_SIZE = 0x10FFFF
# Buffers hold 4-byte items, so that their bytes decode as UTF-32 in one go. Unsigned
# typecodes convert ints without the per-item format parsing that the signed ones go through.
_UINT32 = next((code for code in ("I", "L") if array(code).itemsize == 4), None)
_CODEC = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_SEQUENCE_TYPES = (list, tuple)


def stable_match(
    applicant_prefs: Sequence[Sequence[int]],
    placement_prefs: Sequence[Sequence[int]],
    capacities: Sequence[int],
) -> list[int]:
    """Return the applicant-optimal stable matching as one placement index (or -1) per applicant.

    ``applicant_prefs[a]`` lists the placements applicant ``a`` wants, most wanted first;
    ``placement_prefs[p]`` lists the applicants placement ``p`` accepts, best first; and
    ``capacities[p]`` is how many applicants ``p`` can take. A pair can only be matched if each
    lists the other. The result is stable (nobody is placed with a partner that did not list
    them, no placement is over capacity, and no applicant and placement would both rather have
    each other than what they got) and, among all stable matchings, the best one for every
    applicant: it is the outcome of applicant-proposing deferred acceptance, which also makes it
    safe for applicants to list their true preferences.

    Outer and inner sequences must be lists or tuples; indices and capacities must be ints (a
    bool is rejected; other integer-like objects implementing ``__index__`` are accepted). Bad
    input raises ``ValueError`` naming the first offending list and position, for example
    ``"applicant_prefs[3][1]: placement index 7 is out of range (0..4)"``.
    """
    # Converting the input allocates tens of thousands of arrays, which the garbage collector
    # counts; its full collections would then walk every list of the caller's input. Nothing
    # here creates reference cycles, so collection is paused for the call.
    collecting = gc.isenabled()
    gc.disable()
    try:
        fast = _prepare(applicant_prefs, placement_prefs, capacities)
        if fast is None:
            # The bulk checks found a problem, or the instance is too big for the fast layout.
            # _validate raises on the first bad value; if there is none, use the plain algorithm.
            applicants, placements, seats = _validate(applicant_prefs, placement_prefs, capacities)
            return _deferred_acceptance(applicants, placements, seats)
        return _run(fast)
    finally:
        if collecting:
            gc.enable()


class _Fast(NamedTuple):
    n_applicants: int
    n_placements: int
    # Every applicant list, each followed by the sentinel n_placements, and a final 2**32 - 1.
    choices: array[int]
    first: list[int]  # where each applicant's list starts in choices, and the total length
    text: str  # every placement list as characters, each followed by its dummy characters
    lengths: list[int]  # len(placement_prefs[p])
    seats: list[int]  # min(capacities[p], lengths[p])


def _prepare(
    applicant_prefs: Sequence[Sequence[int]],
    placement_prefs: Sequence[Sequence[int]],
    capacities: Sequence[int],
) -> _Fast | None:
    """Convert and check the input in bulk; return None if anything is off (or too big)."""
    if (
        _UINT32 is None
        or type(applicant_prefs) not in _SEQUENCE_TYPES
        or type(placement_prefs) not in _SEQUENCE_TYPES
        or type(capacities) not in _SEQUENCE_TYPES
    ):
        return None
    n_applicants = len(applicant_prefs)
    n_placements = len(placement_prefs)
    applicant_row_types = set(map(type, applicant_prefs))
    if (
        len(capacities) != n_placements
        or n_applicants >= _MAX_FAST_SIZE
        or n_placements >= _MAX_FAST_SIZE
        or not set(map(type, capacities)) <= {int}
        or (n_placements and min(capacities) < 0)
        or not applicant_row_types <= set(_SEQUENCE_TYPES)
        or not set(map(type, placement_prefs)) <= set(_SEQUENCE_TYPES)
    ):
        return None

    # Applicant side: one flat array with a sentinel after each list, so the hot loop needs no
    # per-applicant end index. array.fromlist takes the fast path for lists.
    choice_counts = list(map(len, applicant_prefs))
    first = list(accumulate(map(add, choice_counts, repeat(1)), initial=0))
    lists = cast(
        "Iterable[list[int]]",
        applicant_prefs if applicant_row_types <= {list} else map(list, applicant_prefs),
    )
    choices = array(_UINT32)
    try:
        # array() raises TypeError for anything that is not an integer and OverflowError for
        # negative values and values above 32 bits; decoding raises for values above U+10FFFF.
        deque(map(choices.fromlist, chain.from_iterable(zip(lists, repeat([n_placements])))), maxlen=0)
        decoded = str(memoryview(choices), _CODEC, "surrogatepass")
    except (TypeError, ValueError, OverflowError):
        return None
    if (
        _exceeds(decoded, n_placements)
        # The only allowed n_placements values are the sentinels.
        or decoded.count(chr(n_placements)) != n_applicants
        or _has_bool(decoded, applicant_prefs, first, choice_counts)
        or sum(map(len, map(set, applicant_prefs))) != first[-1] - n_applicants
    ):
        return None
    del decoded

    # Placement side: one array per list (the lists are long, so per-list overhead is small and
    # no flat copy of all the items is needed), joined with the dummy seats into one string.
    lengths = list(map(len, placement_prefs))
    seats = list(map(min, capacities, lengths))
    try:
        arrays = list(map(array, repeat(_UINT32), placement_prefs))
        dummy = array(_UINT32, [n_applicants]).tobytes()
        text = b"".join(chain.from_iterable(zip(arrays, map(dummy.__mul__, seats), strict=True))).decode(
            _CODEC, "surrogatepass"
        )
    except (TypeError, ValueError, OverflowError):
        return None
    if (
        _exceeds(text, n_applicants)
        or text.count(chr(n_applicants)) != sum(seats)
        or _has_bool(text, placement_prefs, list(accumulate(map(add, lengths, seats), initial=0)), lengths)
        or sum(map(len, map(set, arrays))) != sum(lengths)
    ):
        return None
    choices.append(0xFFFFFFFF)  # reads as -1 through a signed view, see _run
    return _Fast(n_applicants, n_placements, choices, first, text, lengths, seats)


def _exceeds(decoded: str, limit: int) -> bool:
    """Whether any id in ``decoded`` is above ``limit`` (a character class scan runs in C)."""
    return re.search(f"[^\\x00-\\U{limit:08x}]", decoded) is not None


def _has_bool(text: str, rows: Sequence[Sequence[Any]], starts: list[int], lengths: list[int]) -> bool:
    """Whether a bool hides among the values 0 and 1 (array() takes True and False as ints).

    ``text`` holds ``rows[r]`` from position ``starts[r]`` on, followed by filler ids.
    """
    if text.count("\x00") + text.count("\x01") > len(text) >> 6:
        # Too many to look at one by one.
        return bool in set(map(type, chain.from_iterable(rows)))
    for digit in "\x00\x01":
        i = text.find(digit)
        while i >= 0:
            r = bisect_right(starts, i) - 1
            k = i - starts[r]
            if k < lengths[r] and type(rows[r][k]) is bool:
                return True
            i = text.find(digit, i + 1)
    return False


def _run(fast: _Fast) -> list[int]:
    """The fast deferred acceptance over the buffers built by ``_prepare``."""
    n_applicants, n_placements, choices, first, text, lengths, seats = fast
    assert _UINT32 is not None
    start = array(_UINT32, accumulate(map(add, lengths, seats), initial=0))
    # worst[p]: position of p's worst holder, initially its last dummy; a placement without seats
    # gets an empty search range. The extra last entry serves the sentinel "placement".
    worst = array(_UINT32, [e - 1 if s else b for b, e, s in zip(start, start[1:], seats, strict=False)])
    worst.append(start[n_placements])
    held = bytearray(
        b"".join(chain.from_iterable(zip(map(bytes, lengths), map(b"\x01".__mul__, seats), strict=True)))
    )
    # resume[a]: index in choices just past the placement holding a, so that both the placement
    # (choices[resume[a] - 1]) and where a carries on if evicted are known; `unplaced` points
    # past the final entry, which is -1 when read as signed.
    unplaced = len(choices)
    resume = array(_UINT32, [unplaced]) * n_applicants
    names = array(_UINT32, range(n_applicants)).tobytes().decode(_CODEC, "surrogatepass")
    find = text.find
    rfind = held.rfind
    vacant = chr(n_applicants)
    sentinel = n_placements
    for a, ch, j in zip(range(n_applicants), names, first, strict=False):  # first has n + 1 items
        while True:
            p = choices[j]
            j += 1
            i = find(ch, start[p], worst[p])
            if i < 0:
                if p == sentinel:
                    resume[a] = unplaced
                    break
                continue
            resume[a] = j
            held[i] = 1
            # The next-worst holder is the last mark below w; the search needs no lower bound as
            # i itself is marked. The evicted position w stays marked, as every later search
            # of p stops below it.
            w = worst[p]
            worst[p] = rfind(1, 0, w)
            ch = text[w]
            if ch == vacant:
                break
            a = ord(ch)
            j = resume[a]
    signed = array(_UINT32.lower())
    signed.frombytes(memoryview(choices).cast("B"))
    return list(map(signed.__getitem__, map(add, resume, repeat(-1))))


def _validate(
    applicant_prefs: Any, placement_prefs: Any, capacities: Any
) -> tuple[list[list[int]], list[list[int]], list[int]]:
    """Check everything one value at a time; raise ValueError naming the first bad value.

    Returns the input as plain lists of ints.
    """
    for name, value in (
        ("applicant_prefs", applicant_prefs),
        ("placement_prefs", placement_prefs),
        ("capacities", capacities),
    ):
        if not isinstance(value, _SEQUENCE_TYPES):
            raise ValueError(f"{name}: expected a list or tuple, got {type(value).__name__}")
    if len(placement_prefs) != len(capacities):
        raise ValueError(
            f"placement_prefs has {len(placement_prefs)} entries but capacities has "
            f"{len(capacities)}; there must be one capacity per placement"
        )
    seats = []
    for p, value in enumerate(capacities):
        capacity = _as_int(value, f"capacities[{p}]", "capacity")
        if capacity < 0:
            raise ValueError(f"capacities[{p}]: capacity {capacity} is negative")
        seats.append(capacity)
    applicants = _index_lists(applicant_prefs, "applicant_prefs", len(placement_prefs), "placement")
    placements = _index_lists(placement_prefs, "placement_prefs", len(applicant_prefs), "applicant")
    return applicants, placements, seats


def _index_lists(lists: Sequence[Any], name: str, bound: int, kind: str) -> list[list[int]]:
    span = f"0..{bound - 1}" if bound else f"there are no {kind}s"
    out = []
    for i, row in enumerate(lists):
        if not isinstance(row, _SEQUENCE_TYPES):
            raise ValueError(
                f"{name}[{i}]: expected a list or tuple of {kind} indices, got {type(row).__name__}"
            )
        first_seen: dict[int, int] = {}
        clean = []
        for k, value in enumerate(row):
            where = f"{name}[{i}][{k}]"
            number = _as_int(value, where, f"{kind} index")
            if not 0 <= number < bound:
                raise ValueError(f"{where}: {kind} index {number} is out of range ({span})")
            if number in first_seen:
                raise ValueError(
                    f"{where}: {kind} index {number} is listed twice "
                    f"(also at {name}[{i}][{first_seen[number]}])"
                )
            first_seen[number] = k
            clean.append(number)
        out.append(clean)
    return out


def _as_int(value: Any, where: str, what: str) -> int:
    # A bool is an int to Python but in a preference list it is almost certainly a mistake.
    if not isinstance(value, bool):
        try:
            return index(value)
        except TypeError:
            pass
    raise ValueError(f"{where}: expected an int {what}, got {type(value).__name__} {reprlib.repr(value)}")


def _deferred_acceptance(
    applicant_prefs: list[list[int]], placement_prefs: list[list[int]], capacities: list[int]
) -> list[int]:
    """Textbook applicant-proposing deferred acceptance on validated input.

    Each placement keeps a max-heap of the (negated) ranks it holds, so its worst holder is at
    the top; a rejected or evicted applicant carries on down its own list straight away.
    """
    rank = [dict(zip(prefs, range(len(prefs)), strict=True)) for prefs in placement_prefs]
    holds: list[list[int]] = [[] for _ in placement_prefs]
    next_choice = [0] * len(applicant_prefs)
    result = [-1] * len(applicant_prefs)
    for applicant in range(len(applicant_prefs)):
        a = applicant
        while a >= 0:
            prefs = applicant_prefs[a]
            i = next_choice[a]
            proposer, a = a, -1
            while i < len(prefs):
                p = prefs[i]
                i += 1
                r = rank[p].get(proposer)
                if r is None or capacities[p] == 0:
                    continue
                heap = holds[p]
                if len(heap) < capacities[p]:
                    heappush(heap, -r)
                elif r < -heap[0]:
                    a = placement_prefs[p][-heapreplace(heap, -r)]
                    result[a] = -1
                else:
                    continue
                result[proposer] = p
                next_choice[proposer] = i
                break
    return result
