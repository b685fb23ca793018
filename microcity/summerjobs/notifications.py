"""E-mails of the summer programme: when a match run is published, every placed youth gets the offer with
its deadline and a link, every youth who was not placed gets the explanation, each in the recipient's
language; a parent or guardian who applied for the youth gets the same message.

One background task renders the messages of a run (after the publication has committed) and queues one
e-mail task per message, so that a retry never sends anybody the same e-mail twice."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from huey.contrib.djhuey import db_task

from microcity.core.tasks import enqueue, send_email_task
from microcity.summerjobs.explanations import explain
from microcity.summerjobs.models import (
    Application,
    Assignment,
    AssignmentStatus,
    MatchExplanation,
    MatchRun,
    MatchRunStatus,
)

DEFAULT_LANGUAGE = "lv"


def _absolute(path: str) -> str:
    from microcity.core.links import absolute_url

    return absolute_url(path)


def _recipients(explanation: MatchExplanation) -> list[tuple[str, str]]:
    """(address, language) of the youth and, if a parent or guardian applied, of them."""
    return _application_recipients(explanation.application)


def _application_recipients(application: Application) -> list[tuple[str, str]]:
    youth = application.youth
    youth_user = youth.user
    found: dict[str, str] = {}
    youth_address = (youth_user.email if youth_user is not None else "") or youth.email
    youth_language = youth_user.preferred_language if youth_user is not None else DEFAULT_LANGUAGE
    if youth_address:
        found[youth_address.lower()] = youth_language or DEFAULT_LANGUAGE
    submitter = application.submitted_by
    if submitter is not None and (youth_user is None or submitter.pk != youth_user.pk) and submitter.email:
        found.setdefault(submitter.email.lower(), submitter.preferred_language or DEFAULT_LANGUAGE)
    return list(found.items())


def run_published_messages(*, run: MatchRun) -> list[dict[str, Any]]:
    """The e-mails of a published run: one per recipient, rendered in their language (three queries)."""
    if run.status != MatchRunStatus.PUBLISHED:
        return []
    season = run.season
    city = season.city
    offers = {
        offer.application_id: offer
        for offer in Assignment.objects.filter(run=run, status=AssignmentStatus.OFFERED).select_related(
            "placement_period__placement__organisation", "placement_period__placement__occupation", "period"
        )
    }
    explanations = MatchExplanation.objects.filter(run=run).select_related(
        "application__youth__user", "application__submitted_by"
    )
    messages: list[dict[str, Any]] = []
    for explanation in explanations.order_by("pk").iterator(chunk_size=2000):
        offer = offers.get(explanation.application_id)
        for address, language in _recipients(explanation):
            with translation.override(language):
                # reverse() puts the active language into the address.
                link = _absolute(reverse("summerjobs:mine", kwargs={"city": city.slug}))
                context = {
                    "city": city,
                    "season": season,
                    "youth": explanation.application.youth,
                    "offer": offer,
                    "lines": explain(explanation),
                    "link": link,
                }
                if offer is not None:
                    subject = _("A summer job offer for %(name)s: answer by %(deadline)s") % {
                        "name": explanation.application.youth.first_name,
                        "deadline": _deadline(offer),
                    }
                    body = render_to_string("summerjobs/email/offer.txt", context)
                else:
                    subject = _("Summer jobs in %(city)s: the lottery result for %(name)s") % {
                        "city": city.name,
                        "name": explanation.application.youth.first_name,
                    }
                    body = render_to_string("summerjobs/email/not_placed.txt", context)
            messages.append({"subject": subject, "body": body, "to": [address]})
    return messages


def _deadline(offer: Assignment) -> str:
    from microcity.core.dates import long_date

    assert offer.deadline is not None
    return long_date(offer.deadline, "dative")  # "atbildiet līdz 2026. gada 5. jūlijam"


@db_task(retries=2, retry_delay=60)
def run_published_emails_task(*, run_id: int) -> None:
    run = MatchRun.objects.select_related("season__city").get(pk=run_id)
    # Through the outbox, in one transaction: a retry of this task cannot send a message twice.
    with transaction.atomic():
        for message in run_published_messages(run=run):
            enqueue(send_email_task, **message)


def run_published_notify(*, run: MatchRun) -> None:
    """Queue the run's e-mails to go out after the publication commits."""
    enqueue(run_published_emails_task, run_id=run.pk)


# --- Reminders before an offer expires -----------------------------------------------------------------

REMINDER_BEFORE = dt.timedelta(hours=24)
_REMINDER_BATCH = 500


def offer_reminder_messages(*, offer: Assignment) -> list[dict[str, Any]]:
    """The reminder of one open offer, one e-mail per recipient in their language."""
    application = offer.application
    city = application.season.city
    messages: list[dict[str, Any]] = []
    for address, language in _application_recipients(application):
        with translation.override(language):
            context = {
                "city": city,
                "season": application.season,
                "youth": application.youth,
                "offer": offer,
                "link": _absolute(reverse("summerjobs:mine", kwargs={"city": city.slug})),
            }
            subject = _("Reminder: answer the summer job offer for %(name)s by %(deadline)s") % {
                "name": application.youth.first_name,
                "deadline": _deadline(offer),
            }
            body = render_to_string("summerjobs/email/reminder.txt", context)
        messages.append({"subject": subject, "body": body, "to": [address]})
    return messages


def offer_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind, once, of every open offer whose deadline is less than a day away; returns how many offers.

    Each batch is claimed with `SELECT … FOR UPDATE SKIP LOCKED` and marked `reminded_at` in the same
    transaction that queues its e-mails (after the commit), so two workers running this at once remind of
    different offers and a retry never reminds twice; offers being answered at this moment are skipped and
    no longer open when the next run comes."""
    moment = now or timezone.now()
    reminded = 0
    while True:
        with transaction.atomic():
            offers = list(
                Assignment.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(
                    status=AssignmentStatus.OFFERED,
                    run__status=MatchRunStatus.PUBLISHED,
                    reminded_at__isnull=True,
                    deadline__gt=moment,
                    deadline__lte=moment + REMINDER_BEFORE,
                )
                .select_related(
                    "application__season__city",
                    "application__youth__user",
                    "application__submitted_by",
                    "placement_period__placement__organisation",
                    "period",
                )
                .order_by("pk")[:_REMINDER_BATCH]
            )
            if not offers:
                return reminded
            Assignment.objects.filter(pk__in=[offer.pk for offer in offers]).update(reminded_at=moment)
            for offer in offers:
                for message in offer_reminder_messages(offer=offer):
                    enqueue(send_email_task, **message)
            reminded += len(offers)
