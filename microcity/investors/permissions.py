"""Who may see and work the investors' pipeline: the city's investment managers and administrators only."""

from __future__ import annotations

from typing import Any

from microcity.accounts import permissions
from microcity.accounts.models import Role
from microcity.core.models import City
from microcity.investors.models import Lead

LEAD_ROLES = frozenset({Role.INVESTMENT_MANAGER, Role.CITY_ADMINISTRATOR})


def can_work_leads(user: Any, city: City) -> bool:
    """The pipeline, its reports and exports, and the city's offer."""
    return permissions.is_superuser(user) or permissions.has_any_role(user, LEAD_ROLES, city)


def can_view_lead(user: Any, lead: Lead) -> bool:
    return permissions.is_superuser(user) or permissions.has_any_role(user, LEAD_ROLES, lead.city)


def can_manage_offer(user: Any, city: City) -> bool:
    return can_work_leads(user, city)
