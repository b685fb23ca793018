"""Who may do what with results: the public sees aggregated, suppressed figures only; the programme
coordinators and administrators of a city manage its targets, open its ledger rows and freeze reports;
the targets for all cities together are the platform administrators'."""

from __future__ import annotations

from typing import Any

from microcity.accounts.models import Role
from microcity.accounts.permissions import has_any_role, is_superuser
from microcity.core.models import City

RESULTS_ROLES: frozenset[str] = frozenset({Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR})


def can_manage_results(user: Any, city: City) -> bool:
    """Targets, the drill-down to ledger rows and frozen reports of one city."""
    return is_superuser(user) or has_any_role(user, RESULTS_ROLES, city)


def can_set_overall_targets(user: Any) -> bool:
    return is_superuser(user)
