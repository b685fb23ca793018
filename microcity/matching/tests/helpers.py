"""Test helpers: an independent stability check and the `matching` library as a reference solver."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

from matching.games import HospitalResident


def blocking_problems(
    applicant_prefs: Sequence[Sequence[int]],
    placement_prefs: Sequence[Sequence[int]],
    capacities: Sequence[int],
    result: Sequence[int],
) -> list[str]:
    """Every way in which ``result`` fails to be a stable matching (empty if it is stable)."""
    problems = []
    if len(result) != len(applicant_prefs):
        return [f"result has {len(result)} entries for {len(applicant_prefs)} applicants"]
    rank = [{a: r for r, a in enumerate(prefs)} for prefs in placement_prefs]
    members: list[list[int]] = [[] for _ in placement_prefs]
    for a, p in enumerate(result):
        if p == -1:
            continue
        if not 0 <= p < len(placement_prefs) or p not in applicant_prefs[a] or a not in rank[p]:
            problems.append(f"applicant {a} placed at {p}, which is not mutually acceptable")
            continue
        members[p].append(a)
    for p, held in enumerate(members):
        if len(held) > capacities[p]:
            problems.append(f"placement {p} holds {len(held)} > capacity {capacities[p]}")
    for a, prefs in enumerate(applicant_prefs):
        current = prefs.index(result[a]) if result[a] in prefs else len(prefs)
        for p in prefs[:current]:
            if a not in rank[p]:
                continue
            if len(members[p]) < capacities[p]:
                problems.append(f"({a}, {p}) blocks: {p} has a free seat")
            elif members[p] and rank[p][a] < max(rank[p][b] for b in members[p]):
                problems.append(f"({a}, {p}) blocks: {p} prefers {a} to a holder")
    return problems


def reference_match(
    applicant_prefs: Sequence[Sequence[int]],
    placement_prefs: Sequence[Sequence[int]],
    capacities: Sequence[int],
) -> list[int]:
    """The resident-optimal matching from the `matching` library (1.4.3), as a list like ours.

    HospitalResident wants every hospital to rank exactly the residents that rank it, no empty
    preference lists and no zero capacities (it warns, and its solver crashes on some of these).
    None of those pairs or players can ever be matched, so they are removed first: that changes
    the instance the library sees, not the property being checked. Any remaining warning means
    the translation is wrong, so warnings are errors here.
    """
    n_placements = len(placement_prefs)
    listed = [set(prefs) for prefs in placement_prefs]
    resident_prefs = {}
    for a, prefs in enumerate(applicant_prefs):
        kept = [f"h{p}" for p in prefs if a in listed[p] and capacities[p] > 0]
        if kept:
            resident_prefs[f"r{a}"] = kept
    hospital_prefs = {}
    for p in range(n_placements):
        kept = [f"r{a}" for a in placement_prefs[p] if f"h{p}" in resident_prefs.get(f"r{a}", ())]
        if kept:
            hospital_prefs[f"h{p}"] = kept
    result = [-1] * len(applicant_prefs)
    if not resident_prefs:
        return result
    hospital_capacities = {name: capacities[int(name[1:])] for name in hospital_prefs}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        game = HospitalResident.create_from_dictionaries(resident_prefs, hospital_prefs, hospital_capacities)
        solution = game.solve(optimal="resident")
    for hospital, residents in solution.items():
        for resident in residents:
            result[int(resident.name[1:])] = int(hospital.name[1:])
    return result
