"""Numbering of facet values as bits, per kind, for Entry.facet_mask (see FacetBit).

Bits are handed out on first use, in order, and never change; a value that comes after a kind's
MAX_FACET_BITS bits are taken gets a row with no bit, and entries of that kind that carry it have no
mask (the backend then counts that kind's facets from EntryFacet). Two indexers assigning bits at the
same time cannot both take one: the unique constraint refuses the second, which reads again and
takes the next free bit.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import IntegrityError, transaction

from microcity.search.models import MAX_FACET_BITS, FacetBit

Value = tuple[str, str, str]  # (kind, field, value)
_ATTEMPTS = 20


def _existing(using: str, kinds: set[str]) -> dict[Value, int | None]:
    rows = FacetBit.objects.using(using).filter(kind__in=kinds).values_list("kind", "field", "value", "bit")
    return {(kind, field, value): bit for kind, field, value, bit in rows}


def bits_for(values: Iterable[Value], *, using: str = "default") -> dict[Value, int | None]:
    """The bit of each (kind, field, value), assigning bits to values seen for the first time."""
    wanted = set(values)
    if not wanted:
        return {}
    known = _existing(using, {kind for kind, _field, _value in wanted})
    for item in sorted(wanted - set(known)):
        kind = item[0]
        for _attempt in range(_ATTEMPTS):
            taken = {bit for (k, _f, _v), bit in known.items() if k == kind and bit is not None}
            free = next((bit for bit in range(MAX_FACET_BITS) if bit not in taken), None)
            try:
                with transaction.atomic(using=using):
                    FacetBit.objects.using(using).create(kind=kind, field=item[1], value=item[2], bit=free)
            except IntegrityError:
                # Another indexer took that bit (or numbered this value) first: read again and retry.
                known = _existing(using, {kind})
                if item in known:
                    break
                continue
            known[item] = free
            break
        else:  # pragma: no cover - needs _ATTEMPTS concurrent indexers racing for one kind
            raise RuntimeError(f"Could not number facet value {item!r}.")
    return {item: known[item] for item in wanted}


def mask_of(kind: str, facets: Iterable[tuple[str, str]], bits: dict[Value, int | None]) -> int | None:
    """The entry's facet mask, or None if one of its values has no bit."""
    mask = 0
    for field, value in facets:
        bit = bits[(kind, field, value)]
        if bit is None:
            return None
        mask |= 1 << bit
    return mask
