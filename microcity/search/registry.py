"""Where each app says how to show its search hits: a title, an address and a label per key.

Apps register a resolver in their AppConfig.ready(); the search pages call them, so the search app
never imports another app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ResolvedHit:
    title: str
    url: str
    label: str


Resolver = Callable[[list[int]], dict[int, ResolvedHit]]
_RESOLVERS: dict[str, Resolver] = {}


def register(prefix: str, resolver: Resolver) -> None:
    """`prefix` is the part of the index key before ":", e.g. "talent.job"."""
    _RESOLVERS[prefix] = resolver


def resolve(keys: list[str]) -> dict[str, ResolvedHit]:
    """Resolve keys in one query per app; keys whose rows are gone (or hidden) are left out."""
    by_prefix: dict[str, list[int]] = {}
    for key in keys:
        prefix, _, pk = key.rpartition(":")
        if prefix in _RESOLVERS and pk.isdigit():
            by_prefix.setdefault(prefix, []).append(int(pk))
    found: dict[str, ResolvedHit] = {}
    for prefix, pks in by_prefix.items():
        for row_pk, hit in _RESOLVERS[prefix](pks).items():
            found[f"{prefix}:{row_pk}"] = hit
    return found
