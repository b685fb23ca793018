"""Programmes whose roles exist before the programme does (docs/architecture.md: grants, makerspace,
investors): their people are told plainly on the start page what is coming, not shown an empty page.

Registered from AccountsConfig.ready(); when a programme is built, its own ready() calls
`registry.coming_programmes.unregister(<key>)` and registers its real links and attention items.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from microcity.accounts.models import Role
from microcity.core import registry

COMING = (
    registry.ComingProgramme(
        key="grants",
        roles=frozenset({Role.GRANT_EVALUATOR}),
        title=_("Innovation grants (ZĪLE) are coming"),
        summary=_(
            "The yearly call for companies' innovation grants, with applications, the jury's scoring and "
            "decisions, agreements, payments and final reports, is being built. Evaluators will score the "
            "applications assigned to them here. Until then there is nothing for you to do on this site."
        ),
        order=10,
    ),
    registry.ComingProgramme(
        key="makerspace",
        roles=frozenset({Role.MAKERSPACE_INSTRUCTOR}),
        title=_("The makerspace (DARE) is coming"),
        summary=_(
            "Equipment booking, the safety induction each machine needs before anyone may book it, "
            "masterclasses with registration and usage records are being built. Instructors will record "
            "inductions and run masterclasses here. Until then there is nothing for you to do on this site."
        ),
        order=20,
    ),
    registry.ComingProgramme(
        key="investors",
        roles=frozenset({Role.INVESTMENT_MANAGER}),
        title=_("Investor attraction is coming"),
        summary=_(
            "Investment offers (sites, premises, incentives) and the pipeline from a lead to a decision "
            "and aftercare, with planned jobs and capital, are being built. Investment managers will keep "
            "their leads here. Until then there is nothing for you to do on this site."
        ),
        order=30,
    ),
)


def register() -> None:
    for programme in COMING:
        registry.coming_programmes.register(programme)
