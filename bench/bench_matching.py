"""Speed and memory of ``microcity.matching.stable_match`` on lottery-style instances.

Run from the repository root:

    .venv/bin/python bench/bench_matching.py [--quick] [--repeat 5]

Instances: every applicant picks k distinct placements uniformly at random, in random order, and
every placement ranks all applicants who picked it in a random order (a lottery). Building the
instance is not timed; the input checks inside ``stable_match`` are.

Reported, in plain text:

1. 200,000 applicants x 20,000 placements x 10 choices, capacity 8: the median time of
   ``stable_match``, and, from a fresh subprocess that builds the instance and matches it once,
   the peak resident memory of the whole process (resource.getrusage(RUSAGE_SELF).ru_maxrss)
   and the peak of what the match itself allocates (tracemalloc, started after building).
2. 20,000 applicants x 2,000 placements x 5 choices, capacity 8: the median time of
   ``stable_match`` and the time the ``matching`` library (1.4.3) needs to build and solve the
   same instance as ``HospitalResident`` (run once: it takes tens of seconds), and the ratio;
   the two answers are compared.
3. The load average: timings are wall-clock, and other work on the machine inflates them.

``--quick`` shrinks both instances tenfold for a smoke test; its figures are not the targets.
Only the standard library and the ``matching`` package are used.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from microcity.matching import stable_match  # noqa: E402

SEED = 2024
Instance = tuple[list[list[int]], list[list[int]], list[int]]


def lottery_instance(
    applicants: int, placements: int, choices: int, capacity: int, seed: int = SEED
) -> Instance:
    rng = random.Random(seed)
    applicant_prefs = [rng.sample(range(placements), choices) for _ in range(applicants)]
    placement_prefs: list[list[int]] = [[] for _ in range(placements)]
    for a, prefs in enumerate(applicant_prefs):
        for p in prefs:
            placement_prefs[p].append(a)
    for prefs in placement_prefs:
        rng.shuffle(prefs)
    return applicant_prefs, placement_prefs, [capacity] * placements


def median_time(instance: Instance, repeat: int) -> tuple[float, list[int]]:
    times = []
    results = []  # kept, so that freeing one result is not timed as part of the next call
    for _ in range(repeat):
        start = time.perf_counter()
        results.append(stable_match(*instance))
        times.append(time.perf_counter() - start)
    return statistics.median(times), results[-1]


def library_time(instance: Instance) -> tuple[float, list[int]]:
    """Build and solve the instance with the `matching` library's HospitalResident, timed once."""
    from matching.games import HospitalResident

    applicant_prefs, placement_prefs, capacities = instance
    resident_prefs = {f"r{a}": [f"h{p}" for p in prefs] for a, prefs in enumerate(applicant_prefs)}
    hospital_prefs = {f"h{p}": [f"r{a}" for a in prefs] for p, prefs in enumerate(placement_prefs)}
    hospital_capacities = {f"h{p}": c for p, c in enumerate(capacities)}
    outcome: dict[str, object] = {}

    def solve() -> None:
        with warnings.catch_warnings():
            # It warns about placements nobody picked, which a lottery instance can have.
            warnings.simplefilter("ignore")
            start = time.perf_counter()
            game = HospitalResident.create_from_dictionaries(
                resident_prefs, hospital_prefs, hospital_capacities
            )
            outcome["solution"] = game.solve(optimal="resident")
            outcome["elapsed"] = time.perf_counter() - start

    # HospitalResident deep-copies its players, and the copy recurses along the preference
    # graph: it needs a high recursion limit and a thread with a big C stack.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000_000)
    threading.stack_size(1 << 30)
    try:
        worker = threading.Thread(target=solve)
        worker.start()
        worker.join()
    finally:
        threading.stack_size(0)
        sys.setrecursionlimit(limit)
    result = [-1] * len(applicant_prefs)
    for hospital, residents in outcome["solution"].items():  # type: ignore[attr-defined]
        for resident in residents:
            result[int(resident.name[1:])] = int(hospital.name[1:])
    return float(outcome["elapsed"]), result  # type: ignore[arg-type]


def memory_mib(size: tuple[int, int, int, int]) -> tuple[float, float, float]:
    """Memory of a fresh interpreter that builds the instance and then matches it once.

    Returns the peak resident set size after building and after matching (ru_maxrss, the
    whole process), and the peak of memory allocated during the match itself (tracemalloc,
    started after building, so the instance is not counted).
    """
    code = (
        "import resource, sys, tracemalloc\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
        "from bench_matching import lottery_instance, stable_match\n"
        f"instance = lottery_instance(*{size!r})\n"
        "built = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "tracemalloc.start()\n"
        "stable_match(*instance)\n"
        "traced = tracemalloc.get_traced_memory()[1]\n"
        "print(built, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, traced)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    built, matched, traced = map(int, out.split())
    return built / 1024, matched / 1024, traced / 2**20  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tenfold smaller instances (smoke test)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (median reported)")
    args = parser.parse_args()
    scale = 10 if args.quick else 1

    # The big instance goes first: the matching library leaves a fragmented heap behind, in
    # which a freshly built instance is scattered and everything is slower to read.
    big = (200_000 // scale, 20_000 // scale, 10, 8)
    instance = lottery_instance(*big)
    ours, result = median_time(instance, args.repeat)
    del instance
    built, matched, traced = memory_mib(big)
    print(f"{big[0]:,} applicants x {big[1]:,} placements x {big[2]} choices, capacity {big[3]}:")
    print(f"  stable_match:            {ours * 1000:9.1f} ms (median of {args.repeat})")
    print(f"  peak RSS of the process: {matched:9.0f} MiB (building the instance alone: {built:.0f} MiB)")
    print(f"  allocated by the match:  {traced:9.0f} MiB at its peak (tracemalloc)")
    print(f"  placed:                  {sum(p >= 0 for p in result):,} of {big[0]:,}")

    small = (20_000 // scale, 2_000 // scale, 5, 8)
    instance = lottery_instance(*small)
    ours, result = median_time(instance, args.repeat)
    theirs, reference = library_time(instance)
    print(f"{small[0]:,} applicants x {small[1]:,} placements x {small[2]} choices, capacity {small[3]}:")
    print(f"  stable_match:            {ours * 1000:9.1f} ms (median of {args.repeat})")
    print(f"  matching HospitalResident: {theirs:7.2f} s  (build + solve, once)")
    print(f"  speed-up:                {theirs / ours:9.0f}x")
    print(f"  same matching:           {'yes' if result == reference else 'NO'}")
    print(f"  placed:                  {sum(p >= 0 for p in result):,} of {small[0]:,}")
    # Other work on the machine slows the timings; the load average says how much there was.
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
