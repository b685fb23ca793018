"""State changes of the impact app: targets and frozen reports. Figures are never entered by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from microcity.core.models import AuditAction, City, Indicator
from microcity.core.services import audit_log
from microcity.core.workflow import DomainError, NotAllowed
from microcity.impact import permissions, selectors
from microcity.impact.models import FrozenReport, ReportingPeriod, Target

TARGET_MAX = 1_000_000
TITLE_MAX = 200


class ImpactError(DomainError):
    """A target or report that cannot be saved as asked."""


@transaction.atomic
def target_set(
    *,
    period: ReportingPeriod,
    city: City | None,
    indicator: str,
    value: int | None,
    by: Any,
) -> Target | None:
    """Set (or, with no value, remove) the target of one indicator for a city, or for all cities."""
    if city is None:
        if not permissions.can_set_overall_targets(by):
            raise NotAllowed(_("Only a platform administrator sets the targets of all cities together."))
    elif not permissions.can_manage_results(by, city):
        raise NotAllowed(_("Only the city's programme coordinators and administrators set its targets."))
    if indicator not in Indicator.values:
        raise ImpactError(_("Unknown indicator."))
    if value is not None and not 0 <= value <= TARGET_MAX:
        raise ImpactError(_("A target is a whole number from 0 to 1,000,000."))
    existing = (
        Target.objects.select_for_update().filter(period=period, city=city, indicator=indicator).first()
    )
    if value is None:
        if existing is not None:
            audit_log(
                actor=by, action=AuditAction.DELETE, obj=existing, city=city, details={"fields": ["value"]}
            )
            existing.delete()
        return None
    if existing is None:
        target = Target.objects.create(
            period=period, city=city, indicator=indicator, value=value, updated_by=by
        )
        audit_log(actor=by, action=AuditAction.CREATE, obj=target, city=city, details={"fields": ["value"]})
        return target
    if existing.value != value:
        existing.value = value
        existing.updated_by = by
        existing.save(update_fields=["value", "updated_by", "updated_at"])
        audit_log(actor=by, action=AuditAction.CHANGE, obj=existing, city=city, details={"fields": ["value"]})
    return existing


@transaction.atomic
def report_freeze(
    *,
    city: City,
    title: str,
    starts_on: dt.date,
    ends_on: dt.date,
    by: Any,
    today: dt.date | None = None,
) -> FrozenReport:
    """Compute a city's figures for a span of dates and store them with the fingerprint of every ledger
    row in the span, so that the report can be reproduced and compared later (selectors.report_compare)."""
    if not permissions.can_manage_results(by, city):
        raise NotAllowed(_("Only the city's programme coordinators and administrators freeze its reports."))
    title = title.strip()
    if not title or len(title) > TITLE_MAX:
        raise ImpactError(_("Give the report a title of at most 200 characters."))
    if ends_on < starts_on:
        raise ImpactError(_("The last day comes before the first."))
    scope = selectors.Scope(city=city, starts_on=starts_on, ends_on=ends_on)
    rows = selectors.row_fingerprints(scope)
    figures = selectors.figures_of(selectors.results(scope=scope, today=today, with_series=False))
    report = FrozenReport.objects.create(
        city=city,
        title=title,
        starts_on=starts_on,
        ends_on=ends_on,
        figures=figures,
        rows=rows,
        content_hash=selectors.content_hash(rows),
        created_by=by,
    )
    audit_log(actor=by, action=AuditAction.CREATE, obj=report, city=city, details={"rows": len(rows)})
    return report
